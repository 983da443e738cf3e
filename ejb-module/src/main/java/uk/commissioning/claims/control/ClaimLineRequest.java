package uk.commissioning.claims.control;

import uk.commissioning.claims.entity.LineKind;
import uk.commissioning.money.Money;

/**
 * A claim line as the provider asks for it. UNIT_COST: {@code serviceId} and {@code units} (the amount is computed);
 * COST: {@code description} and {@code amount}; MILESTONE / INSTALMENT: {@code scheduleLineId}, and optionally an
 * {@code amount} below the tranche (the whole tranche when absent).
 */
public record ClaimLineRequest(LineKind kind, String description, Long scheduleLineId, Long serviceId, Integer units,
                               Money amount) {
}
