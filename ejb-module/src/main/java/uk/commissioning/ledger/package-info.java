/**
 * The ledger: append-only double-entry postings. Every money movement is a journal entry whose postings sum to zero;
 * no budget state of a fund may go below zero; nothing is posted into a quarter closed by the organisation keeping the
 * fund's books (a pooled fund's host, otherwise its owner); corrections are linked reversals, never edits. Positions
 * are computed from postings, starting from the fund's last closing balance (written, final, by each close).
 * The ledger knows a fund only as a {@code LedgerFund}, locked through {@code FundLocks}, which funding implements:
 * funding books through the ledger, never the other way round.
 */
package uk.commissioning.ledger;
