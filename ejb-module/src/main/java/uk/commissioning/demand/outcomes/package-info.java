/**
 * Outcomes: what happened to referred people (completed, declined, wellbeing scores before and after), by service,
 * area and need, from the referral rows the import kept.
 */
package uk.commissioning.demand.outcomes;
