package uk.commissioning.platform.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import uk.commissioning.money.Money;

/**
 * Reads a JSON request body field by field and collects every problem, so the client hears about all its mistakes
 * at once, each against its field name. Call {@link #validate()} after reading; getters return {@code null} for a
 * field that was missing or wrong.
 */
public final class RequestFields {

    private final JsonObject json;
    private final List<FieldError> errors = new ArrayList<>();

    private RequestFields(JsonObject json) {
        this.json = json;
    }

    public static RequestFields of(JsonObject json) {
        if (json == null) {
            throw new InvalidRequestException("body", "a JSON object is required");
        }
        return new RequestFields(json);
    }

    /** For checking query parameters with the same field-by-field reporting as a body. */
    public static RequestFields forQuery() {
        return new RequestFields(JsonValue.EMPTY_JSON_OBJECT);
    }

    public String text(String name, int maxLength, boolean required) {
        JsonValue value = json.get(name);
        if (isAbsent(value)) {
            return missing(name, required);
        }
        if (!(value instanceof JsonString s)) {
            return error(name, "must be a string");
        }
        String text = s.getString().strip();
        if (text.isEmpty()) {
            return missing(name, required);
        }
        if (text.length() > maxLength) {
            return error(name, "must be at most " + maxLength + " characters");
        }
        return text;
    }

    public Long id(String name, boolean required) {
        JsonValue value = json.get(name);
        if (isAbsent(value)) {
            return missing(name, required);
        }
        if (value instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
            return n.longValue();
        }
        return error(name, "must be a positive whole number");
    }

    public LocalDate date(String name, boolean required) {
        String text = text(name, 10, required);
        return text == null ? null : parse(name, text, LocalDate::parse, "must be a date YYYY-MM-DD");
    }

    /** {@code {"amount":"20000.00","currency":"GBP"}}: a decimal string (a JSON number is accepted), exact to the penny. */
    public Money money(String name, boolean required) {
        JsonValue value = json.get(name);
        if (isAbsent(value)) {
            return missing(name, required);
        }
        if (!(value instanceof JsonObject money)) {
            return error(name, "must be an object {\"amount\":\"20000.00\",\"currency\":\"GBP\"}");
        }
        JsonValue amount = money.get("amount");
        BigDecimal decimal;
        if (amount instanceof JsonString s) {
            try {
                decimal = new BigDecimal(s.getString().strip());
            } catch (NumberFormatException e) {
                return error(name + ".amount", "'" + s.getString() + "' is not a decimal number");
            }
        } else if (amount instanceof JsonNumber n) {
            decimal = n.bigDecimalValue();
        } else {
            return error(name + ".amount", "is required, as a decimal string such as \"20000.00\"");
        }
        JsonValue currency = money.get("currency");
        if (!(currency instanceof JsonString code)) {
            return error(name + ".currency", "is required, as an ISO 4217 code such as \"GBP\"");
        }
        try {
            return Money.of(decimal, Money.currency(code.getString().strip()));
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().contains("currency") ? name + ".currency" : name + ".amount";
            return error(field, e.getMessage());
        }
    }

    public <E extends Enum<E>> E enumeration(String name, Class<E> type, boolean required) {
        return constant(name, text(name, 60, required), type);
    }

    public BigDecimal decimal(String name, boolean required) {
        JsonValue value = json.get(name);
        if (isAbsent(value)) {
            return missing(name, required);
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (value instanceof JsonString s) {
            return parse(name, s.getString().strip(), BigDecimal::new, "must be a decimal number");
        }
        return error(name, "must be a decimal number");
    }

    public Integer integer(String name, boolean required) {
        JsonValue value = json.get(name);
        if (isAbsent(value)) {
            return missing(name, required);
        }
        if (value instanceof JsonNumber n && n.isIntegral() && Math.abs(n.longValue()) <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        return error(name, "must be a whole number");
    }

    public Boolean bool(String name, boolean required) {
        JsonValue value = json.get(name);
        if (isAbsent(value)) {
            return missing(name, required);
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        return error(name, "must be true or false");
    }

    /** An array of strings, each stripped and at most {@code maxLength} long; absent = empty. */
    public List<String> strings(String name, int maxLength) {
        return items(name, (item, field) -> item instanceof JsonString s && !s.getString().isBlank()
                && s.getString().strip().length() <= maxLength ? s.getString().strip()
                : error(field, "must be a non-empty string of at most " + maxLength + " characters"));
    }

    /** An array of positive whole-number ids; absent = empty. */
    public List<Long> ids(String name) {
        return items(name, (item, field) -> item instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0
                ? n.longValue() : error(field, "must be a positive whole number"));
    }

    /** Whether the body has the field at all (null counts as absent): for "omit to keep" fields. */
    public boolean has(String name) {
        return !isAbsent(json.get(name));
    }

    private <T> List<T> items(String name, java.util.function.BiFunction<JsonValue, String, T> reader) {
        JsonValue value = json.get(name);
        List<T> items = new ArrayList<>();
        if (isAbsent(value)) {
            return items;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            error(name, "must be an array");
            return items;
        }
        List<JsonValue> array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            T item = reader.apply(array.get(i), name + "[" + i + "]");
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** Reads each object of an array field with its own {@link RequestFields}, errors prefixed {@code name[i].}. */
    public <T> List<T> objects(String name, Function<RequestFields, T> reader) {
        return items(name, (value, field) -> {
            if (!(value instanceof JsonObject item)) {
                return error(field, "must be an object");
            }
            RequestFields nested = new RequestFields(item);
            T read = reader.apply(nested);
            for (FieldError e : nested.errors) {
                errors.add(new FieldError(field + "." + e.field(), e.message()));
            }
            return read;
        });
    }

    /** Turns a value-object constructor's complaint into a field error, e.g. an invalid org-id or quarter. */
    public <T> T parse(String name, String text, Function<String, T> parser, String message) {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return error(name, e instanceof DateTimeParseException ? message : e.getMessage());
        }
    }

    public void validate() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static boolean isAbsent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private <T> T missing(String name, boolean required) {
        if (required) {
            errors.add(new FieldError(name, "is required"));
        }
        return null;
    }

    /** Records a problem found by the caller's own check (e.g. a range) against a field of this body. */
    public <T> T reject(String name, String message) {
        return error(name, message);
    }

    /** Parses an enum constant from a query or body value, reporting the allowed values if it is not one. */
    public <E extends Enum<E>> E constant(String name, String text, Class<E> type) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return error(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private <T> T error(String name, String message) {
        errors.add(new FieldError(name, message));
        return null;
    }
}
