package uk.commissioning.claims.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.evidence.control.EvidenceOwners;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Evidence for a claim (the owner id is the claim's): read by whoever may see the claim ({@link Claims#canSee}),
 * attached by the provider's VCSE finance leads while the claim is a draft or has been queried. Once submitted (and
 * until a query asks for more) what the approver decides on stays as it was.
 */
@Dependent
public class ClaimEvidence implements EvidenceOwners {

    public static final String OWNER_TYPE = "CLAIM";

    @PersistenceContext
    EntityManager em;

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean mayRead(Viewer viewer, long ownerId) {
        return claim(ownerId).map(c -> Claims.canSee(viewer, c)).orElse(false);
    }

    @Override
    public void requireMayAttach(Viewer viewer, long ownerId) {
        Claim claim = claim(ownerId).filter(c -> Claims.canSee(viewer, c)).orElseThrow(() -> new NotFoundException("claim", ownerId));
        if (!viewer.is(Role.VCSE_FINANCE) || !claim.contract().provider().id().equals(viewer.organisationId())) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, "file",
                    "only the finance leads of " + claim.contract().provider().name() + " attach evidence to its claims");
        }
        if (!claim.status().takesEvidence()) {
            throw new RuleViolation(Reason.WRONG_STATUS, "file", "claim " + claim.id() + " is "
                    + claim.status().label().toLowerCase() + "; evidence is attached while it is a draft or has been queried, "
                    + "so what it was decided on stays as it is");
        }
    }

    private Optional<Claim> claim(long id) {
        return Optional.ofNullable(em.find(Claim.class, id));
    }
}
