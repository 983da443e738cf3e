/**
 * Periods: UK financial years (1 April – 31 March) and their quarters. Every ledger posting is dated
 * and carries the quarter its value date falls in; a closed quarter accepts no postings.
 */
package uk.commissioning.period;
