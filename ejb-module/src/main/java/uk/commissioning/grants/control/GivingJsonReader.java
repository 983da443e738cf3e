package uk.commissioning.grants.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.InputStream;
import java.util.function.Consumer;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Reads a 360Giving JSON package ({@code {"grants":[…]}}) one grant object at a time, so only one grant is ever in
 * memory however large the file. Other top-level keys (a publisher's metadata) are skipped.
 */
public final class GivingJsonReader {

    private GivingJsonReader() {
    }

    /** Calls {@code each} with every grant in file order; a file that is not a package is an INVALID_INPUT. */
    public static void read(InputStream in, Consumer<JsonObject> each) {
        try (JsonParser parser = Json.createParser(in)) {
            if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
                throw notAPackage("the file is not a JSON object");
            }
            boolean sawGrants = false;
            while (parser.hasNext()) {
                Event event = parser.next();
                if (event == Event.END_OBJECT) {
                    break;
                }
                // Only KEY_NAME can come here: every value is consumed (or skipped) whole below.
                String key = parser.getString();
                Event value = parser.next();
                if (!"grants".equals(key)) {
                    skip(parser, value);
                    continue;
                }
                if (value != Event.START_ARRAY) {
                    throw notAPackage("\"grants\" is not an array");
                }
                sawGrants = true;
                for (Event item = parser.next(); item != Event.END_ARRAY; item = parser.next()) {
                    if (item != Event.START_OBJECT) {
                        throw notAPackage("an item of \"grants\" is not an object");
                    }
                    each.accept(parser.getObject());
                }
            }
            if (!sawGrants) {
                throw notAPackage("the file has no \"grants\" array: a 360Giving package is {\"grants\":[…]}");
            }
        }
    }

    private static void skip(JsonParser parser, Event value) {
        if (value == Event.START_OBJECT) {
            parser.skipObject();
        } else if (value == Event.START_ARRAY) {
            parser.skipArray();
        }
    }

    private static RuleViolation notAPackage(String message) {
        return new RuleViolation(Reason.INVALID_INPUT, "grants", message);
    }
}
