package uk.commissioning.demand.imports.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.commissioning.demand.control.NeedBits;
import uk.commissioning.demand.imports.entity.ImportFormat;
import uk.commissioning.demo.SyntheticReferrals;
import uk.commissioning.period.FinancialYear;

/**
 * The fast path must never decide a line differently from the parser: wherever it answers, its key and text equal
 * what the parser's referral encodes to. Checked over a generated file and over lines damaged or varied column by
 * column (values the parser rejects, rewrites or accepts as they are).
 */
class PlainReferralLinesTest {

    private static final String[] NEEDS = {"MENTAL_WELLBEING", "LONELINESS_ISOLATION", "WELFARE_BENEFITS_DEBT", "HOUSING",
            "PHYSICAL_ACTIVITY", "LTC_SELF_MANAGEMENT", "FOOD_FUEL_POVERTY", "EMPLOYMENT_SKILLS", "ARTS_CREATIVITY",
            "CARERS_SUPPORT", "SOCIAL_WELFARE_LEGAL_ADVICE", "DIGITAL_INCLUSION"};
    private static final String[] SOURCES = {"GP", "SELF", "SOCIAL_CARE", "HOSPITAL_DISCHARGE", "JOBCENTRE", "VCSE", "OTHER"};
    private static final LocalDate TODAY = LocalDate.of(2020, 2, 15);
    private static final List<String> COLUMNS = List.of(SyntheticReferrals.HEADER.split(","));

    private final List<SyntheticReferrals.Ward> wards = SyntheticReferrals.londonWards();
    private final ReferenceData reference = reference();
    private final ImportHeader header = ImportHeader.check(ImportFormat.REFERRALS, CsvLine.parse(SyntheticReferrals.HEADER));
    private final StagedLineParser parser = new StagedLineParser(header, reference, TODAY);
    private final PlainReferralLines plain = PlainReferralLines.of(header, reference, TODAY);
    private final ReferralTsv.Encoder encoder = new ReferralTsv.Encoder();

    private ReferenceData reference() {
        Map<String, String> boroughOfWard = wards.stream()
                .collect(Collectors.toMap(SyntheticReferrals.Ward::code, SyntheticReferrals.Ward::boroughCode));
        Map<String, String> needs = new HashMap<>();
        Map<String, Integer> bits = new HashMap<>();
        for (int i = 0; i < NEEDS.length; i++) {
            needs.put(ReferenceData.key(NEEDS[i]), NEEDS[i]);
            bits.put(NEEDS[i], i == 3 ? 40 : i);   // one need high up, so a mask is more than a few digits
        }
        needs.put("365500004", "HOUSING");
        Map<String, String> sources = new HashMap<>();
        for (String source : SOURCES) {
            sources.put(ReferenceData.key(source), source);
        }
        sources.put(ReferenceData.key("self-referral"), "SELF");
        return new ReferenceData(boroughOfWard, Set.copyOf(boroughOfWard.values()), needs, sources, Set.of(7L, 42L, 0L),
                new NeedBits(bits));
    }

    /** A generated year of referrals (with service ids), staged as an upload is. */
    private List<String> generatedLines(int rows) throws IOException {
        Map<String, List<Long>> services = new HashMap<>();
        for (SyntheticReferrals.Ward ward : wards) {
            for (String need : NEEDS) {
                services.put(ward.boroughCode() + "|" + need, List.of(7L, 42L));
            }
        }
        StringWriter csv = new StringWriter();
        new SyntheticReferrals(11, wards, FinancialYear.parse("2019-20"), services).write(rows, "ELEM", csv);
        return csv.toString().lines().toList();
    }

    /** The fast path's answer, checked against the parser's; true when the fast path took the line. */
    private boolean sameAsTheParser(long number, String stagedLine) {
        byte[] bytes = stagedLine.getBytes(StandardCharsets.UTF_8);
        StagedRow.ReferralLine fast = plain.referral(number, bytes, 0, bytes.length);
        if (fast == null) {
            return false;
        }
        StagedRow parsed;
        try {
            parsed = parser.parse(number, stagedLine);
        } catch (IllegalArgumentException refused) {   // as the job's processor takes it: a rejected line
            parsed = new StagedRow.Rejected(number, List.of(new LineError("", refused.getMessage())));
        }
        StagedRow result = parsed;
        StagedRow.Referral referral = assertInstanceOf(StagedRow.Referral.class, result, () -> "the fast path took a line the parser refuses: "
                + stagedLine + " → " + result);
        assertEquals(referral.key(), fast.key(), stagedLine);
        assertEquals(number, fast.line());
        assertArrayEquals(encoder.line(referral), fast.tsv(), () -> stagedLine + "\n fast:   "
                + new String(fast.tsv(), StandardCharsets.UTF_8) + " parser: " + new String(encoder.line(referral), StandardCharsets.UTF_8));
        return true;
    }

    @Test
    void aGeneratedFileIsReadAsTheParserReadsIt() throws IOException {
        List<String> lines = generatedLines(5000);
        ByteArrayOutputStream staged = new ByteArrayOutputStream();
        ImportStaging.stage(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
                ImportFormat.REFERRALS, staged, DemandFileTest.KEY);
        List<String> stagedLines = staged.toString(StandardCharsets.UTF_8).lines().toList();
        int taken = 0;
        for (int i = 1; i < stagedLines.size(); i++) {
            if (sameAsTheParser(i + 1, stagedLines.get(i))) {
                taken++;
            }
        }
        // Lines dated after TODAY are the parser's to refuse; all the others are plain.
        long future = lines.stream().skip(1).filter(l -> LocalDate.parse(l.split(",")[2]).isAfter(TODAY)).count();
        assertEquals(stagedLines.size() - 1 - future, taken, "every plain line takes the fast path");
        assertTrue(taken > 4000, "the generated file is mostly plain lines: " + taken);
    }

    @Test
    void aVariedOrDamagedLineIsReadAsTheParserReadsItOrLeftToTheParser() throws IOException {
        Map<String, List<String>> variants = new HashMap<>();
        variants.put("source_system", List.of("", "ELEM!", "A".repeat(40), "A".repeat(41), "a.b_c-d", " ELEM", "ÉLEM"));
        variants.put("referral_id", List.of("", "x".repeat(64), "x".repeat(65), "R 1", "R\"1", "\"R,1\"", "R\\1", "R\t1", "R-café"));
        variants.put("referral_date", List.of("2019-02-29", "2020-02-29", "2020-02-15", "2020-02-16", "2019-13-01", "2019-04-31",
                "19-04-01", " 2019-04-01", "0999-04-01", "1001-01-01", "1900-03-31", "1900-04-01", "2019-4-01", "2019-06-30", "2019-07-01", "2019-12-31",
                "2020-01-01", "2019-03-31", ""));
        variants.put("nhs_number", List.of("", "9434765918", "943 476 5919", "9434765919", "x"));
        variants.put("person_id", List.of("", "P-1", " P-1", "P" + "1".repeat(64), "P-café"));
        variants.put("age_band", List.of("65-74 ", "90+", "", "unknown", "85+", "0-17"));
        variants.put("ward_code", List.of("E05000000", "E0500000", "e05009317", "E09000001", "E05009317", ""));
        variants.put("pcn_code", List.of("U12345", "U1234", "X12345", "u12345", " U12345", ""));
        variants.put("practice_code", List.of("F84001", "f84001", "F8400", "Z99999", ""));
        variants.put("referral_source", List.of("gp", "GP ", "Self-referral", "Postman", "", "SOCIAL CARE", "social_care",
                "HOSPITAL_DISCHARGE"));
        variants.put("setting", List.of("x".repeat(60), "x".repeat(61), "", " home", "café", "tab\there", "back\\slash",
                "\"a, b\"", "a\u007fb"));
        variants.put("needs", List.of("Housing", "housing;MENTAL_WELLBEING", "365500004", "Housing;;", ";", "Plumbing",
                "HOUSING|HOUSING", " Housing ", "Housing; Mental wellbeing", "", "x".repeat(501)));
        variants.put("service_id", List.of("7", "07", "+7", "99", "abc", "0", "42", "", " 7", "9".repeat(19)));
        variants.put("service_name", List.of("Bromley by Bow", "x".repeat(200), "x".repeat(201), "café", ""));
        variants.put("outcome", List.of("completed", "DID NOT ATTEND", "MAYBE", "", "COMPLETED ", "DECLINED", "did-not-attend"));
        variants.put("ons4_happy_after", List.of("0", "10", "11", "07", "-1", "+5", "5.0", " 5", "", "00"));
        variants.put("swemwbs_before", List.of("7", "7.0", "7.00", "35", "35.00", "35.01", "6.99", "19.255", "019.25", "19.",
                ".5", "1e1", "20.5", "+20", "", "20.05", "9.9"));
        variants.put("sessions_attended", List.of("0", "100000", "100001", "007", "-3", "", "1234567"));

        List<String> lines = generatedLines(400);
        Random random = new Random(5);
        int taken = 0;
        int checked = 0;
        for (Map.Entry<String, List<String>> column : variants.entrySet()) {
            int index = COLUMNS.indexOf(column.getKey());
            for (String value : column.getValue()) {
                for (int sample = 0; sample < 8; sample++) {
                    String[] fields = lines.get(1 + random.nextInt(lines.size() - 1)).split(",", -1);
                    fields[index] = value;
                    String line = String.join(",", fields);
                    String staged = ImportStaging.stageLine(line, header, DemandFileTest.KEY);
                    checked++;
                    if (sameAsTheParser(2, staged)) {
                        taken++;
                    }
                }
            }
        }
        assertTrue(taken > checked / 4 && taken < checked, taken + " of " + checked + " varied lines took the fast path");
    }

    @Test
    void eachRuleHasItsPlainCaseAndItsRefusal() {
        String line = "+ELEM,R-1,2019-05-14,#0123456789abcdef0123456789abcdef,,65-74," + wards.get(0).code()
                + ",U12345,F84001,GP,home visit,HOUSING;MENTAL_WELLBEING,7,Bromley by Bow,COMPLETED,5,6,5,6,5,6,7,5,19.5,21,4";
        assertTrue(sameAsTheParser(2, line));
        String text = new String(plain.referral(2, line.getBytes(StandardCharsets.UTF_8), 0, line.length()).tsv(), StandardCharsets.UTF_8);
        assertEquals("ELEM\tR-1\t2019-05-14\t2019-04-01\t0123456789abcdef0123456789abcdef\tNHS\t65-74\t" + wards.get(0).code()
                + "\t" + wards.get(0).boroughCode() + "\tU12345\tF84001\tGP\thome visit\t" + ((1L << 40) | 1L)
                + "\t7\tBromley by Bow\tCOMPLETED\t5\t6\t5\t6\t5\t6\t7\t5\t19.50\t21.00\t4\n", text);
        for (String refused : List.of(line.replace("COMPLETED", "completed"), line.replace(",21,", ",021,"),
                line.replace(",GP,", ",Postman,"), line.replace("+ELEM", "!ELEM"), line.replace(",#0123", ",!0123"),
                line.replace("2019-05-14", "2021-05-14"), line + ",extra")) {
            byte[] bytes = refused.getBytes(StandardCharsets.UTF_8);
            assertNull(plain.referral(2, bytes, 0, bytes.length), refused);
        }
        assertNotNull(parser.parse(2, line.replace("COMPLETED", "completed")), "rewritten by the parser instead");
        assertNull(PlainReferralLines.of(ImportHeader.check(ImportFormat.AGGREGATE,
                List.of("source_system", "quarter", "area_code", "need", "referral_source", "count")), reference, TODAY),
                "no fast path for aggregate files");
    }
}
