package uk.commissioning.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.commissioning.demand.imports.control.NhsNumber;
import uk.commissioning.period.FinancialYear;

/**
 * Fictional referral-level demand files, the same for the same seed: the demo's referrals and the benchmark's
 * million rows. Wards are drawn by population, more often where deprivation (IMD 2019) is higher; needs follow the
 * mix the brief describes (mental wellbeing, loneliness and money worries most common); NHS numbers are valid
 * numbers in the 999 range the NHS reserves for testing, so no real person's number can appear.
 * <p>
 * {@code java -cp ejb-module/target/classes:sql/target/classes uk.commissioning.demo.SyntheticReferrals
 * ROWS [SEED] [2019-20] > file.csv}
 */
public final class SyntheticReferrals {

    public static final String HEADER = "source_system,referral_id,referral_date,nhs_number,person_id,age_band,ward_code,"
            + "pcn_code,practice_code,referral_source,setting,needs,service_id,service_name,outcome,"
            + "ons4_satisfied_before,ons4_satisfied_after,ons4_worthwhile_before,ons4_worthwhile_after,"
            + "ons4_happy_before,ons4_happy_after,ons4_anxious_before,ons4_anxious_after,swemwbs_before,swemwbs_after,"
            + "sessions_attended";
    private static final String[] NEEDS = {"MENTAL_WELLBEING", "LONELINESS_ISOLATION", "WELFARE_BENEFITS_DEBT", "HOUSING",
            "PHYSICAL_ACTIVITY", "LTC_SELF_MANAGEMENT", "FOOD_FUEL_POVERTY", "EMPLOYMENT_SKILLS", "ARTS_CREATIVITY",
            "CARERS_SUPPORT", "SOCIAL_WELFARE_LEGAL_ADVICE", "DIGITAL_INCLUSION"};
    private static final int[] NEED_WEIGHTS = {22, 18, 14, 10, 8, 7, 6, 5, 4, 3, 2, 1};
    private static final String[] SOURCES = {"GP", "SELF", "SOCIAL_CARE", "HOSPITAL_DISCHARGE", "JOBCENTRE", "VCSE", "OTHER"};
    private static final int[] SOURCE_WEIGHTS = {60, 12, 9, 5, 3, 8, 3};
    private static final String[] AGE_BANDS = {"18-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75-84", "85+"};
    private static final int[] AGE_WEIGHTS = {6, 12, 14, 16, 17, 16, 13, 6};
    private static final String[] OUTCOMES = {"COMPLETED", "ACCEPTED", "DID_NOT_ATTEND", "DECLINED"};
    private static final int[] OUTCOME_WEIGHTS = {55, 25, 12, 8};
    private static final String[] SETTINGS = {"GP practice", "community hub", "home visit", "telephone"};

    /** A ward to draw referrals from, with its weight (population × deprivation). */
    public record Ward(String code, String boroughCode, long population, double imdScore) {
    }

    private final Random random;
    private final List<Ward> wards;
    private final double[] wardCumulative;
    private final FinancialYear year;
    private final Map<String, List<Long>> servicesByBoroughAndNeed;

    /**
     * @param servicesByBoroughAndNeed service ids to refer to, keyed {@code borough|need}; empty for none
     */
    public SyntheticReferrals(long seed, List<Ward> wards, FinancialYear year, Map<String, List<Long>> servicesByBoroughAndNeed) {
        this.random = new Random(seed);
        this.wards = List.copyOf(wards);
        this.year = year;
        this.servicesByBoroughAndNeed = servicesByBoroughAndNeed;
        this.wardCumulative = new double[wards.size()];
        double total = 0;
        for (int i = 0; i < wards.size(); i++) {
            Ward ward = wards.get(i);
            total += ward.population() * (0.5 + ward.imdScore() / 40.0);
            wardCumulative[i] = total;
        }
    }

    /** The 633 London wards of the reference data (migration V003, copied from the GLA's IMD 2019 file). */
    public static List<Ward> londonWards() {
        try (InputStream sql = SyntheticReferrals.class.getClassLoader().getResourceAsStream("db/migration/V003__london_areas.sql")) {
            if (sql == null) {
                throw new IllegalStateException("db/migration/V003__london_areas.sql is not on the class path");
            }
            String text = new String(sql.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\\('(E05\\d{6})', '(?:[^']|'')*', '(E09\\d{6})', (\\d+), ([\\d.]+),").matcher(text);
            List<Ward> wards = new ArrayList<>();
            while (m.find()) {
                wards.add(new Ward(m.group(1), m.group(2), Long.parseLong(m.group(3)), Double.parseDouble(m.group(4))));
            }
            return wards;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(long rows, String sourceSystem, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        long people = Math.max(1, rows * 10 / 14);
        int days = (int) (year.endDate().toEpochDay() - year.startDate().toEpochDay()) + 1;
        StringBuilder line = new StringBuilder(256);
        for (long i = 1; i <= rows; i++) {
            line.setLength(0);
            long person = (long) (random.nextDouble() * people);
            Ward ward = ward(person);
            LocalDate date = year.startDate().plusDays(random.nextInt(days));
            String need = pick(NEEDS, NEED_WEIGHTS);
            String needs = random.nextInt(4) == 0 ? need + ";" + pick(NEEDS, NEED_WEIGHTS) : need;
            String outcome = pick(OUTCOMES, OUTCOME_WEIGHTS);
            List<Long> services = servicesByBoroughAndNeed.getOrDefault(ward.boroughCode() + "|" + need, List.of());
            line.append(sourceSystem).append(",R-").append(i).append(',').append(date).append(',');
            if (person % 10 < 7) {
                line.append(nhsNumber(person)).append(',');
            } else {
                line.append(",P-").append(person);
            }
            line.append(',').append(pick(AGE_BANDS, AGE_WEIGHTS)).append(',').append(ward.code()).append(",,,")
                    .append(pick(SOURCES, SOURCE_WEIGHTS)).append(',').append(SETTINGS[random.nextInt(SETTINGS.length)])
                    .append(',').append(needs).append(',')
                    .append(services.isEmpty() ? "" : services.get(random.nextInt(services.size()))).append(",,")
                    .append(outcome);
            if (outcome.equals("COMPLETED")) {
                for (int item = 0; item < 4; item++) {
                    int before = 2 + random.nextInt(6);
                    int change = random.nextInt(5) - 1;
                    int after = Math.max(0, Math.min(10, item == 3 ? before - change : before + change));
                    line.append(',').append(before).append(',').append(after);
                }
                double swemwbsBefore = 14 + random.nextInt(1200) / 100.0;
                double swemwbsAfter = Math.min(35, Math.max(7, swemwbsBefore + (random.nextInt(900) - 250) / 100.0));
                line.append(',').append(String.format(Locale.ROOT, "%.2f", swemwbsBefore))
                        .append(',').append(String.format(Locale.ROOT, "%.2f", swemwbsAfter))
                        .append(',').append(1 + random.nextInt(10));
            } else {
                line.append(",,,,,,,,,,,");
            }
            out.append(line).append('\n');
        }
        out.flush();
    }

    /** Each person lives in one ward: the ward is drawn from a generator seeded by the person. */
    private Ward ward(long person) {
        double target = new Random(person * 0x9E3779B97F4A7C15L).nextDouble() * wardCumulative[wardCumulative.length - 1];
        int low = 0;
        int high = wardCumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (wardCumulative[mid] < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return wards.get(low);
    }

    /** A valid NHS number in the 999 test range for each person id. */
    static String nhsNumber(long person) {
        for (long candidate = person * 11; ; candidate++) {
            String number = NhsNumber.withCheckDigit("999" + String.format("%06d", candidate % 1_000_000));
            if (number != null) {
                return number;
            }
        }
    }

    private String pick(String[] values, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2019L;
        FinancialYear year = FinancialYear.parse(args.length > 2 ? args[2] : "2019-20");
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        new SyntheticReferrals(seed, londonWards(), year, Map.of()).write(rows, "BENCH-LINK", out);
        out.flush();
    }
}
