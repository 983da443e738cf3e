package uk.commissioning.contracts.entity;

/**
 * DRAFT (no money committed) → ACTIVE (commitment posted) → ENDED (ran its course) or TERMINATED (stopped early by a
 * decision). Ending or terminating releases what is left of the commitment.
 */
public enum ContractStatus {
    DRAFT,
    ACTIVE,
    ENDED,
    TERMINATED;

    public boolean isClosed() {
        return this == ENDED || this == TERMINATED;
    }
}
