package uk.commissioning.microcommissioning.entity;

/** PROPOSED (computed, nothing posted) → ACCEPTED (one allocation per funded line posted from the pot). */
public enum ProposalStatus {
    PROPOSED,
    ACCEPTED
}
