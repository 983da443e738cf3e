package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.it.Api.gbp;
import static uk.commissioning.it.Api.obj;
import static uk.commissioning.it.Scenario.REQUESTER;
import static uk.commissioning.it.Scenario.figure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The checks made when a claim is submitted, under pressure and against bad input: fifty providers' submissions
 * racing for one contract's last £10,000 (the contract's row lock must let exactly ten through, however the threads
 * interleave), and the refusals a finance lead meets for impossible lines or a closed quarter — each a 4xx naming
 * the field, never a 500, with nothing posted.
 */
class ClaimSubmissionRulesIT extends ApiIT {

    private static final String DECLARATION = "I declare that this claim is true and complete.";
    private static final int CLAIMS = 50;

    /**
     * One £10,000 contract running 13 years (2024/25 to 2036/37), so that fifty claims of £1,000 can each be the one
     * live claim of its own quarter; all fifty drafts are made first, then submitted at once from fifty threads.
     * Exactly ten fit; the other forty are refused as exceeding what remains, and the ledger holds exactly £10,000
     * claimed with a trial balance of zero.
     */
    @Test
    void fiftyConcurrentClaimsForRoomForTenAcceptExactlyTen() throws Exception {
        long gla = given.requesterOrganisation();
        long fund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2024-25");
        given.contribute(fund, gla, "10000.00", "2024-04-01");
        long provider = given.organisation(Scenario.unique("IT racing provider"), "REGISTERED_CHARITY");
        String vcse = given.financeLead(provider);
        long service = given.service(provider, "MENTAL_WELLBEING", "100.00");
        long contract = api.post(REQUESTER, "api/contracts", given.contract(provider, gla, "10000.00", service, fund, "10000.00")
                .add("startDate", "2024-04-01").add("endDate", "2037-03-31").build()).expect(201).id();
        api.post(REQUESTER, "api/contracts/" + contract + "/activate", obj().add("valueDate", "2024-04-01").build()).expect(200);

        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            String quarter = "%d-%02d Q%d".formatted(2024 + i / 4, (25 + i / 4) % 100, i % 4 + 1);
            drafts.add(api.post(vcse, "api/claims", obj().add("contractId", contract).add("quarter", quarter)
                    .add("lines", Json.createArrayBuilder().add(cost("Sessions", "1000.00"))).build()).expect(201).id());
        }

        ExecutorService pool = Executors.newFixedThreadPool(CLAIMS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (long id : drafts) {
            replies.add(pool.submit(() -> {
                start.await();
                return api.post(vcse, "api/claims/" + id + "/submit", obj().add("declaration", DECLARATION).build());
            }));
        }
        start.countDown();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Future<Api.Reply> reply : replies) {
            Api.Reply r = reply.get(120, TimeUnit.SECONDS);
            String outcome = r.status() == 200 ? "200" : r.status() + " " + r.json().getString("reason", "?");
            outcomes.merge(outcome, 1, Integer::sum);
            if (r.status() == 409) {
                JsonObject problem = r.json();
                assertEquals("lines[0].amount", problem.getString("field"), problem.toString());
                assertTrue(problem.getString("detail").contains("remain"), problem.getString("detail"));
            }
        }
        pool.shutdown();
        assertEquals(Map.of("200", 10, "409 CLAIM_EXCEEDS_REMAINING", 40), outcomes);

        JsonObject position = given.position(fund, "asOf=2037-03-31");
        assertEquals("10000.00", figure(position, "claimed"), "exactly the ten accepted claims are in CLAIMED");
        assertEquals("10000.00", figure(position, "committed"));
        long submitted = api.get(vcse, "api/claims?contractId=" + contract).expect(200).array().stream()
                .filter(c -> c.asJsonObject().getString("status").equals("SUBMITTED")).count();
        assertEquals(10, submitted);
        given.assertTrialBalanceIsZero(REQUESTER);
    }

    /** Negative units, more units than contracted, a negative cost: 4xx naming the field; nothing is saved. */
    @Test
    void impossibleLinesAreRefusedNamingTheFieldAndNothingIsSaved() {
        long gla = given.requesterOrganisation();
        long fund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        given.contribute(fund, gla, "20000.00", "2019-04-01");
        long provider = given.organisation(Scenario.unique("IT unit-cost provider"), "REGISTERED_CHARITY");
        String vcse = given.financeLead(provider);
        long service = given.service(provider, "MENTAL_WELLBEING", "110.00");
        long contract = api.post(REQUESTER, "api/contracts", given.contract(provider, gla, "12000.00", service, fund, "12000.00")
                .add("type", "UNIT_COST").add("services", Json.createArrayBuilder()
                        .add(obj().add("serviceId", service).add("unitsPerQuarter", 25))).build()).expect(201).id();
        api.post(REQUESTER, "api/contracts/" + contract + "/activate", obj().add("valueDate", "2019-04-01").build()).expect(200);

        Map<String, JsonObject> refusals = new TreeMap<>();
        refusals.put("negative units", api.post(vcse, "api/claims", claim(contract, "2019-20 Q1", units(service, -3))).json());
        refusals.put("more units than contracted", api.post(vcse, "api/claims", claim(contract, "2019-20 Q1", units(service, 26)))
                .json());
        refusals.put("negative cost", api.post(vcse, "api/claims", claim(contract, "2019-20 Q1", cost("Refund", "-5.00"))).json());
        refusals.put("a penny fraction", api.post(vcse, "api/claims", claim(contract, "2019-20 Q1", cost("Hire", "5.001"))).json());
        for (Map.Entry<String, JsonObject> refusal : refusals.entrySet()) {
            JsonObject problem = refusal.getValue();
            int status = problem.getInt("status");
            assertTrue(status >= 400 && status < 500, refusal.getKey() + ": " + problem);
            String field = problem.get("field") instanceof jakarta.json.JsonString named ? named.getString()
                    : problem.getJsonArray("errors").getJsonObject(0).getString("field");
            assertTrue(field.startsWith("lines[0]."), refusal.getKey() + " names the line: " + problem);
        }
        assertEquals("more than the 25 a quarter the contract buys",
                refusals.get("more units than contracted").getString("detail").replaceAll("^.*?(more than)", "$1")
                        .replaceAll("\\.$", ""), refusals.get("more units than contracted").toString());
        assertTrue(api.get(vcse, "api/claims?contractId=" + contract).expect(200).array().isEmpty(), "no claim was saved");

        JsonObject fits = api.post(vcse, "api/claims", claim(contract, "2019-20 Q1", units(service, 25))).expect(201).json();
        assertEquals("2750.00", fits.getJsonObject("claimedTotal").getString("amount"), "25 × £110.00");
    }

    /**
     * A claim for a quarter its paying organisation has closed is refused at submission (409 QUARTER_CLOSED) and
     * posts nothing; another organisation's same quarter stays open for its own claims. The closing body is made for
     * this test, so the close holds up nobody else on the shared database.
     */
    @Test
    void aClaimInAQuarterThePayerHasClosedIsRefusedWhileAnotherPayersStaysOpen() {
        long gla = given.requesterOrganisation();
        long council = given.organisation(Scenario.unique("IT closing council"), "LOCAL_AUTHORITY");
        long closingFund = api.post("admin", "api/funds", obj().add("code", Scenario.unique("IT-CLOSED")).add("name", "Closed pot")
                .add("type", "SPOT_PURCHASE_POT").add("ownerId", council).add("financialYear", "2019-20")
                .add("purpose", "closes 2019-20 Q1").add("currency", "GBP").add("partners", Json.createArrayBuilder()).build())
                .expect(201).id();
        api.post("admin", "api/funds/" + closingFund + "/contributions", obj().add("partnerId", council)
                .add("amount", gbp("5000.00")).add("kind", "NEW").add("valueDate", "2019-04-01").build()).expect(201);
        long openFund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        given.contribute(openFund, gla, "5000.00", "2019-04-01");
        long provider = given.organisation(Scenario.unique("IT late provider"), "REGISTERED_CHARITY");
        String vcse = given.financeLead(provider);
        long service = given.service(provider, "MENTAL_WELLBEING", "100.00");
        long closedContract = api.post("admin", "api/contracts", given.contract(provider, council, "4000.00", service,
                closingFund, "4000.00").build()).expect(201).id();
        api.post("admin", "api/contracts/" + closedContract + "/activate", obj().add("valueDate", "2019-04-01").build()).expect(200);
        long openContract = api.post(REQUESTER, "api/contracts", given.contract(provider, gla, "4000.00", service,
                openFund, "4000.00").build()).expect(201).id();
        api.post(REQUESTER, "api/contracts/" + openContract + "/activate", obj().add("valueDate", "2019-04-01").build()).expect(200);
        long late = api.post(vcse, "api/claims", claim(closedContract, "2019-20 Q1", cost("Sessions", "500.00"))).expect(201).id();
        long onTime = api.post(vcse, "api/claims", claim(openContract, "2019-20 Q1", cost("Sessions", "500.00"))).expect(201).id();

        api.post("admin", "api/periods/2019-20-Q1/close?organisationId=" + council, obj().add("note", "IT").build()).expect(200);

        JsonObject refused = api.post(vcse, "api/claims/" + late + "/submit", obj().add("declaration", DECLARATION).build())
                .expect(409).json();
        assertEquals("QUARTER_CLOSED", refused.getString("reason"), refused.toString());
        assertEquals("0.00", figure(api.get("admin", "api/funds/" + closingFund + "/position?asOf=2020-03-31").expect(200).json(),
                "claimed"), "nothing was posted for the refused claim");
        assertEquals("DRAFT", api.get(vcse, "api/claims/" + late).expect(200).json().getString("status"));

        api.post(vcse, "api/claims/" + onTime + "/submit", obj().add("declaration", DECLARATION).build()).expect(200);
        assertEquals("500.00", figure(given.position(openFund, "asOf=2020-03-31"), "claimed"),
                "the GLA's 2019-20 Q1 is still open: one body's close is its own");
        given.assertTrialBalanceIsZero(REQUESTER);
    }

    private static JsonObject claim(long contract, String quarter, JsonObject line) {
        return obj().add("contractId", contract).add("quarter", quarter).add("lines", Json.createArrayBuilder().add(line)).build();
    }

    private static JsonObject cost(String description, String amount) {
        return obj().add("kind", "COST").add("description", description).add("amount", gbp(amount)).build();
    }

    private static JsonObject units(long service, int units) {
        return obj().add("kind", "UNIT_COST").add("serviceId", service).add("units", units).build();
    }


}
