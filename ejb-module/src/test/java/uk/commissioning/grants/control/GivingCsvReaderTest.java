package uk.commissioning.grants.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.commissioning.rules.RuleViolation;

class GivingCsvReaderTest {

    @Test
    void traffordsCsvGivesTheSameGrantsAsItsJson() throws Exception {
        Map<String, String> fromJson = new LinkedHashMap<>();
        try (InputStream in = Trafford.json()) {
            GivingJsonReader.read(in, g -> {
                GrantValidation.ValidGrant valid = GrantValidation.check(g).grant();
                fromJson.put(valid.columns().identifier(), valid.contentSha256());
            });
        }
        Map<String, String> fromCsv = new LinkedHashMap<>();
        List<Integer> lines = new ArrayList<>();
        try (InputStream in = Trafford.csv()) {
            GivingCsvReader.read(in, (line, g) -> {
                GrantValidation.Checked checked = GrantValidation.check(g);
                assertTrue(checked.valid(), () -> "line " + line + ": " + checked.problems());
                fromCsv.put(checked.identifier(), checked.grant().contentSha256());
                lines.add(line);
            });
        }
        assertEquals(Trafford.GRANTS, fromCsv.size());
        assertEquals(2, lines.get(0), "the header is line 1");
        assertEquals(fromJson, fromCsv, "every grant fingerprints the same from either file");
    }

    @Test
    void unflattensColumnsKeepsUnknownOnesAndNumbersLineByRecordStart() {
        String csv = "\uFEFFIdentifier,Title,Amount Awarded,Recipient Org:Identifier,Recipient Org:Charity Number,"
                + "Planned Dates:Duration (months),My Extension\r\n"
                + "G-1,\"A title, with a comma\",100.50,GB-CHC-1234567,1234567,12,kept\r\n"
                + "G-2,\"Two\nlines\",abc,,,,\r\n"
                + "G-3,\"say \"\"hi\"\"\",1,,,,\r\n";
        List<Integer> lines = new ArrayList<>();
        List<JsonObject> grants = new ArrayList<>();
        GivingCsvReader.read(GivingJsonReaderTest.stream(csv), (line, g) -> {
            lines.add(line);
            grants.add(g);
        });
        assertEquals(List.of(2, 3, 5), lines, "a quoted line break moves the next record down a line");
        JsonObject first = grants.get(0);
        assertEquals("A title, with a comma", first.getString("title"));
        assertEquals("100.50", first.getJsonNumber("amountAwarded").bigDecimalValue().toPlainString());
        JsonObject recipient = first.getJsonArray("recipientOrganization").getJsonObject(0);
        assertEquals("GB-CHC-1234567", recipient.getString("id"));
        assertEquals("1234567", recipient.getString("charityNumber"), "register numbers stay text");
        assertEquals(12, first.getJsonArray("plannedDates").getJsonObject(0).getInt("duration"));
        assertEquals("kept", first.getString("My Extension"));
        assertEquals("Two\nlines", grants.get(1).getString("title"));
        assertEquals("abc", grants.get(1).getString("amountAwarded"), "left as text for the validation to name");
        assertTrue(!grants.get(1).containsKey("recipientOrganization"), "empty cells are absent fields");
        assertEquals("say \"hi\"", grants.get(2).getString("title"));
    }

    @Test
    void aFileWithoutTheStandardsHeaderIsRefused() {
        assertThrows(RuleViolation.class, () -> GivingCsvReader.read(GivingJsonReaderTest.stream("a,b\n1,2\n"), (l, g) -> { }));
        assertThrows(RuleViolation.class, () -> GivingCsvReader.read(GivingJsonReaderTest.stream(""), (l, g) -> { }));
    }
}
