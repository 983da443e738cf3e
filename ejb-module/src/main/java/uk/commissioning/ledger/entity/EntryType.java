package uk.commissioning.ledger.entity;

/** What kind of money movement a journal entry records. Later capabilities post the commitment-to-payment types. */
public enum EntryType {
    CONTRIBUTION,
    TRANSFER,
    ALLOCATION,
    ALLOCATION_RELEASE,
    COMMITMENT,
    CLAIM,
    CLAIM_APPROVAL,
    PAYMENT,
    RECLAIM,
    ACCRUAL,
    REVERSAL
}
