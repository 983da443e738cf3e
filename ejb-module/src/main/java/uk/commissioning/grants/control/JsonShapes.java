package uk.commissioning.grants.control;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The two operations that let a grant be stored as columns plus "the rest" and come back whole: what a grant has
 * beyond its columns ({@link #beyond}) and the two put back together ({@link #merge}). Arrays go item by item, so
 * the extra fields of the first recipient stay with the first recipient. Plus a canonical text for fingerprints in
 * which key order and {@code 2266} versus {@code 2266.00} make no difference.
 */
public final class JsonShapes {

    // Json.create… looks the JSON-P provider up anew on every call; one factory per class is looked up once.
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    private JsonShapes() {
    }

    /** What {@code given} holds that {@code columns} does not say (equal scalars are dropped); null when nothing. */
    public static JsonValue beyond(JsonValue given, JsonValue columns) {
        if (columns == null) {
            return given;
        }
        if (given instanceof JsonObject object && columns instanceof JsonObject known) {
            JsonObjectBuilder rest = JSON.createObjectBuilder();
            boolean any = false;
            for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                JsonValue left = beyond(field.getValue(), known.get(field.getKey()));
                if (left != null) {
                    rest.add(field.getKey(), left);
                    any = true;
                }
            }
            return any ? rest.build() : null;
        }
        if (given instanceof JsonArray array && columns instanceof JsonArray known) {
            JsonArrayBuilder rest = JSON.createArrayBuilder();
            boolean any = false;
            for (int i = 0; i < array.size(); i++) {
                JsonValue left = beyond(array.get(i), i < known.size() ? known.get(i) : null);
                // a placeholder keeps later items at their index
                rest.add(left == null ? JsonValue.EMPTY_JSON_OBJECT : left);
                any |= left != null;
            }
            return any || array.size() != known.size() ? rest.build() : null;
        }
        // A scalar the columns hold in another form (a date-time kept as its date) is the columns' to say.
        return null;
    }

    /** The columns with what lay beyond them put back; either may be null. */
    public static JsonValue merge(JsonValue columns, JsonValue beyond) {
        if (beyond == null) {
            return columns;
        }
        if (columns == null) {
            return beyond;
        }
        if (columns instanceof JsonObject known && beyond instanceof JsonObject rest) {
            JsonObjectBuilder merged = JSON.createObjectBuilder();
            known.forEach((key, value) -> merged.add(key, merge(value, rest.get(key))));
            rest.forEach((key, value) -> {
                if (!known.containsKey(key)) {
                    merged.add(key, value);
                }
            });
            return merged.build();
        }
        if (columns instanceof JsonArray known && beyond instanceof JsonArray rest) {
            JsonArrayBuilder merged = JSON.createArrayBuilder();
            for (int i = 0; i < Math.max(known.size(), rest.size()); i++) {
                merged.add(merge(i < known.size() ? known.get(i) : null, i < rest.size() ? rest.get(i) : null));
            }
            return merged.build();
        }
        return columns;
    }

    /** Keys sorted, numbers by value without trailing zeros: equal grants give equal text whatever file they came in. */
    public static String canonical(JsonValue value) {
        StringBuilder text = new StringBuilder();
        write(value, text);
        return text.toString();
    }

    private static void write(JsonValue value, StringBuilder text) {
        switch (value.getValueType()) {
            case OBJECT -> {
                text.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> field : new TreeMap<>(value.asJsonObject()).entrySet()) {
                    if (!first) {
                        text.append(',');
                    }
                    first = false;
                    quote(field.getKey(), text);
                    text.append(':');
                    write(field.getValue(), text);
                }
                text.append('}');
            }
            case ARRAY -> {
                text.append('[');
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        text.append(',');
                    }
                    write(array.get(i), text);
                }
                text.append(']');
            }
            case NUMBER -> text.append(plain(((JsonNumber) value).bigDecimalValue()).toPlainString());
            case STRING -> quote(((JsonString) value).getString(), text);
            default -> text.append(value);
        }
    }

    private static void quote(String string, StringBuilder text) {
        text.append('"');
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }

    /** {@code 12.00} as {@code 12}, and never {@code 1E+1}. */
    public static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
