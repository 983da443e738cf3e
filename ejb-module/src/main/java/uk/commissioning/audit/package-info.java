/**
 * Audit: every change of money or status records who did it, what changed (before and after) and when, in the same
 * transaction as the change. Audit events are never edited.
 */
package uk.commissioning.audit;
