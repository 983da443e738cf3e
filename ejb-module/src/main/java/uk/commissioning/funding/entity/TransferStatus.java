package uk.commissioning.funding.entity;

public enum TransferStatus {
    /** Created, awaiting a second person's approval; moves no money. */
    PENDING,
    APPROVED,
    REJECTED,
    /** Approved, then corrected by a reversal entry. */
    REVERSED
}
