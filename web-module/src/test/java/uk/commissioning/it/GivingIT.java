package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.it.Api.obj;
import static uk.commissioning.it.Scenario.REQUESTER;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 360Giving grants through the API on the real server and database: Trafford Council's published grants import whole,
 * export as a valid 360Giving package equal to what was published, and import again from JSON or CSV as unchanged;
 * a file with bad grants imports the good ones and names each bad one; only commissioners and administrators may.
 * Other IT classes share the database, so everything is compared with what this class imported.
 */
class GivingIT extends ApiIT {

    private static final String TRAFFORD = "giving/trafford_council_voluntary_sector_grants";

    @Test
    void traffordImportsWholeExportsAsPublishedAndImportsAgainAsUnchanged() {
        byte[] json = resource(TRAFFORD + ".json");
        Map<String, JsonObject> published = new LinkedHashMap<>();
        parse(new String(json, StandardCharsets.UTF_8)).getJsonArray("grants")
                .forEach(g -> published.put(g.asJsonObject().getString("id"), g.asJsonObject()));
        assertEquals(555, published.size());

        JsonObject first = api.postFile(REQUESTER, "api/grants/imports", "application/json",
                "trafford_council_voluntary_sector_grants.json", json).expect(200).json();
        assertEquals("JSON", first.getString("format"));
        assertEquals(555, first.getInt("imported") + first.getInt("unchanged"), first::toString);
        assertEquals(0, first.getInt("rejected"), first::toString);
        if (first.getInt("imported") == 555) {
            assertEquals(323, first.getInt("recipientsCreated"), "one organisation per recipient org-id");
        }
        assertEquals("1291436.54", first.getJsonObject("totalAwarded").getString("amount"));
        assertEquals("GBP", first.getJsonObject("totalAwarded").getString("currency"));
        assertEquals(64, first.getString("sha256").length());
        assertTrue(first.getJsonArray("problems").isEmpty());

        String export = api.get(REQUESTER, "api/grants/360giving.json").expect(200).body();
        assertEquals(List.of(), GivingSchema.violations(export), "the export is a valid 360Giving package");
        Map<String, JsonObject> exported = new LinkedHashMap<>();
        parse(export).getJsonArray("grants").stream().map(JsonValue::asJsonObject)
                .filter(g -> published.containsKey(g.getString("id")))
                .forEach(g -> exported.put(g.getString("id"), g));
        assertEquals(published.keySet(), exported.keySet());
        published.forEach((id, grant) -> assertTrue(sameJson(grant, exported.get(id)),
                () -> id + " exported as " + exported.get(id) + " but was published as " + grant));
        assertEquals(new BigDecimal("1291436.54"), exported.values().stream()
                .map(g -> g.getJsonNumber("amountAwarded").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add));
        Set<String> recipients = exported.values().stream()
                .map(g -> g.getJsonArray("recipientOrganization").getJsonObject(0).getString("id")).collect(Collectors.toSet());
        assertEquals(323, recipients.size());

        JsonObject again = api.postFile(REQUESTER, "api/grants/imports", "application/json",
                "trafford_council_voluntary_sector_grants.json", json).expect(200).json();
        assertEquals(0, again.getInt("imported"));
        assertEquals(555, again.getInt("unchanged"));
        assertEquals(0, again.getInt("recipientsCreated"));
        assertEquals(first.getString("sha256"), again.getString("sha256"), "the same bytes");

        JsonObject fromCsv = api.postFile(REQUESTER, "api/grants/imports", "text/csv",
                "trafford_council_voluntary_sector_grants.csv", resource(TRAFFORD + ".csv")).expect(200).json();
        assertEquals("CSV", fromCsv.getString("format"));
        assertEquals(0, fromCsv.getInt("imported"), fromCsv::toString);
        assertEquals(555, fromCsv.getInt("unchanged"), "the CSV holds the same grants as the JSON");
        assertEquals(0, fromCsv.getInt("rejected"));

        Api.Reply csv = api.getCsv(REQUESTER, "api/grants/360giving.csv").expect(200);
        String header = new String(resource(TRAFFORD + ".csv"), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertEquals(header, csv.body().lines().findFirst().orElseThrow(), "the standard's column titles, in order");
        assertEquals(555, csv.body().lines().filter(line -> line.indexOf(',') > 0)
                .filter(line -> published.containsKey(line.substring(0, line.indexOf(',')))).count());
    }

    @Test
    void aFileWithBadGrantsImportsTheGoodOnesAndNamesEachBadOne() {
        String prefix = Scenario.unique("360G-it-grant");
        String recipient = prefix + "-recipient";
        JsonArrayBuilder grants = Json.createArrayBuilder()
                .add(grant(prefix + "-good-1", recipient))
                .add(grant(prefix + "-good-2", recipient))
                .add(grant(prefix + "-no-title", recipient).remove("title"))
                .add(grant(prefix + "-bad-currency", recipient).add("currency", "XX"))
                .add(grant(prefix + "-bad-date", recipient).add("awardDate", "2019-13-45"))
                .add(grant(prefix + "-good-1", recipient).add("title", "the same id again"));
        JsonObject report = api.post(REQUESTER, "api/grants/imports", obj().add("grants", grants).build())
                .expect(200).json();
        assertEquals(2, report.getInt("imported"), report::toString);
        assertEquals(4, report.getInt("rejected"));
        assertEquals(1, report.getInt("recipientsCreated"), "both good grants went to one new recipient");
        assertEquals("3000.00", report.getJsonObject("totalAwarded").getString("amount"));
        Map<String, String> fieldByGrant = report.getJsonArray("problems").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(p -> p.getString("grantId"), p -> p.getString("field")));
        assertEquals(Map.of(prefix + "-no-title", "title", prefix + "-bad-currency", "currency",
                prefix + "-bad-date", "awardDate", prefix + "-good-1", "id"), fieldByGrant);

        JsonObject unreadable = api.post(REQUESTER, "api/grants/imports", "{\"grants\": [").expect(400).json();
        assertTrue(unreadable.containsKey("title"), unreadable::toString);
        api.post(REQUESTER, "api/grants/imports", "{\"notGrants\": []}").expect(400);
        api.postFile(REQUESTER, "api/grants/imports", "application/pdf", "grants.pdf", new byte[] {1, 2}).expect(415);
    }

    @Test
    void vcseUsersMayNeitherImportNorExport() {
        long charity = given.organisation(Scenario.unique("IT grants charity"), "REGISTERED_CHARITY");
        String vcse = given.financeLead(charity);
        api.post(vcse, "api/grants/imports", obj().add("grants", Json.createArrayBuilder()
                .add(grant(Scenario.unique("360G-it-grant"), "360G-it-recipient"))).build()).expect(403);
        api.get(vcse, "api/grants/360giving.json").expect(403);
        api.getCsv(vcse, "api/grants/360giving.csv").expect(403);
    }

    private static JsonObjectBuilder grant(String id, String recipientOrgId) {
        return Json.createObjectBuilder()
                .add("id", id)
                .add("title", "IT grant " + id)
                .add("description", "A grant written by hand for the integration test")
                .add("currency", "GBP")
                .add("amountAwarded", 1500)
                .add("awardDate", "2019-06-01")
                .add("recipientOrganization", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", recipientOrgId).add("name", "IT recipient")))
                .add("fundingOrganization", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "GB-GOR-PB0002").add("name", "Greater London Authority")));
    }

    /** Equal as parsed JSON: the same keys and values, numbers by value ({@code 2266} is {@code 2266.00}). */
    private static boolean sameJson(JsonValue a, JsonValue b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
            return x.bigDecimalValue().compareTo(y.bigDecimalValue()) == 0;
        }
        if (a.getValueType() != b.getValueType()) {
            return false;
        }
        return switch (a.getValueType()) {
            case OBJECT -> a.asJsonObject().keySet().equals(b.asJsonObject().keySet()) && a.asJsonObject().keySet().stream()
                    .allMatch(key -> sameJson(a.asJsonObject().get(key), b.asJsonObject().get(key)));
            case ARRAY -> a.asJsonArray().size() == b.asJsonArray().size() && java.util.stream.IntStream
                    .range(0, a.asJsonArray().size()).allMatch(i -> sameJson(a.asJsonArray().get(i), b.asJsonArray().get(i)));
            default -> a.equals(b);
        };
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = GivingIT.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the test resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
