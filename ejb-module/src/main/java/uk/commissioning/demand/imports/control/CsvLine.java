package uk.commissioning.demand.imports.control;

import java.util.ArrayList;
import java.util.List;

/**
 * One CSV record on one line (docs/DEMAND-FORMATS.md): comma-separated, fields optionally quoted with {@code "},
 * a quote inside a quoted field doubled. A quoted field may not span lines, which keeps line numbers in error
 * reports equal to the line numbers people see in a spreadsheet or editor.
 */
public final class CsvLine {

    private CsvLine() {
    }

    /** The fields of the line, unquoted; throws {@link IllegalArgumentException} for a malformed quote. */
    public static List<String> parse(String line) {
        return parse(line, 0);
    }

    /** The fields of the line from character {@code start} on (a staged line after its marker), unquoted. */
    public static List<String> parse(String line, int start) {
        if (line.indexOf('"', start) < 0) {
            return split(line, start);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = start;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("a quoted field is not closed on this line");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text follows a closing quote in field " + (fields.size() + 1));
                }
            } else {
                while (i < n && line.charAt(i) != ',') {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        throw new IllegalArgumentException("a quote inside an unquoted field " + (fields.size() + 1));
                    }
                    field.append(c);
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= n) {
                return fields;
            }
            i++; // the comma
        }
    }

    /** A line without quotes (nearly every line): its fields are what lies between the commas. */
    private static List<String> split(String line, int start) {
        List<String> fields = new ArrayList<>(32);
        int from = start;
        for (int comma = line.indexOf(',', start); comma >= 0; comma = line.indexOf(',', from)) {
            fields.add(line.substring(from, comma));
            from = comma + 1;
        }
        fields.add(line.substring(from));
        return fields;
    }

    /**
     * The fields as one CSV line, quoting only where a field needs it: the staged copy of an uploaded line, read back
     * by {@link #parse}. Files people download are written by {@code platform.csv.CsvWriter}.
     */
    public static String format(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(fields.get(i)));
        }
        return line.toString();
    }

    /** A line break inside a field becomes a space, so a staged line stays one line. */
    private static String quote(String field) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"").replace("\r", " ").replace("\n", " ") + '"';
    }
}
