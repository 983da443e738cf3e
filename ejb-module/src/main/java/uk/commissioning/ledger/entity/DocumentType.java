package uk.commissioning.ledger.entity;

/**
 * The kind of document a journal entry comes from, so a posting can be traced to what caused it. The names are the
 * values of {@code source_type} in {@code journal_entry} and {@code ledger_posting}: renaming one would orphan the rows
 * already booked under it, so a new kind is added, never an old one renamed.
 */
public enum DocumentType {
    /** A partner's money into a fund. */
    CONTRIBUTION,
    /** A virement between two funds, booked on approval. */
    TRANSFER,
    /** An earmark within a fund. */
    ALLOCATION,
    /** A contract's commitment, each variation's change to it, and the release of what is left when it closes. */
    CONTRACT,
    /** A provider's claim: submission (COMMITTED → CLAIMED), approval (CLAIMED → APPROVED) and rejection. */
    CLAIM
}
