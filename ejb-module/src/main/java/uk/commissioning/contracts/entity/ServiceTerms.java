package uk.commissioning.contracts.entity;

import java.util.Set;
import uk.commissioning.money.Money;

/** Everything about a service its provider or a commissioner may set, as one value for create and update. */
public record ServiceTerms(String name, String description, Set<String> needs, Set<String> areas,
                           CapacityUnit capacityUnit, int capacityPerQuarter, Money unitCost, Integer minAge,
                           Integer maxAge, String eligibility, String contactName, String contactEmail,
                           String contactPhone, ServiceStatus status) {
}
