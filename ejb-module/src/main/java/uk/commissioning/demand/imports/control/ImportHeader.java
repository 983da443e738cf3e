package uk.commissioning.demand.imports.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.commissioning.demand.imports.entity.ImportFormat;

/**
 * A file's header checked against its format: every required column present, none twice, none unknown. Columns are
 * found by name, so their order is the sender's choice. A header with any fault rejects the whole file.
 */
public final class ImportHeader {

    private final ImportFormat format;
    private final Map<String, Integer> index;
    private final List<LineError> errors;
    private final int columns;

    private ImportHeader(ImportFormat format, Map<String, Integer> index, List<LineError> errors, int columns) {
        this.format = format;
        this.index = index;
        this.errors = errors;
        this.columns = columns;
    }

    public static List<String> normalise(List<String> fields) {
        List<String> names = new ArrayList<>(fields.size());
        for (String field : fields) {
            String name = field.strip().toLowerCase(Locale.ROOT);
            if (names.isEmpty() && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            names.add(name);
        }
        return names;
    }

    public static ImportHeader check(ImportFormat format, List<String> rawFields) {
        List<String> names = normalise(rawFields);
        Map<String, Integer> index = new HashMap<>();
        List<LineError> errors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                errors.add(new LineError("column " + (i + 1), "the header has an empty column name"));
            } else if (!format.knows(name)) {
                errors.add(new LineError(name, "unknown column for the " + format.parameter()
                        + " format (docs/DEMAND-FORMATS.md lists the columns)"));
            } else if (index.putIfAbsent(name, i) != null) {
                errors.add(new LineError(name, "the column is named twice"));
            }
        }
        for (String required : format.requiredColumns()) {
            if (!index.containsKey(required)) {
                errors.add(new LineError(required, "required column missing"));
            }
        }
        if (format == ImportFormat.REFERRALS && !index.containsKey("nhs_number") && !index.containsKey("person_id")) {
            errors.add(new LineError("nhs_number", "the header needs an nhs_number or a person_id column"));
        }
        return new ImportHeader(format, Map.copyOf(index), List.copyOf(errors), names.size());
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public List<LineError> errors() {
        return errors;
    }

    public ImportFormat format() {
        return format;
    }

    /** The column's position, or -1 when the file does not have it (an optional column). */
    public int indexOf(String column) {
        return index.getOrDefault(column, -1);
    }

    /** How many fields every row must have. */
    public int columns() {
        return columns;
    }
}
