package uk.commissioning.demand.imports.control;

/**
 * Why a line, or one field of it, was rejected. The reason never repeats a value that could identify a person.
 *
 * <p>Both texts are cut to the widths of {@code demand_import_error} here, once, because the column can be a header
 * name taken from the upload and the reason can quote one: an over-long header must be reported, not make the insert of
 * the whole report fail.
 */
public record LineError(String column, String reason) {

    static final int COLUMN_WIDTH = 60;
    static final int REASON_WIDTH = 500;

    public LineError {
        column = fit(column, COLUMN_WIDTH);
        reason = fit(reason, REASON_WIDTH);
    }

    /** A fault with the line it was found on: one row of the import's error report. */
    public record OnLine(long line, String column, String reason) {
        public OnLine {
            column = fit(column, COLUMN_WIDTH);
            reason = fit(reason, REASON_WIDTH);
        }
    }

    /** At most {@code width} characters, ending in "..." when cut, never splitting a surrogate pair. */
    static String fit(String text, int width) {
        if (text == null || text.length() <= width) {
            return text;
        }
        int cut = width - 3;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "...";
    }
}
