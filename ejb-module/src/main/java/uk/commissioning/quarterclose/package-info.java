/**
 * Quarter close as people do it: the quarters an organisation closes, in order, and what is still open in one
 * (transfers awaiting approval, draft contracts, milestones waiting for reports) before anyone closes it. The rule of
 * when a quarter may close, and the close itself, stay with the ledger ({@code ledger.control.Periods}); this
 * feature only lists and counts, reading funding and contracts.
 */
package uk.commissioning.quarterclose;
