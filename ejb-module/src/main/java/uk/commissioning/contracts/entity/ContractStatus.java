package uk.commissioning.contracts.entity;

/**
 * DRAFT (no money committed) → ACTIVE (commitment posted) → ENDED (ran its course) or TERMINATED (stopped early by a
 * decision). Ending or terminating releases what is left of the commitment.
 */
public enum ContractStatus {
    DRAFT("Draft"),
    ACTIVE("Active"),
    ENDED("Ended"),
    TERMINATED("Terminated");

    private final String label;

    ContractStatus(String label) {
        this.label = label;
    }

    /** The status as a person reads it ("Active"), never the constant's name. */
    public String label() {
        return label;
    }

    public boolean isClosed() {
        return this == ENDED || this == TERMINATED;
    }
}
