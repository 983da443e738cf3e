package uk.commissioning.grants.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.grants.entity.GivingGrant;
import uk.commissioning.organisations.entity.OrgId;
import uk.commissioning.organisations.entity.Organisation;

class GrantExportsTest {

    @Test
    void everyTraffordGrantExportsFromItsStoredFormAsPublished() throws Exception {
        List<JsonObject> grants = new ArrayList<>();
        try (InputStream in = Trafford.json()) {
            GivingJsonReader.read(in, grants::add);
        }
        for (JsonObject published : grants) {
            GrantValidation.ValidGrant valid = GrantValidation.check(published).grant();
            OrgId recipient = OrgId.of(valid.columns().recipientOrgIdentifier());
            // the organisation's own name may differ: the grant keeps the name it was published with
            GivingGrant stored = new GivingGrant(valid.columns(), valid.extensions() == null ? null : valid.extensions().toString(),
                    valid.contentSha256(), new Organisation(recipient, "Registered under another name",
                    RecipientTypes.of(recipient), "test"), null);
            assertEquals(JsonShapes.canonical(published), JsonShapes.canonical(GrantExports.asJson(stored)),
                    () -> published.getString("id"));
        }
        assertEquals(Trafford.GRANTS, grants.size());
    }
}
