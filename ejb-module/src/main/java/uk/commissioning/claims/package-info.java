/**
 * Claims: a VCSE provider's finance lead claims for a quarter against an active contract (unit-cost, cost, milestone
 * and instalment lines), a commissioner of a paying fund queries, approves (whole or per line) or rejects, under the
 * two-person rule with approval limits; each step moves the money in the ledger (COMMITTED → CLAIMED → APPROVED).
 */
package uk.commissioning.claims;
