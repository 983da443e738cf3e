package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.it.Api.gbp;
import static uk.commissioning.it.Api.obj;
import static uk.commissioning.it.Scenario.REQUESTER;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Approval limits change only with two administrators (the demo's admin and nadia.karim): one proposes, a different one
 * approves, and the new limit counts from then, in the domain. Every test changes the limits of people it creates
 * itself, so the demo commissioners' £25,000 that other tests rely on never moves.
 */
class ApprovalLimitsIT extends ApiIT {

    private static final String PROPOSER = "admin";
    private static final String SECOND_ADMIN = "nadia.karim";

    @Test
    void aSecondAdministratorApprovesTheChangeAndTheNewLimitCountsFromThen() {
        long gla = given.requesterOrganisation();
        String approver = given.user("COMMISSIONER", gla);
        JsonObject before = approverRow(approver).orElseThrow();
        assertTrue(before.getBoolean("noLimit"));
        assertFalse(before.getBoolean("configured"), "nobody set a limit for a new commissioner");

        JsonObject proposed = api.post(PROPOSER, "api/approval-limits/changes", obj().add("username", approver)
                .add("amount", gbp("5000.00")).add("reason", "New to the team: two approvers above £5,000").build())
                .expect(201).json();
        long change = proposed.getJsonNumber("id").longValue();
        assertEquals("PROPOSED", proposed.getString("status"));
        assertEquals(PROPOSER, proposed.getString("proposedBy"));
        assertTrue(pendingIds().contains(change));
        assertTrue(approverRow(approver).orElseThrow().getBoolean("noLimit"), "a proposal changes nothing yet");

        assertEquals("SELF_APPROVAL", api.post(PROPOSER, "api/approval-limits/changes/" + change + "/approve", obj().build())
                .expect(409).json().getString("reason"), "the proposer never approves their own proposal");
        assertEquals(403, api.post(REQUESTER, "api/approval-limits/changes/" + change + "/approve", obj().build()).status(),
                "a commissioner is not an administrator");
        assertEquals(403, api.post(approver, "api/approval-limits/changes/" + change + "/approve", obj().build()).status());
        assertEquals(403, api.get(REQUESTER, "api/approval-limits").status());

        JsonObject approved = api.post(SECOND_ADMIN, "api/approval-limits/changes/" + change + "/approve", obj().build())
                .expect(200).json();
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(SECOND_ADMIN, approved.getString("decidedBy"));
        JsonObject after = approverRow(approver).orElseThrow();
        assertEquals(List.of("5000.00", "GBP", PROPOSER, SECOND_ADMIN), List.of(after.getJsonObject("limit").getString("amount"),
                after.getJsonObject("limit").getString("currency"), after.getString("setBy"), after.getString("approvedBy")));
        assertFalse(pendingIds().contains(change));
        assertEquals("NOT_PENDING", api.post(SECOND_ADMIN, "api/approval-limits/changes/" + change + "/approve", obj().build())
                .expect(409).json().getString("reason"));
        List<String> trail = api.get(PROPOSER, "api/audit?entity=ApprovalLimitChange&id=" + change).expect(200).array()
                .stream().map(e -> e.asJsonObject().getString("action") + " by " + e.asJsonObject().getString("actor"))
                .sorted().toList();
        assertEquals(List.of("APPROVED by " + SECOND_ADMIN, "PROPOSED by " + PROPOSER), trail);

        // The limit is the domain's: a £10,000 claim is now above what the new commissioner may approve alone.
        long fund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        given.contribute(fund, gla, "50000.00", "2019-04-01");
        long provider = given.organisation(Scenario.unique("IT limits provider"), "REGISTERED_CHARITY");
        String vcse = given.user("VCSE_FINANCE", provider);
        long service = given.service(provider, "MENTAL_WELLBEING", "120.00");
        long contract = api.post(REQUESTER, "api/contracts",
                given.contract(provider, gla, "40000.00", service, fund, "40000.00").build()).expect(201).id();
        api.post(REQUESTER, "api/contracts/" + contract + "/activate", obj().add("valueDate", "2019-04-01").build()).expect(200);
        long claim = api.post(vcse, "api/claims", obj().add("contractId", contract).add("quarter", "2019-20 Q1")
                .add("lines", Json.createArrayBuilder().add(obj().add("kind", "COST").add("description", "Sessions")
                        .add("amount", gbp("10000.00")))).build()).expect(201).id();
        api.post(vcse, "api/claims/" + claim + "/submit", obj().add("declaration", "True and complete.").build()).expect(200);
        JsonObject first = api.post(approver, "api/claims/" + claim + "/approve", obj().build()).expect(200).json();
        assertTrue(first.getBoolean("awaitingSecondApproval"), "£10,000 is above the new £5,000 limit");
        assertEquals("SUBMITTED", first.getString("status"));

        String openapi = api.get(null, "/openapi").expect(200).body();
        for (String path : List.of("/api/approval-limits", "/api/approval-limits/changes", "/api/approval-limits/changes/{id}",
                "/api/approval-limits/changes/{id}/approve", "/api/approval-limits/changes/{id}/reject",
                "/api/approval-limits/changes/{id}/withdraw")) {
            assertTrue(openapi.contains(path), "OpenAPI documents " + path);
        }
    }

    @Test
    void badProposalsAreRefusedNamingTheFieldAndOnlyTheProposerWithdraws() {
        long gla = given.requesterOrganisation();
        String commissioner = given.user("COMMISSIONER", gla);
        String vcse = given.user("VCSE_FINANCE", given.organisation(Scenario.unique("IT limits charity"), "REGISTERED_CHARITY"));

        assertEquals(403, api.post(REQUESTER, "api/approval-limits/changes", proposal(commissioner, "1.00")).status(),
                "only administrators propose");
        assertField(api.post(PROPOSER, "api/approval-limits/changes", proposal(vcse, "1000.00")).expect(400), "username");
        assertField(api.post(PROPOSER, "api/approval-limits/changes", proposal("nobody-" + Scenario.unique("x"), "1.00"))
                .expect(400), "username");
        JsonObject negative = api.post(PROPOSER, "api/approval-limits/changes", proposal(commissioner, "-0.01")).expect(422).json();
        assertEquals(List.of("INVALID_AMOUNT", "amount"), List.of(negative.getString("reason"), negative.getString("field")));
        assertEquals("INVALID_AMOUNT", api.post(PROPOSER, "api/approval-limits/changes", obj().add("username", commissioner)
                .add("amount", obj().add("amount", "100.00").add("currency", "EUR")).add("reason", "euros").build())
                .expect(422).json().getString("reason"), "limits are in GBP");
        assertField(api.post(PROPOSER, "api/approval-limits/changes", obj().add("username", commissioner)
                .add("reason", "neither").build()).expect(400), "amount");
        assertField(api.post(PROPOSER, "api/approval-limits/changes", obj().add("username", commissioner)
                .add("amount", gbp("1.00")).build()).expect(400), "reason");
        assertTrue(approverRow(commissioner).orElseThrow().getBoolean("noLimit"), "nothing refused was written");

        long change = api.post(PROPOSER, "api/approval-limits/changes", proposal(commissioner, "0.00")).expect(201).id();
        assertEquals("DUPLICATE", api.post(SECOND_ADMIN, "api/approval-limits/changes", proposal(commissioner, "9.00"))
                .expect(409).json().getString("reason"), "one change waiting per person");
        assertEquals(403, api.post(SECOND_ADMIN, "api/approval-limits/changes/" + change + "/withdraw", obj().build()).status(),
                "only the proposer withdraws");
        assertEquals("WITHDRAWN", api.post(PROPOSER, "api/approval-limits/changes/" + change + "/withdraw", obj().build())
                .expect(200).json().getString("status"));
        assertTrue(approverRow(commissioner).orElseThrow().getBoolean("noLimit"));

        long rejected = api.post(SECOND_ADMIN, "api/approval-limits/changes", proposal(commissioner, "100000.00")).expect(201).id();
        assertEquals("SELF_APPROVAL", api.post(SECOND_ADMIN, "api/approval-limits/changes/" + rejected + "/reject",
                obj().add("reason", "changed my mind").build()).expect(409).json().getString("reason"));
        assertField(api.post(PROPOSER, "api/approval-limits/changes/" + rejected + "/reject", obj().build()).expect(400), "reason");
        JsonObject no = api.post(PROPOSER, "api/approval-limits/changes/" + rejected + "/reject",
                obj().add("reason", "Far above the scheme of delegation").build()).expect(200).json();
        assertEquals(List.of("REJECTED", "Far above the scheme of delegation"), List.of(no.getString("status"), no.getString("note")));
        assertTrue(approverRow(commissioner).orElseThrow().getBoolean("noLimit"), "a rejected change sets nothing");

        long limited = api.post(PROPOSER, "api/approval-limits/changes", proposal(commissioner, "750.50")).expect(201).id();
        api.post(SECOND_ADMIN, "api/approval-limits/changes/" + limited + "/approve", obj().build()).expect(200);
        assertEquals("750.50", approverRow(commissioner).orElseThrow().getJsonObject("limit").getString("amount"));
        long unlimited = api.post(PROPOSER, "api/approval-limits/changes", obj().add("username", commissioner)
                .add("noLimit", true).add("reason", "Senior commissioner").build()).expect(201).id();
        assertTrue(api.get(PROPOSER, "api/approval-limits/changes/" + unlimited).expect(200).json().getBoolean("noLimit"));
        api.post(SECOND_ADMIN, "api/approval-limits/changes/" + unlimited + "/approve", obj().build()).expect(200);
        JsonObject row = approverRow(commissioner).orElseThrow();
        assertTrue(row.getBoolean("noLimit") && row.getBoolean("configured"), "set, to no limit");
        assertNull(row.get("limit") == JsonValue.NULL ? null : row.get("limit"));
    }

    private static JsonObject proposal(String username, String amount) {
        return obj().add("username", username).add("amount", gbp(amount)).add("reason", "integration test").build();
    }

    private Optional<JsonObject> approverRow(String username) {
        return api.get(PROPOSER, "api/approval-limits").expect(200).json().getJsonArray("approvers").stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getString("username").equals(username)).findFirst();
    }

    private List<Long> pendingIds() {
        return api.get(SECOND_ADMIN, "api/approval-limits").expect(200).json().getJsonArray("pending").stream()
                .map(c -> c.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static void assertField(Api.Reply reply, String field) {
        JsonObject problem = reply.json();
        String actual = problem.containsKey("errors") ? problem.getJsonArray("errors").getJsonObject(0).getString("field")
                : problem.getString("field", null);
        assertEquals(field, actual, reply.body());
    }

}
