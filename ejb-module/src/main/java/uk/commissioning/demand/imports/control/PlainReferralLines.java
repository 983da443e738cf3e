package uk.commissioning.demand.imports.control;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.commissioning.demand.imports.control.FileColumns.Column;
import uk.commissioning.demand.imports.entity.ImportFormat;

/**
 * The import's fast path for the common referral line: checked straight from the staged line's bytes and written
 * straight into its line of {@link ReferralTsv} text, with no String per field, no Referral and no BigDecimal or
 * LocalDate kept. It takes only lines it can check completely by the rules below, which are those of
 * {@link StagedLineParser} for a plain line; for anything else (a fault, quotes, padding, characters beyond ASCII, a
 * backslash or control character, a value in a form the parser would rewrite, such as {@code 07} for 7) it answers
 * null, and the line goes to the parser, which checks it again and reports every fault. So this class decides nothing
 * the parser would decide differently: PlainReferralLinesTest runs both over a generated file and varied lines and requires
 * the same text wherever this one answers.
 */
public final class PlainReferralLines {

    private static final byte[] NULL = {'\\', 'N'};
    private static final byte[] NHS = "NHS".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LOCAL = "LOCAL".getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] AGE_BANDS = StagedLineParser.AGE_BANDS.stream().map(PlainReferralLines::ascii)
            .toArray(byte[][]::new);
    private static final byte[][] OUTCOMES = StagedLineParser.OUTCOMES.stream().map(PlainReferralLines::ascii)
            .toArray(byte[][]::new);
    private static final int MAX_REMEMBERED = 10_000;

    private final ReferenceData reference;
    private final LocalDate today;
    private final int columns;
    private final FileColumns col;

    /** A need set's mask as the text it is written as, by the need set as written in the file. */
    private final Map<String, byte[]> maskOfNeeds = new HashMap<>();
    private final Map<String, byte[]> codeOfSource = new HashMap<>();
    private final Map<String, byte[]> boroughBytes = new HashMap<>();

    /** Where each field of the line in hand starts; ends[i] is one past its last byte. */
    private final int[] starts;
    private final int[] ends;
    private byte[] out = new byte[1024];
    private int length;

    /** @return null for an aggregate file, which has no fast path */
    public static PlainReferralLines of(ImportHeader header, ReferenceData reference, LocalDate today) {
        return header.format() == ImportFormat.REFERRALS && header.valid() ? new PlainReferralLines(header, reference, today) : null;
    }

    private PlainReferralLines(ImportHeader header, ReferenceData reference, LocalDate today) {
        this.reference = reference;
        this.today = today;
        this.columns = header.columns();
        this.starts = new int[columns];
        this.ends = new int[columns];
        this.col = new FileColumns(header);
    }

    /**
     * @param s a staged line's bytes, from {@code from} to {@code to} (without its line end)
     * @return the referral to write, or null when the line is for the parser
     */
    public StagedRow.ReferralLine referral(long lineNumber, byte[] s, int from, int to) {
        if (to <= from || s[from] != '+' || !split(s, from + 1, to)) {
            return null;
        }
        length = 0;
        // source system and referral id: the key, and the first two columns
        if (!sourceSystemOk(s) || !text(s, col.referralId, 64, true)) {
            return null;
        }
        copy(s, col.sourceSystem);
        copy(s, col.referralId);
        // referral date and the start of its quarter
        if (!date(s)) {
            return null;
        }
        // the person: the NHS number's key wins over the person id's; a refused value is the parser's to report
        if (!person(s)) {
            return null;
        }
        if (!ageBand(s)) {
            return null;
        }
        // ward and borough
        if (!ward(s)) {
            return null;
        }
        if (!code(s, col.pcnCode, 'U', false) || !code(s, col.practiceCode, 'A', true)) {
            return null;
        }
        optionalCopy(s, col.pcnCode);
        optionalCopy(s, col.practiceCode);
        if (!source(s)) {
            return null;
        }
        if (!text(s, col.setting, 60, false)) {
            return null;
        }
        optionalCopy(s, col.setting);
        if (!needs(s) || !service(s)) {
            return null;
        }
        if (!text(s, col.serviceName, 200, false)) {
            return null;
        }
        optionalCopy(s, col.serviceName);
        if (!outcome(s)) {
            return null;
        }
        for (Column column : col.ons4) {
            if (!wholeNumber(s, column, 10)) {
                return null;
            }
        }
        if (!swemwbs(s, col.swemwbsBefore) || !swemwbs(s, col.swemwbsAfter) || !wholeNumber(s, col.sessionsAttended, 100_000)) {
            return null;
        }
        out[length - 1] = '\n';
        String key = string(s, col.sourceSystem) + '\u0000' + string(s, col.referralId);
        return new StagedRow.ReferralLine(lineNumber, key, Arrays.copyOf(out, length));
    }

    /**
     * Finds the fields: exactly one per column, and the whole line ASCII without quotes, backslashes or control
     * characters (so no field needs unquoting or escaping, and none holds a tab).
     */
    private boolean split(byte[] s, int from, int to) {
        int field = 0;
        starts[0] = from;
        for (int i = from; i < to; i++) {
            byte b = s[i];
            if (b == ',') {
                ends[field] = i;
                if (++field == columns) {
                    return false;
                }
                starts[field] = i + 1;
            } else if (b < ' ' || b == '"' || b == '\\' || b == 0x7f) {
                return false;
            }
        }
        ends[field] = to;
        return field == columns - 1;
    }

    private int start(Column column) {
        return starts[column.index()];
    }

    private int end(Column column) {
        return ends[column.index()];
    }

    private int length(Column column) {
        return column.index() < 0 ? 0 : end(column) - start(column);
    }

    /** The field as a String: ASCII, as {@link #split} found the line, so read as Latin-1 (a plain copy). */
    private String string(byte[] s, Column column) {
        return new String(s, start(column), length(column), StandardCharsets.ISO_8859_1);
    }

    /** A field without spaces around it (what strip() leaves as it is), or an empty one. */
    private boolean unpadded(byte[] s, Column column) {
        int n = length(column);
        return n == 0 || (s[start(column)] > ' ' && s[end(column) - 1] > ' ');
    }

    private boolean text(byte[] s, Column column, int maxLength, boolean required) {
        int n = length(column);
        if (n == 0) {
            return !required;
        }
        return n <= maxLength && unpadded(s, column);
    }

    private boolean sourceSystemOk(byte[] s) {
        int n = length(col.sourceSystem);
        if (n < 1 || n > 40) {
            return false;
        }
        for (int i = start(col.sourceSystem); i < end(col.sourceSystem); i++) {
            byte b = s[i];
            if (!(b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '.' || b == '_' || b == '-')) {
                return false;
            }
        }
        return true;
    }

    private boolean date(byte[] s) {
        if (length(col.referralDate) != 10) {
            return false;
        }
        int at = start(col.referralDate);
        if (s[at + 4] != '-' || s[at + 7] != '-' || !AsciiBytes.digits(s, at, at + 4) || !AsciiBytes.digits(s, at + 5, at + 7)
                || !AsciiBytes.digits(s, at + 8, at + 10)) {
            return false;
        }
        int year = AsciiBytes.number(s, at, at + 4);
        int month = AsciiBytes.number(s, at + 5, at + 7);
        int day = AsciiBytes.number(s, at + 8, at + 10);
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            return false;
        }
        if (date.isAfter(today) || date.isBefore(StagedLineParser.EARLIEST_DATE)) {
            return false;
        }
        copy(s, col.referralDate);
        // UK financial quarters start in April, July, October and January
        int quarterMonth = month >= 4 ? month - (month - 4) % 3 : 1;
        room(11);
        System.arraycopy(s, at, out, length, 5);
        length += 5;
        out[length++] = (byte) ('0' + quarterMonth / 10);
        out[length++] = (byte) ('0' + quarterMonth % 10);
        out[length++] = '-';
        out[length++] = '0';
        out[length++] = '1';
        out[length++] = '\t';
        return true;
    }

    private boolean person(byte[] s) {
        boolean nhs = length(col.nhsNumber) > 0;
        boolean local = length(col.personId) > 0;
        if (nhs && s[start(col.nhsNumber)] != '#' || local && s[start(col.personId)] != '#') {
            return false;
        }
        if (nhs) {
            copyAfterMarker(s, col.nhsNumber);
            append(NHS);
        } else if (local) {
            copyAfterMarker(s, col.personId);
            append(LOCAL);
        } else {
            return false;
        }
        return true;
    }

    private boolean ageBand(byte[] s) {
        for (byte[] band : AGE_BANDS) {
            if (equal(s, col.ageBand, band)) {
                copy(s, col.ageBand);
                return true;
            }
        }
        return false;
    }

    private boolean ward(byte[] s) {
        if (length(col.wardCode) != 9) {
            return false;
        }
        int at = start(col.wardCode);
        if (s[at] != 'E' || s[at + 1] != '0' || s[at + 2] != '5' || !AsciiBytes.digits(s, at + 3, at + 9)) {
            return false;
        }
        String borough = reference.boroughOfWard().get(new String(s, at, 9, StandardCharsets.ISO_8859_1));
        if (borough == null) {
            return false;
        }
        copy(s, col.wardCode);
        append(boroughBytes.computeIfAbsent(borough, PlainReferralLines::ascii));
        return true;
    }

    /** PCN (U and five digits) or practice (a capital letter and five digits) code, when given. */
    private boolean code(byte[] s, Column column, char letter, boolean anyCapital) {
        int n = length(column);
        if (n == 0) {
            return true;
        }
        int at = start(column);
        byte first = s[at];
        return n == 6 && (anyCapital ? first >= 'A' && first <= 'Z' : first == letter) && AsciiBytes.digits(s, at + 1, at + 6);
    }

    private boolean source(byte[] s) {
        if (!text(s, col.referralSource, 120, true)) {
            return false;
        }
        String raw = string(s, col.referralSource);
        byte[] code = codeOfSource.get(raw);
        if (code == null) {
            Optional<String> known = reference.referralSource(raw);
            if (known.isEmpty()) {
                return false;
            }
            code = ascii(known.get());
            if (codeOfSource.size() < MAX_REMEMBERED) {
                codeOfSource.put(raw, code);
            }
        }
        append(code);
        return true;
    }

    /** The need set, as StagedLineParser reads it: names or codes split at ';' or '|', at least one, all known. */
    private boolean needs(byte[] s) {
        if (!text(s, col.needs, 500, true)) {
            return false;
        }
        String raw = string(s, col.needs);
        byte[] mask = maskOfNeeds.get(raw);
        if (mask == null) {
            StagedLineParser.NeedCodes read = StagedLineParser.NeedCodes.read(reference, raw);
            if (read.codes().isEmpty() || !read.unknown().isEmpty()) {
                return false;
            }
            mask = ascii(Long.toString(reference.needBits().mask(read.codes())));
            if (maskOfNeeds.size() < MAX_REMEMBERED) {
                maskOfNeeds.put(raw, mask);
            }
        }
        append(mask);
        return true;
    }

    private boolean service(byte[] s) {
        int n = length(col.serviceId);
        if (n == 0) {
            nullField();
            return true;
        }
        int at = start(col.serviceId);
        if (n > 18 || !AsciiBytes.digits(s, at, at + n) || (s[at] == '0' && n > 1)) {
            return false;
        }
        long id = 0;
        for (int i = at; i < at + n; i++) {
            id = 10 * id + (s[i] - '0');
        }
        if (!reference.serviceIds().contains(id)) {
            return false;
        }
        copy(s, col.serviceId);
        return true;
    }

    private boolean outcome(byte[] s) {
        for (byte[] known : OUTCOMES) {
            if (equal(s, col.outcome, known)) {
                copy(s, col.outcome);
                return true;
            }
        }
        return false;
    }

    /** A whole number from 0 to max written as the parser would write it back: digits, no sign, no leading zero. */
    private boolean wholeNumber(byte[] s, Column column, int max) {
        int n = length(column);
        if (n == 0) {
            nullField();
            return true;
        }
        int at = start(column);
        if (n > 6 || !AsciiBytes.digits(s, at, at + n) || (s[at] == '0' && n > 1) || AsciiBytes.number(s, at, at + n) > max) {
            return false;
        }
        copy(s, column);
        return true;
    }

    /**
     * A SWEMWBS score from 7.00 to 35.00 with at most two decimals, written with exactly two as the parser's
     * {@code setScale(2)} would: one or two digits without a leading zero, then optionally a point and one or two.
     */
    private boolean swemwbs(byte[] s, Column column) {
        int n = length(column);
        if (n == 0) {
            nullField();
            return true;
        }
        int at = start(column);
        int end = end(column);
        int point = at;
        while (point < end && s[point] != '.') {
            point++;
        }
        int whole = point - at;
        int decimals = point < end ? end - point - 1 : 0;
        if (whole < 1 || whole > 2 || s[at] == '0' || !AsciiBytes.digits(s, at, point)) {
            return false;
        }
        if (point < end && (decimals < 1 || decimals > 2 || !AsciiBytes.digits(s, point + 1, end))) {
            return false;
        }
        int hundredths = AsciiBytes.number(s, at, point) * 100;
        if (decimals >= 1) {
            hundredths += 10 * (s[point + 1] - '0');
        }
        if (decimals == 2) {
            hundredths += s[point + 2] - '0';
        }
        if (hundredths < 700 || hundredths > 3500) {
            return false;
        }
        room(7);
        System.arraycopy(s, at, out, length, whole);
        length += whole;
        out[length++] = '.';
        out[length++] = decimals >= 1 ? s[point + 1] : (byte) '0';
        out[length++] = decimals == 2 ? s[point + 2] : (byte) '0';
        out[length++] = '\t';
        return true;
    }

    private boolean equal(byte[] s, Column column, byte[] expected) {
        int n = length(column);
        return n == expected.length && Arrays.equals(s, start(column), end(column), expected, 0, n);
    }

    private void copy(byte[] s, Column column) {
        field(s, start(column), length(column));
    }

    /** A field or NULL when it is empty (or the file has no such column). */
    private void optionalCopy(byte[] s, Column column) {
        if (length(column) == 0) {
            nullField();
        } else {
            copy(s, column);
        }
    }

    private void copyAfterMarker(byte[] s, Column column) {
        field(s, start(column) + 1, length(column) - 1);
    }

    private void append(byte[] value) {
        field(value, 0, value.length);
    }

    /** {@code n} bytes of {@code from} from {@code at} on, and the tab that ends a field. */
    private void field(byte[] from, int at, int n) {
        room(n + 1);
        System.arraycopy(from, at, out, length, n);
        length += n;
        out[length++] = '\t';
    }

    private void nullField() {
        append(NULL);
    }

    private void room(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(2 * out.length, length + more));
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
