/**
 * Funding: funds (single-commissioner budgets, pooled funds with risk shares, grant, micro-commissioning and
 * spot-purchase pots), partners' contributions, the decisions that authorise money movements, transfers between
 * funds (two people: one requests, another approves) and allocations. All money goes through the ledger.
 */
package uk.commissioning.funding;
