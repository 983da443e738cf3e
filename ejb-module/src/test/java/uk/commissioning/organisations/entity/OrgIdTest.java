package uk.commissioning.organisations.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrgIdTest {

    private static boolean accepts(String value) {
        try {
            OrgId.of(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GB-CHC-1234567",   // Charity Commission, 7 digits
            "GB-CHC-123456",    // Charity Commission, older 6-digit number
            "GB-COH-01234567",  // Companies House, England and Wales
            "GB-COH-SC123456",  // Companies House, Scotland
            "GB-COH-NI123456",  // Companies House, Northern Ireland
            "GB-LAE-TRF",       // English local authority (Trafford)
            "GB-NHS-08V",       // NHS organisation code
            "GB-SC-SC012345",   // OSCR
            "360G-trafford-123",
            "360G-traffordmbc-VSG1342"})
    void acceptsWellFormedIdentifiers(String value) {
        assertEquals(value, OrgId.of(value).value());
        assertEquals(value, OrgId.of(value).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GB-CHC-12AB",      // letters in a charity number
            "GB-CHC-12345",     // too short
            "GB-CHC-12345678",  // too long
            "GB-COH-1234567",   // company numbers are 8 characters
            "GB-XYZ-1",         // no such register
            "1234567",          // bare number, no register
            "GB-CHC",           // register without a number
            "GB-CHC-",
            "GB-LAE-trf",       // local-authority codes are capitals
            "360G-",            // generated prefix with nothing after it
            "360G-x",
            "360G-trafford 123"})
    void rejectsMalformedIdentifiers(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OrgId.of(value));
        assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void rejectsMissingIdentifiers(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OrgId.of(value));
        assertEquals("organisation identifier is required", e.getMessage());
    }

    @Test
    void trimsSurroundingWhitespace() {
        assertEquals(OrgId.of("GB-CHC-1234567"), OrgId.of("  GB-CHC-1234567 "));
        assertEquals("GB-CHC-1234567", OrgId.of("  GB-CHC-1234567 ").value());
    }

    @Test
    void generatedIdentifiersAreValidAndMarkedAs360Giving() {
        OrgId generated = OrgId.generate();
        assertTrue(generated.value().startsWith("360G-"), generated.value());
        assertEquals(generated, OrgId.of(generated.value()));
    }

    @Test
    void generatedIdentifiersDiffer() {
        assertNotEquals(OrgId.generate(), OrgId.generate());
    }

    /** Real identifiers published by Trafford Council in its 360Giving voluntary-sector grants file. */
    @Nested
    class TraffordGrants {

        private static final String FIXTURE = "/fixtures/trafford_council_voluntary_sector_grants.csv";
        private static final String RECIPIENT = "Recipient Org:Identifier";
        private static final String FUNDER = "Funding Org:Identifier";

        private List<String> column(String name) throws IOException {
            List<List<String>> rows = Csv.read(FIXTURE);
            int index = rows.get(0).indexOf(name);
            assertTrue(index >= 0, "no column " + name + " in " + rows.get(0));
            List<String> values = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                assertEquals(rows.get(0).size(), row.size(), "ragged row " + row);
                values.add(row.get(index));
            }
            return values;
        }

        private static List<String> rejected(List<String> identifiers) {
            return identifiers.stream().filter(Predicate.not(OrgIdTest::accepts)).distinct().toList();
        }

        @Test
        void fixtureHasEveryGrantAndBothIdentifierColumns() throws IOException {
            List<String> recipients = column(RECIPIENT);
            List<String> funders = column(FUNDER);
            assertEquals(555, recipients.size());
            assertEquals(555, funders.size());
            assertTrue(recipients.stream().noneMatch(String::isBlank), "blank recipient identifier");
        }

        @Test
        void readsQuotedFieldsContainingCommasAsOneField() throws IOException {
            List<List<String>> rows = Csv.read(FIXTURE);
            int description = rows.get(0).indexOf("Description");
            assertEquals("Create and run community choirs involving children working in partnership with local schools, "
                    + "businesses, third sector groups etc. which will culminate in a series of performances",
                    rows.get(1).get(description));
            assertEquals("360G-trafford-altrincham_childrens_choir", rows.get(1).get(rows.get(0).indexOf(RECIPIENT)));
        }

        @Test
        void acceptsTheCouncilAsFunderOnEveryGrant() throws IOException {
            List<String> funders = column(FUNDER);
            assertEquals(Set.of("GB-LAE-TRF"), Set.copyOf(funders));
            assertEquals(List.of(), rejected(funders));
        }

        @Test
        void acceptsEveryRegisteredRecipientIdentifier() throws IOException {
            List<String> registered = column(RECIPIENT).stream().filter(id -> id.startsWith("GB-")).toList();
            assertTrue(registered.stream().anyMatch(id -> id.startsWith("GB-CHC-")), "no charity numbers read");
            assertTrue(registered.stream().anyMatch(id -> id.startsWith("GB-COH-")), "no company numbers read");
            assertEquals(List.of(), rejected(registered));
        }

        @Test
        void acceptsEveryIdentifierInTheFile() throws IOException {
            List<String> all = new ArrayList<>(column(RECIPIENT));
            all.addAll(column(FUNDER));
            assertEquals(List.of(), rejected(all), "real identifiers refused by OrgId");
        }
    }

    /** Just enough RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
    static final class Csv {

        private Csv() {
        }

        static List<List<String>> read(String resource) throws IOException {
            try (InputStream in = OrgIdTest.class.getResourceAsStream(resource)) {
                assertNotNull(in, "missing test resource " + resource);
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                return parse(text);
            }
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStarted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                    fieldStarted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                    fieldStarted = true;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    rows.add(row);
                    row = new ArrayList<>();
                    field.setLength(0);
                    fieldStarted = false;
                } else {
                    field.append(c);
                    fieldStarted = true;
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("unterminated quoted field");
            }
            if (fieldStarted || field.length() > 0) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }

    @Nested
    class CsvReader {

        @Test
        void handlesQuotedCommasDoubledQuotesAndLineBreaks() {
            List<List<String>> rows = Csv.parse("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n1,,3,\n");
            assertEquals(List.of(List.of("a", "b, c", "say \"hi\"", "two\nlines"), List.of("1", "", "3", "")), rows);
        }
    }
}
