package uk.commissioning.demand.matching.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import uk.commissioning.contracts.entity.CapacityUnit;
import uk.commissioning.contracts.entity.ServiceStatus;
import uk.commissioning.money.Money;

/**
 * A directory service as matching reads it. Matching counts people: a service that counts sessions serves one person
 * per {@code sessionsPerPerson} sessions (so a person costs that many sessions); places and referrals are one person
 * each.
 */
public record ServiceOffer(long id, String name, Long providerId, String providerName, CapacityUnit unit,
                           int capacityPerQuarter, Money unitCost, ServiceStatus status, Set<String> needs,
                           Set<String> areas) {

    private static final int SCALE = 10;

    public boolean isActive() {
        return status == ServiceStatus.ACTIVE;
    }

    /** How many people {@code units} of this service serve (exact to ten places; callers round). */
    public BigDecimal people(BigDecimal units, BigDecimal sessionsPerPerson) {
        return unit == CapacityUnit.SESSIONS ? units.divide(sessionsPerPerson, SCALE, RoundingMode.HALF_UP) : units;
    }

    /** The unit cost per person: a session's cost times the sessions a person takes, rounded half-up to the penny. */
    public Money costPerPerson(BigDecimal sessionsPerPerson) {
        return unit == CapacityUnit.SESSIONS ? unitCost.times(sessionsPerPerson) : unitCost;
    }
}
