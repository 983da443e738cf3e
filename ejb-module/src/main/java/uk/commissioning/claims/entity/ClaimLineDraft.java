package uk.commissioning.claims.entity;

import uk.commissioning.money.Money;

/**
 * A claim line as worked out from what the provider asked for (by {@code claims.control.ClaimLines}): its amount
 * is already computed, units × unit price for a unit-cost line, the schedule's amount for a schedule line.
 */
public record ClaimLineDraft(LineKind kind, String description, Long scheduleLineId, Long serviceId, Integer units,
                             Money unitPrice, Money amount) {
}
