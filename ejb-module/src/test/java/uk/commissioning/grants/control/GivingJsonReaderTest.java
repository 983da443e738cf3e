package uk.commissioning.grants.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.commissioning.rules.RuleViolation;

class GivingJsonReaderTest {

    @Test
    void readsEveryTraffordGrantAndEachOneComesBackWholeFromItsColumnsAndExtensions() throws Exception {
        List<JsonObject> grants = new ArrayList<>();
        try (InputStream in = Trafford.json()) {
            GivingJsonReader.read(in, grants::add);
        }
        assertEquals(Trafford.GRANTS, grants.size());
        BigDecimal total = BigDecimal.ZERO;
        Set<String> recipients = new HashSet<>();
        for (JsonObject grant : grants) {
            GrantValidation.Checked checked = GrantValidation.check(grant);
            assertTrue(checked.valid(), () -> grant.getString("id") + ": " + checked.problems());
            assertEquals(JsonShapes.canonical(grant), JsonShapes.canonical(checked.grant().toJson()),
                    () -> grant.getString("id") + " does not come back as it was given");
            total = total.add(checked.grant().columns().amountAwarded());
            recipients.add(checked.grant().columns().recipientOrgIdentifier());
        }
        assertEquals(new BigDecimal("1291436.54"), total);
        assertEquals(323, recipients.size());
    }

    @Test
    void keepsWhatTheStoredColumnsDoNotHoldAsExtensions() throws Exception {
        List<JsonObject> grants = new ArrayList<>();
        try (InputStream in = Trafford.json()) {
            GivingJsonReader.read(in, grants::add);
        }
        JsonObject withCharity = grants.stream()
                .filter(g -> g.getJsonArray("recipientOrganization").getJsonObject(0).containsKey("charityNumber"))
                .findFirst().orElseThrow();
        JsonObject extensions = GrantValidation.check(withCharity).grant().extensions();
        JsonObject recipient = extensions.getJsonArray("recipientOrganization").getJsonObject(0);
        assertEquals(withCharity.getJsonArray("recipientOrganization").getJsonObject(0).getString("charityNumber"),
                recipient.getString("charityNumber"));
        assertEquals("England", recipient.getString("addressCountry"));
        assertTrue(!recipient.containsKey("id") && !recipient.containsKey("name"), "the columns hold those");
        assertTrue(!extensions.containsKey("title") && !extensions.containsKey("amountAwarded"));
    }

    @Test
    void skipsOtherTopLevelKeysAndReadsGrantsAfterThem() {
        List<JsonObject> grants = new ArrayList<>();
        GivingJsonReader.read(stream("{\"meta\":{\"a\":[1,2]},\"list\":[{\"x\":1}],\"grants\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"n\":1}"),
                grants::add);
        assertEquals(List.of("a", "b"), grants.stream().map(g -> g.getString("id")).toList());
    }

    @Test
    void aFileThatIsNotAPackageIsRefused() {
        assertEquals("grants", assertThrows(RuleViolation.class,
                () -> GivingJsonReader.read(stream("{\"data\":[]}"), g -> { })).field());
        assertThrows(RuleViolation.class, () -> GivingJsonReader.read(stream("[{\"id\":\"a\"}]"), g -> { }));
        assertThrows(RuleViolation.class, () -> GivingJsonReader.read(stream("{\"grants\":{}}"), g -> { }));
        assertThrows(jakarta.json.JsonException.class, () -> GivingJsonReader.read(stream("{\"grants\":[{\"id\":"), g -> { }));
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new java.io.StringReader(json))) {
            return reader.readObject();
        }
    }
}
