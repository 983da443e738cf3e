package uk.commissioning.demand.imports.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralTsvTest {

    private final ReferralTsv.Encoder encoder = new ReferralTsv.Encoder();

    static StagedRow.Referral referral(long line, String ref, String setting, Integer[] ons4) {
        return new StagedRow.Referral(line, "ELEM", ref, LocalDate.of(2019, 5, 14), LocalDate.of(2019, 4, 1),
                "0123456789abcdef0123456789abcdef", "NHS", "65-74", "E05009317", "E09000030", null, "F84001", "GP",
                setting, List.of("HOUSING", "MENTAL_WELLBEING"), 17L, 7L, "Bromley by Bow £ café", "COMPLETED", ons4,
                new BigDecimal("19.25"), null, 7);
    }

    static StagedRow.Referral referral(String ref, String setting, Integer[] ons4) {
        return referral(2, ref, setting, ons4);
    }

    private StagedRow.ReferralLine encoded(StagedRow.Referral r) {
        return new StagedRow.ReferralLine(r.line(), r.key(), encoder.line(r));
    }

    private String text(StagedRow.Referral r) {
        return new String(encoder.line(r), StandardCharsets.UTF_8);
    }

    private static int at(String column) {
        return ReferralTsv.COLUMN_NAMES.indexOf(column);
    }

    @Test
    void oneLinePerReferralWithAFieldPerColumnNullsAndEscapes() {
        Integer[] ons4 = {5, 8, null, null, null, null, 7, 3};
        String line = text(referral("R1", "tab\there\\back\nline", ons4));
        assertEquals('\n', line.charAt(line.length() - 1));
        assertEquals(1, line.lines().count());
        String[] fields = line.substring(0, line.length() - 1).split("\t", -1);
        assertEquals(ReferralTsv.COLUMNS.size(), fields.length);
        assertEquals("tab\\there\\\\back\\nline", fields[at("setting")]);
        assertEquals("\\N", text(referral("R2", null, ons4)).split("\t", -1)[at("setting")]);
        assertEquals("\\N", fields[at("pcn_code")]);
        assertEquals("17", fields[at("need_mask")]);
        assertEquals("2019-04-01", fields[at("quarter_start")]);
        assertEquals("Bromley by Bow £ café", fields[at("service_name")]);
        assertEquals("café\\tbar\\\\", text(referral("R3", "café\tbar\\", ons4)).split("\t", -1)[at("setting")]);
        assertEquals("19.25", fields[at("swemwbs_before")]);
        assertEquals("\\N", fields[at("swemwbs_after")]);
        assertEquals("3", fields[at("ons4_anxious_after")]);
        assertEquals("7", fields[at("sessions_attended")]);
    }

    @Test
    void aLineReadsBackAsTheValuesItWasMadeOf() {
        Integer[] ons4 = {5, 8, null, null, null, null, 7, 10};
        String setting = "café\tbar\\N\\ with a\nnewline\r and a NUL \0 end\\";
        String[] values = ReferralTsv.fields(encoder.line(referral("R-9", setting, ons4)));
        assertEquals(ReferralTsv.COLUMNS.size(), values.length);
        assertEquals("ELEM", values[at("source_system")]);
        assertEquals("R-9", values[at("referral_ref")]);
        assertEquals("2019-05-14", values[at("referral_date")]);
        assertEquals(setting, values[at("setting")]);
        assertNull(values[at("pcn_code")]);
        assertEquals("Bromley by Bow £ café", values[at("service_name")]);
        assertEquals("10", values[at("ons4_anxious_after")]);
        assertNull(values[at("ons4_worthwhile_before")]);
        assertEquals("19.25", values[at("swemwbs_before")]);
        assertNull(values[at("swemwbs_after")]);
        assertEquals("7", values[at("sessions_attended")]);
        assertEquals("\\N", ReferralTsv.fields(encoder.line(referral("R-9", "\\N", ons4)))[at("setting")],
                "a value that is a backslash and N is text, not NULL");
        assertEquals("", ReferralTsv.fields(encoder.line(referral("R-9", "", ons4)))[at("setting")]);
    }

    @Test
    void aChunksTextStreamsAsItsLinesInKeyOrder() throws Exception {
        List<Object> items = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            items.add(encoded(referral(i + 2, "R" + (10_000 + i), i % 7 == 0 ? "x".repeat(200) : "café " + i, new Integer[8])));
        }
        ChunkRows chunk = ChunkRows.of(1, items);
        for (StagedRow.ReferralLine r : chunk.referrals()) {
            expected.append(new String(r.tsv(), StandardCharsets.UTF_8));
        }
        ReferralTsv.Encoded text = chunk.referralText();
        String streamed;
        try (InputStream in = text.stream()) {
            byte[] first = new byte[7];
            assertEquals(7, in.read(first));
            int single = in.read();
            streamed = new String(concat(first, new byte[] {(byte) single}, in.readAllBytes()), StandardCharsets.UTF_8);
            assertEquals(-1, in.read());
        }
        assertEquals(expected.toString(), streamed);
        assertEquals(expected.toString().getBytes(StandardCharsets.UTF_8).length, text.length());
        assertArrayEquals(streamed.getBytes(StandardCharsets.UTF_8), text.toArray());
        assertEquals(3000, streamed.lines().count());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    @Test
    void aChunkKeepsTheLastLineOfAKeyInKeyOrderAndKnowsWhichKeysItShares() {
        ChunkRows chunk = ChunkRows.of(1, List.of(encoded(referral(2, "R-2", "first", new Integer[8])),
                encoded(referral(3, "R-10", "only", new Integer[8])),
                encoded(referral(4, "R-2", "second", new Integer[8])),
                new StagedRow.Rejected(5, List.of(new LineError("ward_code", "is not a London ward"))),
                encoded(referral(6, "R-2", "third", new Integer[8]))));
        assertEquals(List.of("R-10", "R-2"), chunk.referrals().stream().map(r -> ReferralTsv.fields(r.tsv())[at("referral_ref")]).toList(),
                "one row per key, in key order (text order: R-10 before R-2)");
        assertEquals("third", ReferralTsv.fields(chunk.referrals().get(1).tsv())[at("setting")], "the file's last line for a key wins");
        assertEquals(5, chunk.read());
        assertEquals(1, chunk.skipped());
        assertEquals(6, chunk.lastLine());
        assertEquals(List.of("ELEM\u0000R-10", "ELEM\u0000R-2"), chunk.keys());

        ChunkRows other = ChunkRows.of(1, List.of(encoded(referral(7, "R-3", "x", new Integer[8])),
                encoded(referral(8, "R-1", "x", new Integer[8]))));
        ChunkRows overlapping = ChunkRows.of(1, List.of(encoded(referral(9, "R-3", "x", new Integer[8])),
                encoded(referral(10, "R-2", "x", new Integer[8]))));
        assertFalse(chunk.sharesKeysWith(other));
        assertFalse(other.sharesKeysWith(chunk));
        assertTrue(chunk.sharesKeysWith(overlapping));
        assertTrue(overlapping.sharesKeysWith(other));
    }
}
