package uk.commissioning.platform.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import uk.commissioning.money.Money;

/**
 * Writes a CSV file a row at a time, for every file people download (import error reports, the matching CSV, payment
 * files): RFC 4180, UTF-8 without a byte-order mark, CRLF after every row, a header row first and every row as wide as
 * the header. A cell is quoted only when it holds a comma, a double quote, CR or LF, with its quotes doubled.
 * <p>
 * The cell's type decides how it is written. Numbers, money (the plain amount, no currency symbol) and dates (ISO
 * 8601) are written as they are. Text that a spreadsheet would run as a formula, because it begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or CR, is written with a single quote {@code '} in front (OWASP's advice on
 * CSV injection): a column name or value copied from an uploaded file could otherwise open a link or run a command
 * when a commissioner opens the report. So {@code -20.00} written as money stays a number, and the same characters
 * written as text get the quote.
 * <p>
 * Nothing is held beyond a small buffer, so an error report of a million lines streams.
 * A failed write (the client went away) is an {@link UncheckedIOException}.
 */
public final class CsvWriter {

    /** The content type of what this writes, for a download's response. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final String NEWLINE = "\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;
    private final int columns;
    private int cells;

    private CsvWriter(Writer out, String[] header) {
        this.out = out;
        this.columns = header.length;
        for (String name : header) {
            text(name);
        }
        endRow();
    }

    /** A writer of UTF-8 to {@code out} that has written the header row. */
    public static CsvWriter utf8(OutputStream out, String... header) {
        if (header.length == 0) {
            throw new IllegalArgumentException("a CSV file needs a header row naming its columns");
        }
        return new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), header);
    }

    /** Text, with the quote in front where it would start a formula; {@code null} is an empty cell. */
    public CsvWriter text(String value) {
        if (value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            return cell("'" + value);
        }
        return cell(value == null ? "" : value);
    }

    public CsvWriter number(long value) {
        return cell(Long.toString(value));
    }

    /** A decimal as written, never in exponent form ({@code 1E+3} is {@code 1000}); {@code null} is an empty cell. */
    public CsvWriter number(BigDecimal value) {
        return cell(value == null ? "" : value.toPlainString());
    }

    /** The amount to the currency's minor unit, without its currency (a column of its own says it). */
    public CsvWriter money(Money value) {
        return number(value == null ? null : value.amount());
    }

    /** {@code 2019-04-01}; {@code null} is an empty cell. */
    public CsvWriter date(LocalDate value) {
        return cell(value == null ? "" : value.toString());
    }

    /** {@code true} or {@code false}. */
    public CsvWriter flag(boolean value) {
        return cell(Boolean.toString(value));
    }

    /** Ends the row; refuses one with more or fewer cells than the header, which would shift every later column. */
    public CsvWriter endRow() {
        if (cells != columns) {
            throw new IllegalStateException("a row of " + cells + " cells under a header of " + columns);
        }
        write(NEWLINE);
        cells = 0;
        return this;
    }

    /** Sends what is buffered; the caller closes the stream it gave (a response's stream is the container's). */
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CsvWriter cell(String field) {
        if (cells++ > 0) {
            write(",");
        }
        write(needsQuotes(field) ? '"' + field.replace("\"", "\"\"") + '"' : field);
        return this;
    }

    private static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
