package uk.commissioning.grants.control;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Reads a 360Giving CSV file a record at a time and turns each into the grant's JSON shape, so the JSON and CSV of
 * the same grants validate, fingerprint and store alike. A quoted cell may span lines (spreadsheets export
 * descriptions with line breaks), so records are read here rather than line by line as the demand CSV is; each
 * grant is reported by the line its record starts on. Empty cells are absent fields; a column the standard does not
 * name is kept under its title, as an extension.
 */
public final class GivingCsvReader {

    // Json.create… looks the JSON-P provider up anew on every call; one factory per class is looked up once.
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    public interface GrantRow {
        void accept(int line, JsonObject grant);
    }

    private final BufferedReader in;
    private int line = 1;

    private GivingCsvReader(InputStream in) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public static void read(InputStream in, GrantRow each) {
        new GivingCsvReader(in).readAll(each);
    }

    private void readAll(GrantRow each) {
        List<String> header = record();
        if (header == null || header.isEmpty()) {
            throw new RuleViolation(Reason.INVALID_INPUT, "header", "the file is empty: a 360Giving CSV starts with a header row");
        }
        header.set(0, header.get(0).replace("\uFEFF", ""));
        if (!header.stream().map(String::trim).toList().contains("Identifier")) {
            throw new RuleViolation(Reason.INVALID_INPUT, "header",
                    "the header has no Identifier column: is this a 360Giving CSV file?");
        }
        List<Optional<GivingColumns.Place>> places = header.stream().map(GivingColumns::of).toList();
        for (int start = line; ; start = line) {
            List<String> cells = record();
            if (cells == null) {
                return;
            }
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            each.accept(start, grant(header, places, cells));
        }
    }

    private static JsonObject grant(List<String> header, List<Optional<GivingColumns.Place>> places, List<String> cells) {
        JsonObjectBuilder grant = JSON.createObjectBuilder();
        Map<String, JsonObjectBuilder> groups = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(header.size(), cells.size()); i++) {
            String cell = cells.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            Optional<GivingColumns.Place> place = places.get(i);
            if (place.isEmpty()) {
                grant.add(header.get(i).trim(), cell);
                continue;
            }
            GivingColumns.Place at = place.get();
            JsonObjectBuilder target = at.group() == null ? grant : groups.computeIfAbsent(at.group(), g -> JSON.createObjectBuilder());
            switch (at.kind()) {
                case NUMBER -> {
                    try {
                        target.add(at.key(), new BigDecimal(cell.trim()));
                    } catch (NumberFormatException notNumber) {
                        // left as text for the validation to name
                        target.add(at.key(), cell);
                    }
                }
                case TEXT_LIST -> target.add(at.key(), JSON.createArrayBuilder().add(cell));
                case TEXT -> target.add(at.key(), cell);
            }
        }
        groups.forEach((group, item) -> grant.add(group, JSON.createArrayBuilder().add(item)));
        return grant.build();
    }

    /** The next record's cells, or null at the end of the file. */
    private List<String> record() {
        try {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (c < 0) {
                    if (quoted) {
                        throw new RuleViolation(Reason.INVALID_INPUT, "line " + line, "a quoted cell is not closed before the end of the file");
                    }
                    cells.add(cell.toString());
                    return cells;
                }
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            in.reset();
                        }
                    } else {
                        if (ch == '\n') {
                            line++;
                        }
                        cell.append(ch);
                    }
                } else if (ch == '"' && cell.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (ch == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') {
                            in.reset();
                        }
                    }
                    line++;
                    cells.add(cell.toString());
                    return cells;
                } else {
                    cell.append(ch);
                }
                c = in.read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
