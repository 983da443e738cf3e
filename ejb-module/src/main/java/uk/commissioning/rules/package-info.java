/**
 * Outcomes shared by every feature: a {@link uk.commissioning.rules.RuleViolation} carries a typed
 * {@link uk.commissioning.rules.Reason}; both roll back the transaction they are thrown in.
 */
package uk.commissioning.rules;
