package uk.commissioning.demand.control;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.commissioning.demand.entity.ImportFormat;

/**
 * The import's fast path for the common referral line: checked straight from the staged line's bytes and written
 * straight into its line of {@link ReferralTsv} text, with no String per field, no Referral and no BigDecimal or
 * LocalDate kept. It takes only lines it can check completely by the rules below, which are those of
 * {@link StagedLineParser} for a plain line; for anything else (a fault, quotes, padding, characters beyond ASCII, a
 * backslash or control character, a value in a form the parser would rewrite, such as {@code 07} for 7) it answers
 * null, and the line goes to the parser, which checks it again and reports every fault. So this class decides nothing
 * the parser would decide differently: DemandFileTest runs both over generated files and damaged lines and requires
 * the same text wherever this one answers.
 */
final class PlainReferralLines {

    private static final byte[] NULL = {'\\', 'N'};
    private static final byte[] NHS = "NHS".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LOCAL = "LOCAL".getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] AGE_BANDS = StagedLineParser.AGE_BANDS.stream()
            .map(band -> band.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    private static final byte[][] OUTCOMES = {ascii("ACCEPTED"), ascii("DECLINED"), ascii("DID_NOT_ATTEND"), ascii("COMPLETED")};
    private static final int MAX_REMEMBERED = 10_000;

    private final ReferenceData reference;
    private final LocalDate today;
    private final int columns;
    private final int sourceSystem;
    private final int referralId;
    private final int referralDate;
    private final int nhsNumber;
    private final int personId;
    private final int ageBand;
    private final int wardCode;
    private final int pcnCode;
    private final int practiceCode;
    private final int referralSource;
    private final int setting;
    private final int needs;
    private final int serviceId;
    private final int serviceName;
    private final int outcome;
    private final int[] ons4;
    private final int swemwbsBefore;
    private final int swemwbsAfter;
    private final int sessionsAttended;

    private final Map<String, Long> maskOfNeeds = new HashMap<>();
    private final Map<String, byte[]> codeOfSource = new HashMap<>();
    private final Map<String, byte[]> boroughBytes = new HashMap<>();

    /** Where each field of the line in hand starts; ends[i] is one past its last byte. */
    private final int[] starts;
    private final int[] ends;
    private byte[] out = new byte[1024];
    private int length;

    /** @return null for an aggregate file, which has no fast path */
    static PlainReferralLines of(ImportHeader header, ReferenceData reference, LocalDate today) {
        return header.format() == ImportFormat.REFERRALS && header.valid() ? new PlainReferralLines(header, reference, today) : null;
    }

    private PlainReferralLines(ImportHeader header, ReferenceData reference, LocalDate today) {
        this.reference = reference;
        this.today = today;
        this.columns = header.columns();
        this.starts = new int[columns];
        this.ends = new int[columns];
        sourceSystem = header.indexOf("source_system");
        referralId = header.indexOf("referral_id");
        referralDate = header.indexOf("referral_date");
        nhsNumber = header.indexOf(ImportStaging.NHS_NUMBER);
        personId = header.indexOf(ImportStaging.PERSON_ID);
        ageBand = header.indexOf("age_band");
        wardCode = header.indexOf("ward_code");
        pcnCode = header.indexOf("pcn_code");
        practiceCode = header.indexOf("practice_code");
        referralSource = header.indexOf("referral_source");
        setting = header.indexOf("setting");
        needs = header.indexOf("needs");
        serviceId = header.indexOf("service_id");
        serviceName = header.indexOf("service_name");
        outcome = header.indexOf("outcome");
        ons4 = StagedLineParser.ONS4_COLUMNS.stream().mapToInt(header::indexOf).toArray();
        swemwbsBefore = header.indexOf("swemwbs_before");
        swemwbsAfter = header.indexOf("swemwbs_after");
        sessionsAttended = header.indexOf("sessions_attended");
    }

    /**
     * @param staged a staged line's bytes, from {@code from} to {@code to} (without its line end)
     * @return the referral to write, or null when the line is for the parser
     */
    StagedRow.ReferralLine referral(long lineNumber, byte[] staged, int from, int to) {
        if (to <= from || staged[from] != '+' || !split(staged, from + 1, to)) {
            return null;
        }
        length = 0;
        byte[] s = staged;
        // source system and referral id: the key, and the first two columns
        if (!sourceSystemOk(s) || !text(s, referralId, 64, true)) {
            return null;
        }
        int source = sourceSystem;
        copy(s, source);
        copy(s, referralId);
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
        if (!code(s, pcnCode, 'U', false) || !code(s, practiceCode, 'A', true)) {
            return null;
        }
        optionalCopy(s, pcnCode);
        optionalCopy(s, practiceCode);
        if (!source(s)) {
            return null;
        }
        if (!text(s, setting, 60, false)) {
            return null;
        }
        optionalCopy(s, setting);
        if (!needs(s) || !service(s)) {
            return null;
        }
        if (!text(s, serviceName, 200, false)) {
            return null;
        }
        optionalCopy(s, serviceName);
        if (!outcome(s)) {
            return null;
        }
        for (int column : ons4) {
            if (!wholeNumber(s, column, 10)) {
                return null;
            }
        }
        if (!swemwbs(s, swemwbsBefore) || !swemwbs(s, swemwbsAfter) || !wholeNumber(s, sessionsAttended, 100_000)) {
            return null;
        }
        out[length - 1] = '\n';
        String key = new String(s, starts[source], ends[source] - starts[source], StandardCharsets.US_ASCII) + '\u0000'
                + new String(s, starts[referralId], ends[referralId] - starts[referralId], StandardCharsets.US_ASCII);
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

    private int length(int column) {
        return column < 0 ? 0 : ends[column] - starts[column];
    }

    /** A field without spaces around it (what strip() leaves as it is), or an empty one. */
    private boolean unpadded(byte[] s, int column) {
        int n = length(column);
        return n == 0 || (s[starts[column]] > ' ' && s[ends[column] - 1] > ' ');
    }

    private boolean text(byte[] s, int column, int maxLength, boolean required) {
        int n = length(column);
        if (n == 0) {
            return !required;
        }
        return n <= maxLength && unpadded(s, column);
    }

    private boolean sourceSystemOk(byte[] s) {
        int n = length(sourceSystem);
        if (n < 1 || n > 40) {
            return false;
        }
        for (int i = starts[sourceSystem]; i < ends[sourceSystem]; i++) {
            byte b = s[i];
            if (!(b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '.' || b == '_' || b == '-')) {
                return false;
            }
        }
        return true;
    }

    private boolean date(byte[] s) {
        if (length(referralDate) != 10) {
            return false;
        }
        int at = starts[referralDate];
        if (s[at + 4] != '-' || s[at + 7] != '-' || !digits(s, at, at + 4) || !digits(s, at + 5, at + 7) || !digits(s, at + 8, at + 10)) {
            return false;
        }
        int year = number(s, at, at + 4);
        int month = number(s, at + 5, at + 7);
        int day = number(s, at + 8, at + 10);
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            return false;
        }
        if (date.isAfter(today) || date.isBefore(StagedLineParser.EARLIEST_DATE)) {
            return false;
        }
        copy(s, referralDate);
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
        boolean nhs = length(nhsNumber) > 0;
        boolean local = length(personId) > 0;
        if (nhs && s[starts[nhsNumber]] != '#' || local && s[starts[personId]] != '#') {
            return false;
        }
        if (nhs) {
            copyAfterMarker(s, nhsNumber);
            append(NHS);
        } else if (local) {
            copyAfterMarker(s, personId);
            append(LOCAL);
        } else {
            return false;
        }
        return true;
    }

    private boolean ageBand(byte[] s) {
        for (byte[] band : AGE_BANDS) {
            if (equal(s, ageBand, band)) {
                copy(s, ageBand);
                return true;
            }
        }
        return false;
    }

    private boolean ward(byte[] s) {
        if (length(wardCode) != 9) {
            return false;
        }
        int at = starts[wardCode];
        if (s[at] != 'E' || s[at + 1] != '0' || s[at + 2] != '5' || !digits(s, at + 3, at + 9)) {
            return false;
        }
        String borough = reference.boroughOfWard().get(new String(s, at, 9, StandardCharsets.US_ASCII));
        if (borough == null) {
            return false;
        }
        copy(s, wardCode);
        append(boroughBytes.computeIfAbsent(borough, PlainReferralLines::ascii));
        return true;
    }

    /** PCN (U and five digits) or practice (a capital letter and five digits) code, when given. */
    private boolean code(byte[] s, int column, char letter, boolean anyCapital) {
        int n = length(column);
        if (n == 0) {
            return true;
        }
        int at = starts[column];
        byte first = s[at];
        return n == 6 && (anyCapital ? first >= 'A' && first <= 'Z' : first == letter) && digits(s, at + 1, at + 6);
    }

    private boolean source(byte[] s) {
        if (!text(s, referralSource, 120, true)) {
            return false;
        }
        String raw = new String(s, starts[referralSource], length(referralSource), StandardCharsets.US_ASCII);
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
        if (!text(s, needs, 500, true)) {
            return false;
        }
        String raw = new String(s, starts[needs], length(needs), StandardCharsets.US_ASCII);
        Long mask = maskOfNeeds.get(raw);
        if (mask == null) {
            Set<String> codes = new LinkedHashSet<>();
            for (String part : raw.split("[;|]")) {
                if (part.isBlank()) {
                    continue;
                }
                Optional<String> code = reference.need(part);
                if (code.isEmpty()) {
                    return false;
                }
                codes.add(code.get());
            }
            if (codes.isEmpty()) {
                return false;
            }
            mask = reference.needBits().mask(codes);
            if (maskOfNeeds.size() < MAX_REMEMBERED) {
                maskOfNeeds.put(raw, mask);
            }
        }
        number(mask);
        return true;
    }

    private boolean service(byte[] s) {
        int n = length(serviceId);
        if (n == 0) {
            nullField();
            return true;
        }
        int at = starts[serviceId];
        if (n > 18 || !digits(s, at, at + n) || (s[at] == '0' && n > 1)) {
            return false;
        }
        long id = 0;
        for (int i = at; i < at + n; i++) {
            id = 10 * id + (s[i] - '0');
        }
        if (!reference.serviceIds().contains(id)) {
            return false;
        }
        copy(s, serviceId);
        return true;
    }

    private boolean outcome(byte[] s) {
        for (byte[] known : OUTCOMES) {
            if (equal(s, outcome, known)) {
                copy(s, outcome);
                return true;
            }
        }
        return false;
    }

    /** A whole number from 0 to max written as the parser would write it back: digits, no sign, no leading zero. */
    private boolean wholeNumber(byte[] s, int column, int max) {
        int n = length(column);
        if (n == 0) {
            nullField();
            return true;
        }
        int at = starts[column];
        if (n > 6 || !digits(s, at, at + n) || (s[at] == '0' && n > 1) || number(s, at, at + n) > max) {
            return false;
        }
        copy(s, column);
        return true;
    }

    /**
     * A SWEMWBS score from 7.00 to 35.00 with at most two decimals, written with exactly two as the parser's
     * {@code setScale(2)} would: one or two digits without a leading zero, then optionally a point and one or two.
     */
    private boolean swemwbs(byte[] s, int column) {
        int n = length(column);
        if (n == 0) {
            nullField();
            return true;
        }
        int at = starts[column];
        int end = ends[column];
        int point = at;
        while (point < end && s[point] != '.') {
            point++;
        }
        int whole = point - at;
        int decimals = point < end ? end - point - 1 : 0;
        if (whole < 1 || whole > 2 || s[at] == '0' || !digits(s, at, point)) {
            return false;
        }
        if (point < end && (decimals < 1 || decimals > 2 || !digits(s, point + 1, end))) {
            return false;
        }
        int hundredths = number(s, at, point) * 100;
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

    private static boolean digits(byte[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s[i] < '0' || s[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(byte[] s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = 10 * value + (s[i] - '0');
        }
        return value;
    }

    private boolean equal(byte[] s, int column, byte[] expected) {
        int n = length(column);
        return n == expected.length && Arrays.equals(s, starts[column], ends[column], expected, 0, n);
    }

    private void copy(byte[] s, int column) {
        int n = length(column);
        room(n + 1);
        System.arraycopy(s, starts[column], out, length, n);
        length += n;
        out[length++] = '\t';
    }

    /** A field or NULL when it is empty (or the file has no such column). */
    private void optionalCopy(byte[] s, int column) {
        if (length(column) == 0) {
            nullField();
        } else {
            copy(s, column);
        }
    }

    private void copyAfterMarker(byte[] s, int column) {
        int n = length(column) - 1;
        room(n + 1);
        System.arraycopy(s, starts[column] + 1, out, length, n);
        length += n;
        out[length++] = '\t';
    }

    private void append(byte[] value) {
        room(value.length + 1);
        System.arraycopy(value, 0, out, length, value.length);
        length += value.length;
        out[length++] = '\t';
    }

    private void number(long value) {
        append(ascii(Long.toString(value)));
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
