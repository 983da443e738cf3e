package uk.commissioning.it;

import static uk.commissioning.it.Api.gbp;
import static uk.commissioning.it.Api.obj;

import jakarta.json.Json;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds test data through the public API, each run with unique codes so tests never depend on one another
 * (the MariaDB database is shared by all IT classes of one run).
 */
public final class Scenario {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    public static final String REQUESTER = "priya.shah";
    public static final String APPROVER = "tom.okafor";

    private final Api api;

    public Scenario(Api api) {
        this.api = api;
    }

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    /** The requester's own organisation (the GLA in the demo data): funds it owns are the ones its people can see. */
    public long requesterOrganisation() {
        return api.get(REQUESTER, "api/organisations").expect(200).array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("orgId").equals("GB-GOR-PB0002")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    public long organisation(String name, String type) {
        return api.post(REQUESTER, "api/organisations", obj().add("name", name).add("type", type).build()).expect(201).id();
    }

    public long fund(String type, long ownerId, String year) {
        return api.post(REQUESTER, "api/funds", obj()
                .add("code", unique("IT-FUND")).add("name", "IT fund").add("type", type).add("ownerId", ownerId)
                .add("financialYear", year).add("purpose", "integration test").add("currency", "GBP")
                .add("partners", Json.createArrayBuilder()).build()).expect(201).id();
    }

    public long contribute(long fundId, long partnerId, String amount, String date) {
        return api.post(REQUESTER, "api/funds/" + fundId + "/contributions", obj().add("partnerId", partnerId)
                .add("amount", gbp(amount)).add("kind", "NEW").add("valueDate", date).build()).expect(201).json()
                .getJsonNumber("journalEntryId").longValue();
    }

    public long decision(long organisationId, String date) {
        return api.post(REQUESTER, "api/decisions", obj().add("reference", unique("DD")).add("type", "DIRECTOR_DECISION")
                .add("title", "IT decision").add("organisationId", organisationId).add("signatory", "A. Signatory")
                .add("signatoryRole", "Executive Director").add("dateSigned", date).build()).expect(201).id();
    }

    public Api.Reply requestTransfer(long from, long to, String amount, long decisionId, String date) {
        return api.post(REQUESTER, "api/transfers", obj().add("fromFundId", from).add("toFundId", to)
                .add("amount", gbp(amount)).add("decisionId", decisionId).add("valueDate", date)
                .add("reason", "integration test").build());
    }

    public jakarta.json.JsonObject position(long fundId, String query) {
        return api.get(REQUESTER, "api/funds/" + fundId + "/position?" + query).expect(200).json();
    }

    public static String figure(jakarta.json.JsonObject position, String name) {
        return position.getJsonObject("total").getJsonObject(name).getString("amount");
    }

    /** A directory service of the provider, for a need in Tower Hamlets, at a unit cost. */
    public long service(long providerId, String need, String unitCost) {
        return api.post(REQUESTER, "api/services", obj().add("providerId", providerId).add("name", unique("IT service"))
                .add("needs", Json.createArrayBuilder().add(need)).add("areas", Json.createArrayBuilder().add("E09000030"))
                .add("capacityUnit", "REFERRALS").add("capacityPerQuarter", 50).add("unitCost", gbp(unitCost)).build())
                .expect(201).id();
    }

    /** A draft contract body for one year (2019/20) paid from the given fund shares ({fundId, amount} pairs). */
    public jakarta.json.JsonObjectBuilder contract(long providerId, long commissionerId, String value, long serviceId,
                                                   Object... fundAndAmount) {
        jakarta.json.JsonArrayBuilder funding = Json.createArrayBuilder();
        for (int i = 0; i < fundAndAmount.length; i += 2) {
            funding.add(obj().add("fundId", (Long) fundAndAmount[i]).add("amount", gbp((String) fundAndAmount[i + 1])));
        }
        return obj().add("reference", unique("IT-C")).add("title", "IT contract").add("type", "BLOCK")
                .add("providerId", providerId).add("commissionerIds", Json.createArrayBuilder().add(commissionerId))
                .add("startDate", "2019-04-01").add("endDate", "2020-03-31").add("value", gbp(value))
                .add("funding", funding)
                .add("services", Json.createArrayBuilder().add(obj().add("serviceId", serviceId)));
    }

    /** A new user of the organisation in the role (e.g. VCSE_FINANCE, COMMISSIONER), made by the administrator. */
    public String user(String role, long organisationId) {
        String username = unique("it-" + role.toLowerCase().replace('_', '-'));
        api.post("admin", "api/users", obj().add("username", username).add("displayName", "IT " + role)
                .add("password", Api.PASSWORD).add("role", role).add("organisationId", organisationId).build()).expect(201);
        return username;
    }

    /** A new VCSE finance lead of the provider. */
    public String financeLead(long providerId) {
        return user("VCSE_FINANCE", providerId);
    }

    /** The whole ledger sums to zero in pounds (double entry), as the given user reads the trial balance. */
    public void assertTrialBalanceIsZero(String user) {
        org.junit.jupiter.api.Assertions.assertEquals(0, api.get(user, "api/ledger/trial-balance").expect(200).json()
                .getJsonNumber("GBP").bigDecimalValue().signum(), "the trial balance is 0.00");
    }
}
