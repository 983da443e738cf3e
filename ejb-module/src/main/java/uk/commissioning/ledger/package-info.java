/**
 * The ledger: append-only double-entry postings. Every money movement is a journal entry whose postings sum to zero;
 * no budget state of a fund may go below zero; nothing is posted into a closed quarter; corrections are linked
 * reversals, never edits. Positions are computed from postings, never stored.
 * The ledger knows a fund only as a {@code LedgerFund}, locked through {@code FundLocks}, which funding implements:
 * funding books through the ledger, never the other way round.
 */
package uk.commissioning.ledger;
