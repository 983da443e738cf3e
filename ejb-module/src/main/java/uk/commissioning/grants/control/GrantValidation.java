package uk.commissioning.grants.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import uk.commissioning.grants.entity.GrantColumns;
import uk.commissioning.organisations.entity.OrgId;

/**
 * Whether one grant, as 360Giving JSON (a CSV row is unflattened to the same shape first), meets the standard
 * well enough to store: the required fields, an ISO 4217 currency, real dates, amounts that are non-negative numbers
 * in pence. Fields it does not know are never a reason to refuse; they are kept as the grant's extensions.
 */
public final class GrantValidation {

    public record FieldProblem(String field, String message) {
    }

    /** A grant that passed: its columns, what lies beyond them and the fingerprint of the whole. */
    public record ValidGrant(GrantColumns columns, JsonObject extensions, String contentSha256) {

        /** The grant as it will be exported. */
        public JsonObject toJson() {
            return (JsonObject) JsonShapes.merge(columns.toJson(), extensions);
        }
    }

    /** Either a valid grant or the problems, never both. */
    public record Checked(String identifier, ValidGrant grant, List<FieldProblem> problems) {

        public boolean valid() {
            return grant != null;
        }
    }

    private GrantValidation() {
    }

    public static Checked check(JsonObject given) {
        Fields fields = new Fields();
        String id = fields.requiredText(given, "id", "id", 200);
        String title = fields.requiredText(given, "title", "title", 1000);
        String description = fields.requiredText(given, "description", "description", 1_000_000);
        String currency = fields.currency(given);
        BigDecimal awarded = fields.amount(given, "amountAwarded", true);
        BigDecimal appliedFor = fields.amount(given, "amountAppliedFor", false);
        BigDecimal disbursed = fields.amount(given, "amountDisbursed", false);
        LocalDate awardDate = fields.date(given, "awardDate", "awardDate", true);
        JsonObject planned = first(given, "plannedDates");
        LocalDate plannedStart = planned == null ? null : fields.date(planned, "startDate", "plannedDates[0].startDate", false);
        LocalDate plannedEnd = planned == null ? null : fields.date(planned, "endDate", "plannedDates[0].endDate", false);
        BigDecimal duration = planned == null ? null : fields.number(planned, "duration", "plannedDates[0].duration");
        JsonObject recipient = first(given, "recipientOrganization");
        String recipientId = fields.requiredText(recipient, "id", "recipientOrganization[0].id", 120);
        String recipientName = fields.requiredText(recipient, "name", "recipientOrganization[0].name", 500);
        if (recipientId != null) {
            try {
                OrgId.of(recipientId);
            } catch (IllegalArgumentException notOrgId) {
                fields.problem("recipientOrganization[0].id", notOrgId.getMessage());
            }
        }
        JsonObject funder = first(given, "fundingOrganization");
        String funderId = fields.requiredText(funder, "id", "fundingOrganization[0].id", 200);
        String funderName = fields.requiredText(funder, "name", "fundingOrganization[0].name", 500);
        String department = fields.optionalText(funder, "department", "fundingOrganization[0].department", 500);
        JsonObject programme = first(given, "grantProgramme");
        List<GrantColumns.Location> locations = new ArrayList<>();
        JsonValue beneficiaries = given.get("beneficiaryLocation");
        if (beneficiaries instanceof JsonArray array) {
            for (JsonValue item : array) {
                JsonObject location = item instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
                String at = "beneficiaryLocation[" + locations.size() + "].";
                locations.add(new GrantColumns.Location(fields.optionalText(location, "name", at + "name", 500),
                        fields.optionalText(location, "countryCode", at + "countryCode", 10),
                        fields.optionalText(location, "geoCode", at + "geoCode", 50),
                        fields.optionalText(location, "geoCodeType", at + "geoCodeType", 20)));
            }
        }
        String programmeCode = fields.optionalText(programme, "code", "grantProgramme[0].code", 200);
        String programmeTitle = fields.optionalText(programme, "title", "grantProgramme[0].title", 500);
        String fromOpenCall = fields.optionalText(given, "fromOpenCall", "fromOpenCall", 20);
        String dateModified = fields.optionalText(given, "dateModified", "dateModified", 40);
        String dataSource = fields.optionalText(given, "dataSource", "dataSource", 1000);
        if (!fields.problems.isEmpty()) {
            return new Checked(id, null, List.copyOf(fields.problems));
        }
        GrantColumns columns = new GrantColumns(id, title, description, currency, awarded, appliedFor, disbursed,
                awardDate, plannedStart, plannedEnd, duration, recipientId, recipientName, funderId, funderName,
                department, programmeCode, programmeTitle, fromOpenCall, dateModified, dataSource, locations);
        JsonValue beyond = JsonShapes.beyond(given, columns.toJson());
        JsonObject extensions = beyond instanceof JsonObject o ? o : null;
        String fingerprint = sha256(JsonShapes.canonical(JsonShapes.merge(columns.toJson(), extensions)));
        return new Checked(id, new ValidGrant(columns, extensions, fingerprint), List.of());
    }

    private static JsonObject first(JsonObject grant, String key) {
        JsonValue value = grant.get(key);
        if (value instanceof JsonArray array && !array.isEmpty() && array.get(0) instanceof JsonObject object) {
            return object;
        }
        return value instanceof JsonObject object ? object : null;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Collects every problem of one grant, so the publisher fixes them all in one go. */
    private static final class Fields {

        private final List<FieldProblem> problems = new ArrayList<>();

        void problem(String field, String message) {
            problems.add(new FieldProblem(field, message));
        }

        /** @param max the width of the column it is stored in */
        String requiredText(JsonObject object, String key, String field, int max) {
            String text = object == null ? null : text(object.get(key));
            if (text == null || text.isBlank()) {
                problem(field, "is required");
                return null;
            }
            return fits(text, field, max);
        }

        String optionalText(JsonObject object, String key, String field, int max) {
            String text = object == null ? null : text(object.get(key));
            return text == null || text.isBlank() ? null : fits(text, field, max);
        }

        private String fits(String text, String field, int max) {
            if (text.length() > max) {
                problem(field, "is longer than " + max + " characters");
                return null;
            }
            return text;
        }

        private static String text(JsonValue value) {
            if (value instanceof JsonString string) {
                return string.getString();
            }
            // a number where text belongs (a charity number typed as 1168925) is still that text
            return value instanceof JsonNumber number ? number.toString() : null;
        }

        String currency(JsonObject grant) {
            String code = requiredText(grant, "currency", "currency", 100);
            if (code == null) {
                return null;
            }
            try {
                if (code.length() == 3 && Currency.getInstance(code).getCurrencyCode().equals(code)) {
                    return code;
                }
            } catch (IllegalArgumentException unknown) {
                // reported below
            }
            problem("currency", "'" + code + "' is not an ISO 4217 currency code");
            return null;
        }

        BigDecimal amount(JsonObject grant, String key, boolean required) {
            BigDecimal amount = number(grant, key, key);
            if (amount == null) {
                JsonValue given = grant.get(key);
                if (required && (given == null || given.getValueType() == JsonValue.ValueType.NULL)) {
                    problem(key, "is required");
                }
                return null;
            }
            if (amount.signum() < 0) {
                problem(key, "must not be negative");
                return null;
            }
            if (JsonShapes.plain(amount).scale() > 2) {
                problem(key, "has more than 2 decimal places");
                return null;
            }
            return amount.setScale(2);
        }

        /** A number, or a text that is one (CSV cells, some publishers' JSON); null when absent. */
        BigDecimal number(JsonObject object, String key, String field) {
            JsonValue value = object.get(key);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            if (value instanceof JsonString string && !string.getString().isBlank()) {
                try {
                    return new BigDecimal(string.getString().trim());
                } catch (NumberFormatException notNumber) {
                    problem(field, "'" + string.getString() + "' is not a number");
                    return null;
                }
            }
            problem(field, "is not a number");
            return null;
        }

        /** A date, or the date of a date-time as written (its zone is not applied: the publisher's day stays). */
        LocalDate date(JsonObject object, String key, String field, boolean required) {
            String text = object == null ? null : text(object.get(key));
            if (text == null || text.isBlank()) {
                if (required) {
                    problem(field, "is required");
                }
                return null;
            }
            String value = text.trim();
            try {
                if (value.length() > 10) {
                    try {
                        OffsetDateTime.parse(value);
                    } catch (DateTimeParseException noZone) {
                        LocalDateTime.parse(value);
                    }
                }
                return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException bad) {
                problem(field, "'" + text + "' is not a date (yyyy-mm-dd) or date-time");
                return null;
            }
        }
    }
}
