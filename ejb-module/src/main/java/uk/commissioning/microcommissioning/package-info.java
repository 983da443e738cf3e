/**
 * Micro-commissioning: proposals to spend a micro-commissioning pot on small VCSE services where matching shows
 * unfunded demand. A proposal never spends more than the pot has available; accepting one allocates from the pot
 * through the ledger.
 */
package uk.commissioning.microcommissioning;
