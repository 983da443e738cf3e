package uk.commissioning.demand.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.commissioning.demand.control.NeedBits;
import uk.commissioning.demand.imports.entity.ImportFormat;

class DemandFileTest {

    static final String HEADER = "source_system,referral_id,referral_date,nhs_number,person_id,age_band,ward_code,"
            + "referral_source,needs,service_id,outcome,swemwbs_before,swemwbs_after,ons4_anxious_before";
    static final Pseudonymiser KEY = new Pseudonymiser("test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    static final ReferenceData REFERENCE = new ReferenceData(Map.of("E05009317", "E09000030"), Set.of("E09000030"),
            Map.of("housing", "HOUSING", "365500004", "HOUSING", "mental wellbeing", "MENTAL_WELLBEING"),
            Map.of("gp", "GP", "self", "SELF", "self-referral", "SELF"), Set.of(7L), new NeedBits(Map.of("HOUSING", 0, "MENTAL_WELLBEING", 4)));

    @Test
    void csvFieldsAreUnquotedAndRequoted() {
        assertEquals(List.of("a", "b,c", "say \"hi\"", ""), CsvLine.parse("a,\"b,c\",\"say \"\"hi\"\"\","));
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",", CsvLine.format(List.of("a", "b,c", "say \"hi\"", "")));
        assertThrows(IllegalArgumentException.class, () -> CsvLine.parse("a,\"open"));
        assertThrows(IllegalArgumentException.class, () -> CsvLine.parse("a,b\"c"));
        assertEquals(List.of("b", "c"), CsvLine.parse("x,b,c", 2));
        assertEquals(List.of("b", "c,d"), CsvLine.parse("x,b,\"c,d\"", 2));
        assertEquals(List.of("a", ""), CsvLine.parse("+a,", 1));
    }

    @Test
    void nhsNumberCheckDigitIsModulus11() {
        assertTrue(NhsNumber.checkDigitValid("9434765919"));   // NHS Digital's published example
        assertFalse(NhsNumber.checkDigitValid("9434765918"));
        assertEquals("9434765919", NhsNumber.digits("943 476 5919"));
        assertEquals("9434765919", NhsNumber.withCheckDigit("943476591"));
        assertNull(NhsNumber.digits("94347659"));
        assertNull(NhsNumber.withCheckDigit("000000006"));     // 6·2 = 12, 12 mod 11 = 1, 11 − 1 = 10: no valid number
    }

    @Test
    void headerFaultsNameTheColumn() {
        ImportHeader header = ImportHeader.check(ImportFormat.REFERRALS,
                List.of("source_system", "referral_id", "referral_date", "age_band", "ward", "referral_source", "needs",
                        "outcome", "needs"));
        assertFalse(header.valid());
        assertEquals(List.of(
                new LineError("ward", "unknown column for the referrals format (docs/DEMAND-FORMATS.md lists the columns)"),
                new LineError("needs", "the column is named twice"),
                new LineError("ward_code", "required column missing"),
                new LineError("nhs_number", "the header needs an nhs_number or a person_id column")), header.errors());
    }

    @Test
    void anOverLongHeaderNameIsReportedCutToTheReportsWidth() {
        String pasted = "a column name pasted from a spreadsheet title row ".repeat(5) + "\uD83D\uDE00";
        ImportHeader header = ImportHeader.check(ImportFormat.REFERRALS,
                List.of("source_system", "referral_id", "nhs_number", "referral_date", "age_band", "ward_code",
                        "referral_source", "needs", "outcome", pasted));
        LineError fault = header.errors().get(0);
        assertEquals(60, fault.column().length());
        assertTrue(fault.column().startsWith("a column name pasted") && fault.column().endsWith("..."));
        assertEquals("ab...", LineError.fit("ab\uD83D\uDE00xyz", 6), "a surrogate pair is never split");
        assertEquals(500, new LineError.OnLine(2, "needs", "x".repeat(900)).reason().length());
    }

    @Test
    void stagingReplacesIdentifiersBeforeAnythingIsWritten() throws IOException {
        String upload = "\uFEFF" + HEADER + "\n"
                + "ELEM,R1,2019-05-14,943 476 5919,,65-74,E05009317,GP,Housing;365500004,7,COMPLETED,19.25,23.21,7\n"
                + "\n"
                + "ELEM,R2,2019-05-15,9434765918,,25-34,E05009317,GP,Housing,,ACCEPTED,,,\n"
                + "ELEM,\"R3,2019-05-15\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportStaging.Staged staged = ImportStaging.stage(new ByteArrayInputStream(upload.getBytes(StandardCharsets.UTF_8)),
                null, out, KEY);
        assertEquals(ImportFormat.REFERRALS, staged.format());
        assertTrue(staged.headerValid());
        assertEquals(4, staged.dataLines());
        String text = out.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("9434765919") || text.contains("943 476 5919") || text.contains("9434765918"), text);
        List<String> lines = text.lines().toList();
        assertEquals(HEADER, lines.get(0));
        assertTrue(lines.get(1).contains(",#" + KEY.ofNhsNumber("9434765919") + ","), lines.get(1));
        assertEquals("", lines.get(2));
        assertTrue(lines.get(3).contains(",!fails the modulus 11 check,"), lines.get(3));
        assertTrue(lines.get(4).startsWith("!a quoted field is not closed"), lines.get(4));

        StagedLineParser parser = new StagedLineParser(ImportHeader.check(ImportFormat.REFERRALS, CsvLine.parse(HEADER)),
                REFERENCE, LocalDate.of(2020, 1, 1));
        StagedRow.Referral row = assertInstanceOf(StagedRow.Referral.class, parser.parse(2, lines.get(1)));
        assertEquals(List.of("HOUSING"), row.needs());
        assertEquals(1L, row.needMask());
        assertEquals("E09000030", row.boroughCode());
        assertEquals(LocalDate.of(2019, 4, 1), row.quarterStart());
        assertEquals("NHS", row.personKeyKind());
        assertEquals(new BigDecimal("23.21"), row.swemwbsAfter());
        assertEquals(7, row.ons4()[6]);
        assertEquals(List.of(new LineError("", "blank line")),
                assertInstanceOf(StagedRow.Rejected.class, parser.parse(3, lines.get(2))).errors());
        assertEquals(List.of(new LineError("nhs_number", "fails the modulus 11 check")),
                assertInstanceOf(StagedRow.Rejected.class, parser.parse(4, lines.get(3))).errors());
        assertEquals("not a CSV line: a quoted field is not closed on this line",
                assertInstanceOf(StagedRow.Rejected.class, parser.parse(5, lines.get(4))).errors().get(0).reason());
    }

    @Test
    void anUnquotedLineIsStagedAsParsingAndRewritingItWould() {
        ImportHeader header = ImportHeader.check(ImportFormat.REFERRALS, CsvLine.parse(HEADER));
        for (String line : List.of(
                "ELEM,R1,2019-05-14,943 476 5919,,65-74,E05009317,GP,Housing,7,COMPLETED,19.25,23.21,7",
                "ELEM,R2,2019-05-14,,P-42,65-74,E05009317,GP,Housing,,ACCEPTED,,,",
                "ELEM,R3,2019-05-14,9434765918,P-42,65-74,E05009317,GP,Housing,,ACCEPTED,,,",
                " ELEM ,R4,2019-05-14,12345,x,,,,,,,,,",
                "ELEM,R5,2019-05-14,9434765919,P-1",
                "ELEM,R6,2019-05-14,9434765919,P-1,a,b,c,d,e,f,g,h,i,j,k")) {
            String slow = "+" + CsvLine.format(stagedFieldsTheSlowWay(line, header));
            assertEquals(slow, ImportStaging.stageLine(line, header, KEY), line);
        }
        assertEquals(Pseudonymiser.KEY_HEX_DIGITS, KEY.ofNhsNumber("9434765919").length());
        assertEquals(KEY.ofPersonId("ELEM", "P-42"), KEY.ofPersonId("ELEM", "P-42"));
    }

    @Test
    void anUploadIsStagedFromBytesAsTheTextPathStagesEachOfItsLines() throws IOException {
        String header = "source_system,referral_id,nhs_number,person_id,needs,referral_date,age_band,ward_code,referral_source,outcome";
        String rest = ",2019-05-14,65-74,E05009317,GP,COMPLETED";
        List<String> lines = Stream.of(
                "ELEM,R1,9434765919,,Housing",             // a bare valid NHS number: hashed from the bytes
                "ELEM,R2,9434765918,,Housing",             // fails the check digit
                "ELEM,R3,943 476 5919,,Housing",           // spaces: the text path's digits()
                "ELEM,R4,943-476-5919,P-1,Housing",        // dashes, and a person id as well
                "ELEM,R5, 9434765919 ,,Housing",           // padded
                "ELEM,R6,94347659,,Housing",               // too short
                "ELEM,R7,,P-42,Housing",                   // a person id
                "ELEM,R8,, P-42 ,Housing",                 // a padded person id
                " ELEM ,R9,,P-42,Housing",                 // a padded source system
                "ELEM,R10,,   ,Housing",                   // a blank person id
                "ELEM,R11,,\t,Housing",                   // a tab for a person id
                "ELEM,R12,,\u0001x\u0001,Housing",       // control characters that strip() keeps
                "ELEM,R13,,P-" + "9".repeat(62) + ",Housing",   // 64 characters: the longest allowed
                "ELEM,R14,,P-" + "9".repeat(63) + ",Housing",   // 65: refused
                ",R15,,P-42,Housing",                      // no source system
                "ELEM,R16,,,Housing",                      // neither identifier
                "ELEM,R17,,café,Housing",                  // not ASCII: the text path
                "ELEM,\"R18\",9434765919,,Housing",        // quoted: the text path
                "ELEM,R19,9434765919,,Housing,extra",     // a field too many
                "ELEM,R20,9434765919",                     // too few
                "",                                        // blank
                "   ",                                     // blank with spaces
                "ELEM,\"R21,open",                          // malformed
                "ELEM,R22,9434765919,,Housing \"quoted\"",  // a quote inside a field
                "ELEM,R23,0000000000,,Housing")           // ten zeros: a valid check digit
                .map(line -> line.isBlank() ? line : line + rest).toList();
        ImportHeader checked = ImportHeader.check(ImportFormat.REFERRALS, CsvLine.parse(header));
        StringBuilder expected = new StringBuilder(header).append('\n');
        for (String line : lines) {
            expected.append(ImportStaging.stageLine(line, checked, KEY)).append('\n');
        }
        for (String ending : List.of("\n", "\r\n", "\r")) {
            String upload = header + ending + String.join(ending, lines);
            for (String last : List.of("", ending)) {
                // A tiny stream buffer would hide nothing: UploadLines reads as much as the stream gives, so the
                // upload is also fed a byte at a time.
                for (boolean byteAtATime : List.of(false, true)) {
                    byte[] bytes = (upload + last).getBytes(StandardCharsets.UTF_8);
                    java.io.InputStream in = byteAtATime ? new OneByteAtATime(bytes) : new ByteArrayInputStream(bytes);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ImportStaging.Staged staged = ImportStaging.stage(in, ImportFormat.REFERRALS, out, KEY);
                    String name = "ending " + ending.replace("\r", "CR").replace("\n", "LF") + (last.isEmpty() ? "" : " after the last")
                            + (byteAtATime ? ", a byte at a time" : "");
                    assertEquals(lines.size(), staged.dataLines(), name);
                    assertEquals(expected.toString(), out.toString(StandardCharsets.UTF_8), name);
                }
            }
        }
        // The lines are where BufferedReader would have split them.
        String mixed = "a\r\nb\rc\n\nd\r\re";
        List<String> split = new java.util.ArrayList<>();
        UploadLines byteLines = new UploadLines(new ByteArrayInputStream(mixed.getBytes(StandardCharsets.UTF_8)));
        while (byteLines.next()) {
            split.add(byteLines.text());
        }
        assertEquals(new BufferedReader(new StringReader(mixed)).lines().toList(), split);
    }

    /** An upload that arrives a byte per read, as a slow connection may deliver it. */
    private static final class OneByteAtATime extends java.io.InputStream {
        private final byte[] bytes;
        private int next;

        OneByteAtATime(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return next < bytes.length ? bytes[next++] & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int from, int length) {
            if (length == 0) {
                return 0;
            }
            int b = read();
            if (b < 0) {
                return -1;
            }
            into[from] = (byte) b;
            return 1;
        }
    }

    /** The same line with every field quoted, so staging takes the slow way: parse, hash the identifier fields, re-write. */
    private static List<String> stagedFieldsTheSlowWay(String line, ImportHeader header) {
        List<String> fields = new java.util.ArrayList<>(CsvLine.parse(line));
        String quoted = line.replace(",", "\",\"");
        assertEquals(fields, CsvLine.parse("\"" + quoted + "\""));
        String staged = ImportStaging.stageLine("\"" + quoted + "\"", header, KEY);
        return CsvLine.parse(staged.substring(1));
    }

    @Test
    void everyFaultOnALineIsReported() throws IOException {
        String row = "ELEM!,R9,2030-01-01,,px-1,90+,E05999999,Postman,Plumbing,99,MAYBE,40,6.5,11";
        StagedLineParser parser = new StagedLineParser(ImportHeader.check(ImportFormat.REFERRALS, CsvLine.parse(HEADER)),
                REFERENCE, LocalDate.of(2020, 1, 1));
        StagedRow.Rejected rejected = assertInstanceOf(StagedRow.Rejected.class,
                parser.parse(9, ImportStaging.stageLine(row, ImportHeader.check(ImportFormat.REFERRALS, CsvLine.parse(HEADER)), KEY)));
        assertEquals(List.of("source_system", "referral_date", "age_band", "ward_code", "referral_source", "needs",
                        "service_id", "outcome", "ons4_anxious_before", "swemwbs_before", "swemwbs_after"),
                rejected.errors().stream().map(LineError::column).toList());
        assertTrue(rejected.errors().stream().noneMatch(e -> e.reason().contains("px-1")));
    }

    @Test
    void aggregateRowsTakeAWardOrABorough() {
        String header = "source_system,quarter,area_code,need,referral_source,count";
        StagedLineParser parser = new StagedLineParser(ImportHeader.check(ImportFormat.AGGREGATE, CsvLine.parse(header)),
                REFERENCE, LocalDate.of(2020, 1, 1));
        StagedRow.Aggregate ward = assertInstanceOf(StagedRow.Aggregate.class,
                parser.parse(2, "+WF,2019-20 Q2,E05009317,Housing,Self-referral,41"));
        assertEquals(LocalDate.of(2019, 7, 1), ward.quarterStart());
        assertEquals("SELF", ward.referralSource());
        assertInstanceOf(StagedRow.Aggregate.class, parser.parse(3, "+WF,2019/20 Q2,E09000030,HOUSING,GP,0"));
        StagedRow.Rejected bad = assertInstanceOf(StagedRow.Rejected.class, parser.parse(4, "+WF,Q5,E09000099,Housing,GP,-1"));
        assertEquals(List.of("quarter", "area_code", "count"), bad.errors().stream().map(LineError::column).toList());
        assertEquals("has 2 fields; the header has 6",
                assertInstanceOf(StagedRow.Rejected.class, parser.parse(5, "+WF,x")).errors().get(0).reason());
    }
}
