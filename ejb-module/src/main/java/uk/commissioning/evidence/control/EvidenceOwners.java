package uk.commissioning.evidence.control;

import uk.commissioning.identity.Viewer;

/**
 * A feature that evidence can be attached to answers here for its own kind of thing, so the store depends on no
 * feature: the store finds the implementation by {@link #ownerType()} (every CDI bean of this type) and refuses an
 * owner type no feature answers for.
 */
public interface EvidenceOwners {

    /** The owner type this feature answers for, e.g. {@code MILESTONE_REPORT}; at most 40 characters. */
    String ownerType();

    /** Whether the viewer may see the owner, and so list and download its evidence; false for an owner that does not exist. */
    boolean mayRead(Viewer viewer, long ownerId);

    /**
     * Refuses an upload the viewer may not make now, saying why: a {@code NotFoundException} to anyone who may not
     * {@link #mayRead read} the owner (its existence is not given away), a {@code RuleViolation} with its reason to
     * anyone else (not the provider's finance lead; the report was already accepted). A boolean could not say which.
     */
    void requireMayAttach(Viewer viewer, long ownerId);
}
