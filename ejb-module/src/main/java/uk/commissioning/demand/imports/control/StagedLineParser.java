package uk.commissioning.demand.imports.control;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.commissioning.demand.imports.entity.ImportFormat;
import uk.commissioning.period.Quarter;

/**
 * Turns a staged line into a row or a rejection, applying every rule of docs/DEMAND-FORMATS.md and reporting every
 * fault on the line, not only the first, so a sender can fix a file in one pass.
 */
public final class StagedLineParser {

    static final Set<String> AGE_BANDS = Set.of("0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75-84",
            "85+", "unknown");
    static final List<String> ONS4_COLUMNS = List.of("ons4_satisfied_before", "ons4_satisfied_after",
            "ons4_worthwhile_before", "ons4_worthwhile_after", "ons4_happy_before", "ons4_happy_after",
            "ons4_anxious_before", "ons4_anxious_after");
    static final Set<String> OUTCOMES = Set.of("ACCEPTED", "DECLINED", "DID_NOT_ATTEND", "COMPLETED");
    private static final Pattern SOURCE_SYSTEM = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern WARD = Pattern.compile("E05\\d{6}");
    private static final Pattern AREA = Pattern.compile("E0[59]\\d{6}");
    private static final Pattern PCN = Pattern.compile("U\\d{5}");
    private static final Pattern PRACTICE = Pattern.compile("[A-Z]\\d{5}");
    private static final BigDecimal SWEMWBS_MIN = new BigDecimal("7.00");
    private static final BigDecimal SWEMWBS_MAX = new BigDecimal("35.00");

    private static final int MAX_REMEMBERED = 10_000;
    /** The first day of financial year 1900-01, the earliest a quarter can be in. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 4, 1);

    private final ImportHeader header;
    private final ReferenceData reference;
    private final LocalDate today;
    private final FileColumns col;
    private final Map<String, NeedSet> knownNeeds = new HashMap<>();
    private final Map<String, Optional<String>> knownSources = new HashMap<>();

    public StagedLineParser(ImportHeader header, ReferenceData reference, LocalDate today) {
        this.header = header;
        this.reference = reference;
        this.today = today;
        this.col = new FileColumns(header);
    }

    public StagedRow parse(long lineNumber, String staged) {
        if (staged.isEmpty()) {
            return new StagedRow.Rejected(lineNumber, List.of(new LineError("", "blank line")));
        }
        if (staged.charAt(0) == '!') {
            return new StagedRow.Rejected(lineNumber, List.of(new LineError("", "not a CSV line: " + staged.substring(1))));
        }
        List<String> fields = CsvLine.parse(staged, 1);
        if (fields.size() != header.columns()) {
            return new StagedRow.Rejected(lineNumber, List.of(new LineError("",
                    "has " + fields.size() + " fields; the header has " + header.columns())));
        }
        Fields row = new Fields(fields);
        StagedRow parsed = header.format() == ImportFormat.REFERRALS ? referral(lineNumber, row) : aggregate(lineNumber, row);
        return row.errors.isEmpty() ? parsed : new StagedRow.Rejected(lineNumber, List.copyOf(row.errors));
    }

    private StagedRow referral(long line, Fields row) {
        String sourceSystem = row.matching(col.sourceSystem, SOURCE_SYSTEM, "must be 1-40 letters, digits, '.', '_' or '-'");
        String referralRef = row.required(col.referralId, 64);
        LocalDate date = row.date(col.referralDate);
        if (date != null && date.isAfter(today)) {
            row.error(col.referralDate, "is in the future");
            date = null;
        } else if (date != null && date.isBefore(EARLIEST_DATE)) {
            row.error(col.referralDate, "is before " + EARLIEST_DATE + ", the first day of the earliest financial year");
            date = null;
        }
        String[] person = person(row);
        String ageBand = row.required(col.ageBand, 10);
        if (ageBand != null && !AGE_BANDS.contains(ageBand)) {
            row.error(col.ageBand, "'" + ageBand + "' is not an age band (0-17, 18-24, … 75-84, 85+, unknown)");
        }
        String ward = row.matching(col.wardCode, WARD, "must be a ward code E05 followed by 6 digits");
        String borough = null;
        if (ward != null) {
            borough = reference.boroughOfWard().get(ward);
            if (borough == null) {
                row.error(col.wardCode, ward + " is not a London ward");
            }
        }
        String pcn = row.optionalMatching(col.pcnCode, PCN, "must be a PCN code: U followed by 5 digits");
        String practice = row.optionalMatching(col.practiceCode, PRACTICE, "must be a practice code: a letter and 5 digits");
        String source = referralSource(row, col.referralSource);
        String setting = row.optional(col.setting, 60);
        NeedSet needs = needs(row);
        Long serviceId = serviceId(row);
        String serviceName = row.optional(col.serviceName, 200);
        String outcome = row.required(col.outcome, 20);
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            outcome = outcome.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (!OUTCOMES.contains(outcome)) {
                row.error(col.outcome, "must be ACCEPTED, DECLINED, DID_NOT_ATTEND or COMPLETED");
            }
        }
        Integer[] ons4 = new Integer[ONS4_COLUMNS.size()];
        for (int i = 0; i < ons4.length; i++) {
            ons4[i] = row.wholeNumber(col.ons4[i], 0, 10);
        }
        BigDecimal swemwbsBefore = row.swemwbs(col.swemwbsBefore);
        BigDecimal swemwbsAfter = row.swemwbs(col.swemwbsAfter);
        Integer sessions = row.wholeNumber(col.sessionsAttended, 0, 100_000);
        if (!row.errors.isEmpty()) {
            return null;
        }
        return new StagedRow.Referral(line, sourceSystem, referralRef, date, Quarter.containing(date).startDate(),
                person[0], person[1], ageBand, ward, borough, pcn, practice, source, setting, needs.codes(), needs.mask(), serviceId,
                serviceName, outcome, ons4, swemwbsBefore, swemwbsAfter, sessions);
    }

    /** The staged hash from nhs_number, else from person_id; the NHS number wins when a row has both. */
    private String[] person(Fields row) {
        String nhs = row.raw(col.nhsNumber);
        String personId = row.raw(col.personId);
        boolean nhsRefused = nhs.startsWith("!");
        if (nhsRefused) {
            row.error(col.nhsNumber, nhs.substring(1));
        }
        if (personId.startsWith("!")) {
            row.error(col.personId, personId.substring(1));
        }
        if (nhs.startsWith("#")) {
            return new String[] {nhs.substring(1), "NHS"};
        }
        if (personId.startsWith("#")) {
            return new String[] {personId.substring(1), "LOCAL"};
        }
        if (!nhsRefused && !personId.startsWith("!")) {
            row.error(col.nhsNumber, "give an nhs_number or a person_id");
        }
        return new String[] {null, null};
    }

    /** A referral's need codes and their bits in {@code referral.need_mask}. */
    private record NeedSet(List<String> codes, long mask) {
        static final NeedSet NONE = new NeedSet(List.of(), 0);
    }

    private NeedSet needs(Fields row) {
        String raw = row.required(col.needs, 500);
        if (raw == null) {
            return NeedSet.NONE;
        }
        // A file repeats a few hundred combinations of needs a million times: a combination read without a fault is
        // remembered (a bounded number of them), so it is looked up once.
        NeedSet known = knownNeeds.get(raw);
        if (known != null) {
            return known;
        }
        int errorsBefore = row.errors.size();
        List<String> codes = needCodes(row, raw);
        if (row.errors.size() != errorsBefore) {
            return NeedSet.NONE;
        }
        NeedSet needs = new NeedSet(codes, reference.needBits().mask(codes));
        if (knownNeeds.size() < MAX_REMEMBERED) {
            knownNeeds.put(raw, needs);
        }
        return needs;
    }

    private List<String> needCodes(Fields row, String raw) {
        NeedCodes read = NeedCodes.read(reference, raw);
        for (String unknown : read.unknown()) {
            row.error(col.needs, "unknown need category '" + unknown + "'");
        }
        if (read.codes().isEmpty() && read.unknown().isEmpty()) {
            row.error(col.needs, "name at least one need category");
        }
        return read.codes();
    }

    /**
     * A referral's needs as written in its line: names or codes (any case, SNOMED CT codes too) split at ';' or '|',
     * blanks between them ignored, each need once. The parser and the fast path read them with this one rule.
     *
     * @param unknown the parts that name no need category, stripped
     */
    record NeedCodes(List<String> codes, List<String> unknown) {

        static NeedCodes read(ReferenceData reference, String raw) {
            Set<String> codes = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String part : raw.split("[;|]")) {
                if (part.isBlank()) {
                    continue;
                }
                Optional<String> code = reference.need(part);
                if (code.isPresent()) {
                    codes.add(code.get());
                } else {
                    unknown.add(part.strip());
                }
            }
            return new NeedCodes(List.copyOf(codes), unknown);
        }
    }

    private Long serviceId(Fields row) {
        String raw = row.raw(col.serviceId).strip();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            long id = Long.parseLong(raw);
            if (reference.serviceIds().contains(id)) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            row.error(col.serviceId, "'" + raw + "' is not a service id (a whole number from the service directory)");
            return null;
        }
        row.error(col.serviceId, "no service " + raw + " in the service directory");
        return null;
    }

    private String referralSource(Fields row, FileColumns.Column column) {
        String raw = row.required(column, 120);
        if (raw == null) {
            return null;
        }
        Optional<String> code = knownSources.get(raw);
        if (code == null) {
            code = reference.referralSource(raw);
            if (knownSources.size() < MAX_REMEMBERED) {
                knownSources.put(raw, code);
            }
        }
        if (code.isEmpty()) {
            row.error(column, "'" + raw + "' is not a referral source (GP, SELF, SOCIAL_CARE, HOSPITAL_DISCHARGE, JOBCENTRE, VCSE, OTHER)");
        }
        return code.orElse(null);
    }

    private StagedRow aggregate(long line, Fields row) {
        String sourceSystem = row.matching(col.sourceSystem, SOURCE_SYSTEM, "must be 1-40 letters, digits, '.', '_' or '-'");
        Quarter quarter = null;
        String quarterText = row.required(col.quarter, 20);
        if (quarterText != null) {
            try {
                quarter = Quarter.parse(quarterText);
            } catch (IllegalArgumentException notAQuarter) {
                row.error(col.quarter, notAQuarter.getMessage());
            }
        }
        if (quarter != null && quarter.startDate().isAfter(today)) {
            row.error(col.quarter, "is in the future");
        }
        String area = row.matching(col.areaCode, AREA, "must be a ward (E05…) or borough (E09…) code");
        String borough = null;
        if (area != null) {
            borough = reference.boroughOf(area).orElse(null);
            if (borough == null) {
                row.error(col.areaCode, area + " is not a London ward or borough");
            }
        }
        String need = null;
        String needText = row.required(col.need, 120);
        if (needText != null) {
            need = reference.need(needText).orElse(null);
            if (need == null) {
                row.error(col.need, "unknown need category '" + needText + "'");
            }
        }
        String source = referralSource(row, col.referralSource);
        Integer count = row.wholeNumber(col.count, 0, 10_000_000);
        if (count == null && row.errors.stream().noneMatch(e -> e.column().equals(col.count.name()))) {
            row.error(col.count, "required");
        }
        if (!row.errors.isEmpty()) {
            return null;
        }
        return new StagedRow.Aggregate(line, sourceSystem, quarter.startDate(), area, borough, need, source, count);
    }

    /** A ward code (E05 and six digits) is checked by hand, as it is on every line; other patterns by their regex. */
    private static boolean matches(Pattern pattern, String value) {
        if (pattern == WARD) {
            return value.length() == 9 && value.startsWith("E05") && digits(value, 3, 9);
        }
        return pattern.matcher(value).matches();
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** YYYY-MM-DD, read by hand (a formatter costs more than the rest of a line's checks). */
    static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-' || !digits(text, 0, 4)
                || !digits(text, 5, 7) || !digits(text, 8, 10)) {
            throw new DateTimeException("not YYYY-MM-DD");
        }
        return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                Integer.parseInt(text, 8, 10, 10));
    }

    /** One row's fields by column, collecting errors as they are found. */
    private final class Fields {

        private final List<String> values;
        private final List<LineError> errors = new ArrayList<>();

        Fields(List<String> values) {
            this.values = values;
        }

        void error(FileColumns.Column column, String reason) {
            errors.add(new LineError(column.name(), reason));
        }

        String raw(FileColumns.Column column) {
            return column.index() < 0 ? "" : values.get(column.index());
        }

        String optional(FileColumns.Column column, int maxLength) {
            String value = raw(column).strip();
            if (value.isEmpty()) {
                return null;
            }
            if (value.length() > maxLength) {
                error(column, "is longer than " + maxLength + " characters");
                return null;
            }
            return value;
        }

        String required(FileColumns.Column column, int maxLength) {
            String value = optional(column, maxLength);
            if (value == null && raw(column).isBlank()) {
                error(column, "required");
            }
            return value;
        }

        String matching(FileColumns.Column column, Pattern pattern, String rule) {
            String value = required(column, 200);
            if (value != null && !matches(pattern, value)) {
                error(column, rule);
                return null;
            }
            return value;
        }

        String optionalMatching(FileColumns.Column column, Pattern pattern, String rule) {
            String value = optional(column, 200);
            if (value != null && !matches(pattern, value)) {
                error(column, rule);
                return null;
            }
            return value;
        }

        LocalDate date(FileColumns.Column column) {
            String value = required(column, 10);
            if (value == null) {
                return null;
            }
            try {
                return isoDate(value);
            } catch (DateTimeException notADate) {
                error(column, "'" + value + "' is not a date YYYY-MM-DD");
                return null;
            }
        }

        Integer wholeNumber(FileColumns.Column column, int min, int max) {
            String value = optional(column, 12);
            if (value == null) {
                return null;
            }
            try {
                int number = Integer.parseInt(value);
                if (number < min || number > max) {
                    error(column, "must be from " + min + " to " + max);
                    return null;
                }
                return number;
            } catch (NumberFormatException notANumber) {
                error(column, "'" + value + "' is not a whole number");
                return null;
            }
        }

        BigDecimal swemwbs(FileColumns.Column column) {
            String value = optional(column, 12);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal score = new BigDecimal(value);
                if (score.scale() > 2 || score.compareTo(SWEMWBS_MIN) < 0 || score.compareTo(SWEMWBS_MAX) > 0) {
                    error(column, "must be a SWEMWBS metric score from 7.00 to 35.00 (at most 2 decimals)");
                    return null;
                }
                return score.setScale(2);
            } catch (NumberFormatException notANumber) {
                error(column, "'" + value + "' is not a number");
                return null;
            }
        }
    }
}
