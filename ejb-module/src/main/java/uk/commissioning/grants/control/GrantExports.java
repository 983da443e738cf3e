package uk.commissioning.grants.control;

import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.List;
import java.util.function.Consumer;
import uk.commissioning.grants.entity.GivingGrant;
import uk.commissioning.platform.csv.CsvWriter;

/**
 * Every stored grant as 360Giving JSON or CSV, ordered by id, read a page at a time so the export streams. Each grant
 * is its columns with its kept extensions put back, which is what makes an import of a file export equal to it.
 */
@Stateless
public class GrantExports {

    private static final int PAGE = 500;
    private static final JsonReaderFactory READERS = Json.createReaderFactory(null);

    @PersistenceContext
    EntityManager em;

    public void writeJson(OutputStream out) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().writeStartArray("grants");
            forEachGrant(json::write);
            json.writeEnd().writeEnd();
        }
    }

    public void writeCsv(OutputStream out) {
        List<String> titles = GivingColumns.titles();
        CsvWriter csv = CsvWriter.utf8(out, titles.toArray(String[]::new));
        forEachGrant(grant -> {
            for (String title : titles) {
                GivingColumns.Place place = GivingColumns.of(title).orElseThrow();
                JsonValue value = valueAt(grant, place);
                if (value instanceof JsonNumber number) {
                    csv.number(number.bigDecimalValue());
                } else if (value instanceof JsonString text) {
                    csv.text(text.getString());
                } else {
                    csv.text(null);
                }
            }
            csv.endRow();
        });
        csv.flush();
    }

    private static JsonValue valueAt(JsonObject grant, GivingColumns.Place place) {
        JsonObject holder = grant;
        if (place.group() != null) {
            JsonValue group = grant.get(place.group());
            holder = group instanceof JsonArray array && !array.isEmpty() && array.get(0) instanceof JsonObject first
                    ? first : null;
        }
        JsonValue value = holder == null ? null : holder.get(place.key());
        if (place.kind() == GivingColumns.Kind.TEXT_LIST && value instanceof JsonArray list) {
            return list.isEmpty() ? null : list.get(0);
        }
        return value;
    }

    private void forEachGrant(Consumer<JsonObject> each) {
        long after = 0;
        while (true) {
            List<GivingGrant> page = em.createQuery("SELECT g FROM GivingGrant g JOIN FETCH g.recipient "
                            + "WHERE g.id > :after ORDER BY g.id", GivingGrant.class)
                    .setParameter("after", after).setHint("eclipselink.batch", "g.beneficiaryLocations")
                    .setMaxResults(PAGE).getResultList();
            for (GivingGrant grant : page) {
                each.accept(asJson(grant));
                after = grant.id();
            }
            em.clear();
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    static JsonObject asJson(GivingGrant grant) {
        JsonValue extensions = null;
        if (grant.extensions() != null) {
            try (JsonReader reader = READERS.createReader(new StringReader(grant.extensions()))) {
                extensions = reader.readValue();
            }
        }
        return (JsonObject) JsonShapes.merge(grant.columns().toJson(), extensions);
    }
}
