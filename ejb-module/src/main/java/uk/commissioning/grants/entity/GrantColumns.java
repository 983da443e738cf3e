package uk.commissioning.grants.entity;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields of a 360Giving grant this system keeps as columns, and how they read as 360Giving JSON. Everything
 * else the publisher wrote travels beside them as the grant's extensions.
 */
public record GrantColumns(String identifier, String title, String description, String currency,
        BigDecimal amountAwarded, BigDecimal amountAppliedFor, BigDecimal amountDisbursed, LocalDate awardDate,
        LocalDate plannedStartDate, LocalDate plannedEndDate, BigDecimal plannedDurationMonths,
        String recipientOrgIdentifier, String recipientOrgName,
        String fundingOrgIdentifier, String fundingOrgName, String fundingOrgDepartment,
        String grantProgrammeCode, String grantProgrammeTitle, String fromOpenCall, String dateModified,
        String dataSource, List<Location> beneficiaryLocations) {

    // Json.create… looks the JSON-P provider up anew on every call; one factory per class is looked up once.
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    public record Location(String name, String countryCode, String geoCode, String geoCodeType) {

        JsonObject toJson() {
            JsonObjectBuilder json = JSON.createObjectBuilder();
            put(json, "name", name);
            put(json, "countryCode", countryCode);
            put(json, "geoCode", geoCode);
            put(json, "geoCodeType", geoCodeType);
            return json.build();
        }
    }

    public GrantColumns {
        beneficiaryLocations = beneficiaryLocations == null ? List.of() : List.copyOf(beneficiaryLocations);
    }

    /** These fields as the standard names and nests them; absent fields are left out, not null. */
    public JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        put(json, "id", identifier);
        put(json, "title", title);
        put(json, "description", description);
        put(json, "currency", currency);
        put(json, "amountAppliedFor", amountAppliedFor);
        put(json, "amountAwarded", amountAwarded);
        put(json, "amountDisbursed", amountDisbursed);
        put(json, "awardDate", awardDate);
        if (plannedStartDate != null || plannedEndDate != null || plannedDurationMonths != null) {
            JsonObjectBuilder planned = JSON.createObjectBuilder();
            put(planned, "startDate", plannedStartDate);
            put(planned, "endDate", plannedEndDate);
            if (plannedDurationMonths != null) {
                BigDecimal months = plannedDurationMonths.stripTrailingZeros();
                planned.add("duration", months.scale() < 0 ? months.setScale(0) : months);
            }
            json.add("plannedDates", JSON.createArrayBuilder().add(planned));
        }
        JsonObjectBuilder recipient = JSON.createObjectBuilder();
        put(recipient, "id", recipientOrgIdentifier);
        put(recipient, "name", recipientOrgName);
        json.add("recipientOrganization", JSON.createArrayBuilder().add(recipient));
        if (!beneficiaryLocations.isEmpty()) {
            JsonArrayBuilder locations = JSON.createArrayBuilder();
            beneficiaryLocations.forEach(location -> locations.add(location.toJson()));
            json.add("beneficiaryLocation", locations);
        }
        JsonObjectBuilder funder = JSON.createObjectBuilder();
        put(funder, "id", fundingOrgIdentifier);
        put(funder, "name", fundingOrgName);
        put(funder, "department", fundingOrgDepartment);
        json.add("fundingOrganization", JSON.createArrayBuilder().add(funder));
        if (grantProgrammeCode != null || grantProgrammeTitle != null) {
            JsonObjectBuilder programme = JSON.createObjectBuilder();
            put(programme, "code", grantProgrammeCode);
            put(programme, "title", grantProgrammeTitle);
            json.add("grantProgramme", JSON.createArrayBuilder().add(programme));
        }
        put(json, "fromOpenCall", fromOpenCall);
        put(json, "dateModified", dateModified);
        put(json, "dataSource", dataSource);
        return json.build();
    }

    private static void put(JsonObjectBuilder json, String key, Object value) {
        if (value instanceof String text) {
            json.add(key, text);
        } else if (value instanceof BigDecimal number) {
            json.add(key, number);
        } else if (value instanceof LocalDate date) {
            json.add(key, date.toString());
        }
    }
}
