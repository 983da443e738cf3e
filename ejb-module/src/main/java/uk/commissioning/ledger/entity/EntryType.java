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
    // APPROVED → SCHEDULED: a claim's part put in a payment file
    PAYMENT_SCHEDULED,
    // SCHEDULED → PAID, on the remittance's paid date
    PAYMENT,
    // PAID → RECEIVABLE: an overpayment reclaimed
    RECLAIM,
    // RECEIVABLE → COMMITTED: a reclaimed overpayment recovered
    RECLAIM_RECOVERY,
    ACCRUAL,
    REVERSAL
}
