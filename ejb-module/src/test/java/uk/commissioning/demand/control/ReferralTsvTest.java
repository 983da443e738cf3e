package uk.commissioning.demand.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralTsvTest {

    static StagedRow.Referral referral(String ref, String setting, Integer[] ons4) {
        return new StagedRow.Referral(2, "ELEM", ref, LocalDate.of(2019, 5, 14), LocalDate.of(2019, 4, 1),
                "0123456789abcdef0123456789abcdef", "NHS", "65-74", "E05009317", "E09000030", null, "F84001", "GP",
                setting, List.of("HOUSING", "MENTAL_WELLBEING"), 17L, 7L, "Bromley by Bow £ café", "COMPLETED", ons4,
                new BigDecimal("19.25"), null, 7);
    }

    @Test
    void oneLinePerReferralWithAFieldPerColumnNullsAndEscapes() throws Exception {
        Integer[] ons4 = {5, 8, null, null, null, null, 7, 3};
        byte[] tsv = ReferralTsv.encode(List.of(referral("R1", "tab\there\\back\nline", ons4), referral("R2", null, ons4))).toArray();
        String text = new String(tsv, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals(2, lines.size());
        assertEquals('\n', text.charAt(text.length() - 1));
        String[] fields = lines.get(0).split("\t", -1);
        assertEquals(ReferralTsv.COLUMNS.size(), fields.length);
        assertEquals("tab\\there\\\\back\\nline", fields[ReferralTsv.COLUMNS.indexOf("setting")]);
        assertEquals("\\N", lines.get(1).split("\t", -1)[ReferralTsv.COLUMNS.indexOf("setting")]);
        assertEquals("\\N", fields[ReferralTsv.COLUMNS.indexOf("pcn_code")]);
        assertEquals("17", fields[ReferralTsv.COLUMNS.indexOf("need_mask")]);
        assertEquals("2019-04-01", fields[ReferralTsv.COLUMNS.indexOf("quarter_start")]);
        assertEquals("Bromley by Bow £ café", fields[ReferralTsv.COLUMNS.indexOf("service_name")]);
        byte[] accented = ReferralTsv.encode(List.of(referral("R3", "café\tbar\\", ons4))).toArray();
        assertEquals("café\\tbar\\\\", new String(accented, StandardCharsets.UTF_8).split("\t", -1)[ReferralTsv.COLUMNS.indexOf("setting")]);
        assertEquals("19.25", fields[ReferralTsv.COLUMNS.indexOf("swemwbs_before")]);
        assertEquals("\\N", fields[ReferralTsv.COLUMNS.indexOf("swemwbs_after")]);
        assertEquals("3", fields[ReferralTsv.COLUMNS.indexOf("ons4_anxious_after")]);
        assertEquals("7", fields[ReferralTsv.COLUMNS.indexOf("sessions_attended")]);
    }

    @Test
    void aChunkSpreadOverBlocksReadsBackAsOneText() throws Exception {
        List<StagedRow.Referral> many = new java.util.ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            StagedRow.Referral r = referral("R" + i, i % 7 == 0 ? "x".repeat(200) : "café " + i, new Integer[8]);
            many.add(r);
            expected.append(new String(ReferralTsv.encode(List.of(r)).toArray(), StandardCharsets.UTF_8));
        }
        ReferralTsv.Encoded encoded = ReferralTsv.encode(many);
        org.junit.jupiter.api.Assertions.assertTrue(encoded.blocks().size() > 1, "spread over blocks");
        String text = new String(encoded.toArray(), StandardCharsets.UTF_8);
        assertEquals(expected.toString(), text);
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, encoded.length());
        assertEquals(3000, text.lines().count());
    }
}
