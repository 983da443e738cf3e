package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.it.Api.gbp;
import static uk.commissioning.it.Api.obj;
import static uk.commissioning.it.Scenario.APPROVER;
import static uk.commissioning.it.Scenario.REQUESTER;
import static uk.commissioning.it.Scenario.figure;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * Contracts, services and full-cost-recovery budgets through the API, on the real server and database: commitments
 * and variations keep fund positions right, bad input is refused field by field with nothing written, FCR budgets are
 * private to their provider, under-recovery matches the hand-worked example, and the OCDS export validates.
 */
class ContractsApiIT extends ApiIT {

    @Test
    void activationVariationAndTerminationKeepTheFundPositionRight() {
        long gla = given.requesterOrganisation();
        long fund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        given.contribute(fund, gla, "100000.00", "2019-04-01");
        long provider = given.organisation(Scenario.unique("IT provider"), "REGISTERED_CHARITY");
        long service = given.service(provider, "MENTAL_WELLBEING", "120.00");
        JsonObject draft = api.post(REQUESTER, "api/contracts",
                given.contract(provider, gla, "40000.00", service, fund, "40000.00").build()).expect(201).json();
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(4, draft.getJsonArray("schedule").size(), "quarterly instalments by default");
        assertEquals("0.00", figure(given.position(fund, "asOf=2020-03-31"), "committed"), "a draft commits nothing");

        JsonObject active = api.post(REQUESTER, "api/contracts/" + id + "/activate",
                obj().add("valueDate", "2019-04-01").build()).expect(200).json();
        assertEquals("ACTIVE", active.getString("status"));
        JsonObject position = given.position(fund, "asOf=2020-03-31");
        assertEquals("40000.00", figure(position, "committed"));
        assertEquals("60000.00", figure(position, "remaining"));
        assertEquals("40000.00", active.getJsonArray("funding").getJsonObject(0).getJsonObject("outstandingCommitment").getString("amount"));

        long decision = given.decision(gla, "2019-09-01");
        JsonObject noDecision = api.post(REQUESTER, "api/contracts/" + id + "/variations", obj()
                .add("reason", "more sessions").add("effectiveDate", "2019-09-01").add("newValue", gbp("50000.00")).build())
                .expect(422).json();
        assertEquals("DECISION_REQUIRED", noDecision.getString("reason"));
        assertEquals("decisionId", noDecision.getString("field"));

        JsonObject variation = api.post(REQUESTER, "api/contracts/" + id + "/variations", obj().add("decisionId", decision)
                .add("reason", "more sessions").add("effectiveDate", "2019-09-01").add("newValue", gbp("50000.00")).build())
                .expect(201).json();
        assertEquals(1, variation.getInt("number"));
        assertEquals("VALUE", variation.getString("kind"));
        assertTrue(variation.containsKey("journalEntryId"), "the difference is posted");
        assertEquals("50000.00", figure(given.position(fund, "asOf=2020-03-31"), "committed"));
        assertEquals("40000.00", figure(given.position(fund, "asOf=2019-08-31"), "committed"), "as it was before the variation");

        JsonObject tooMuch = api.post(REQUESTER, "api/contracts/" + id + "/variations", obj().add("decisionId", decision)
                .add("reason", "far more").add("effectiveDate", "2019-10-01").add("newValue", gbp("200000.00")).build())
                .expect(409).json();
        assertEquals("INSUFFICIENT_REMAINING_BUDGET", tooMuch.getString("reason"));
        JsonObject afterRefusal = api.get(REQUESTER, "api/contracts/" + id).expect(200).json();
        assertEquals(1, afterRefusal.getJsonArray("variations").size(), "the refused variation left nothing behind");
        assertEquals("50000.00", afterRefusal.getJsonObject("value").getString("amount"));
        assertEquals("50000.00", figure(given.position(fund, "asOf=2020-03-31"), "committed"));
        long currentLines = afterRefusal.getJsonArray("schedule").stream()
                .filter(l -> !l.asJsonObject().getString("status").equals("SUPERSEDED")).count();
        assertTrue(currentLines >= 2, "the variation re-spread the unreleased instalments");

        JsonObject ended = api.post(APPROVER, "api/contracts/" + id + "/terminate", obj().add("decisionId", decision)
                .add("reason", "provider closing").add("effectiveDate", "2020-01-15").build()).expect(200).json();
        assertEquals("TERMINATION", ended.getString("kind"));
        // June's £10,000 fell due before the variation and stays; it spread the other £40,000 over Sep, Dec and Mar
        // (£13,333.34, £13,333.33, £13,333.33). Terminated on 15 January, the provider is still owed June's,
        // September's and December's: only March's goes back.
        position = given.position(fund, "asOf=2020-03-31");
        assertEquals("36666.67", figure(position, "committed"), "instalments due before termination stay committed");
        assertEquals("63333.33", figure(position, "remaining"));
        List<String> lapsed = api.get(REQUESTER, "api/contracts/" + id).expect(200).json().getJsonArray("schedule").stream()
                .map(JsonValue::asJsonObject).filter(l -> l.getInt("supersededByVariation", 0) == 2)
                .map(l -> l.getString("dueDate")).toList();
        assertEquals(List.of("2020-03-31"), lapsed, "only the instalment after the termination date lapses");
        assertEquals("WRONG_STATUS", api.post(REQUESTER, "api/contracts/" + id + "/activate", JsonValue.EMPTY_JSON_OBJECT)
                .expect(409).json().getString("reason"));
    }

    @Test
    void aMidYearVariationKeepsWhatFellDueAndReshapesOnlyTheRest() {
        String grace = "grace.lin";
        long id = api.get(grace, "api/contracts").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("reference").equals("WF-SP-19-01")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long pool = api.get(grace, "api/funds").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("code").equals("WF-SP-POOL-2019-20")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long council = api.get(grace, "api/organisations").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("orgId").equals("GB-LAE-WFT")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long decision = api.post(grace, "api/decisions", obj().add("reference", Scenario.unique("WF-DD"))
                .add("type", "DIRECTOR_DECISION").add("title", "Fewer referrals from October").add("organisationId", council)
                .add("signatory", "Grace Lin").add("signatoryRole", "Commissioning manager").add("dateSigned", "2019-09-20")
                .build()).expect(201).id();
        String poolPosition = "api/funds/" + pool + "/position?asOf=2020-03-31";
        BigDecimal committedBefore = new BigDecimal(figure(api.get(grace, poolPosition).expect(200).json(), "committed"));

        // £90,000 paid quarterly: June's and September's £22,500 fell due before 1 October and stay owed.
        JsonObject refused = api.post(grace, "api/contracts/" + id + "/variations", obj().add("decisionId", decision)
                .add("reason", "fewer referrals").add("effectiveDate", "2019-10-01").add("newValue", gbp("44999.99")).build())
                .expect(422).json();
        assertEquals("SCHEDULE_INVALID", refused.getString("reason"));
        assertEquals("newValue", refused.getString("field"));
        assertTrue(refused.getString("detail").startsWith("£45,000.00 of this contract fell due before 1 October 2019"),
                refused.getString("detail"));

        api.post(grace, "api/contracts/" + id + "/variations", obj().add("decisionId", decision)
                .add("reason", "fewer referrals").add("effectiveDate", "2019-10-01").add("newValue", gbp("60000.01")).build())
                .expect(201);
        JsonObject varied = api.get(grace, "api/contracts/" + id).expect(200).json();
        List<String> current = varied.getJsonArray("schedule").stream().map(JsonValue::asJsonObject)
                .filter(l -> !l.getString("status").equals("SUPERSEDED"))
                .map(l -> l.getString("dueDate") + " " + l.getJsonObject("amount").getString("amount")).toList();
        assertEquals(List.of("2019-06-30 22500.00", "2019-09-30 22500.00", "2019-12-31 7500.01", "2020-03-31 7500.00"), current,
                "what fell due stays as it was; the remaining £15,000.01 is spread over December and March");
        List<String> superseded = varied.getJsonArray("schedule").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("status").equals("SUPERSEDED"))
                .map(l -> l.getString("dueDate") + " " + l.getJsonObject("amount").getString("amount")).toList();
        assertEquals(List.of("2019-12-31 22500.00", "2020-03-31 22500.00"), superseded, "only the instalments still to come give way");
        JsonObject funding = varied.getJsonArray("funding").getJsonObject(0);
        assertEquals("WF-SP-POOL-2019-20", funding.getString("fundCode"));
        assertEquals("60000.01", funding.getJsonObject("outstandingCommitment").getString("amount"), "the pool holds the new value");
        BigDecimal committedAfter = new BigDecimal(figure(api.get(grace, poolPosition).expect(200).json(), "committed"));
        assertEquals(new BigDecimal("-29999.99"), committedAfter.subtract(committedBefore),
                "the pool's commitment falls by exactly the cut");
    }

    @Test
    void aCoFundedContractDrawsEachShareFromItsFundAndASubcontractMustFitInItsLead() {
        long gla = given.requesterOrganisation();
        long earmarked = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        long other = given.fund("GRANT_PROGRAMME_POT", gla, "2019-20");
        given.contribute(earmarked, gla, "50000.00", "2019-04-01");
        given.contribute(other, gla, "50000.00", "2019-04-01");
        long allocation = api.post(REQUESTER, "api/allocations", obj().add("fundId", earmarked).add("amount", gbp("30000.00"))
                .add("purpose", "lead provider grant").add("targetType", "CONTRACT").add("valueDate", "2019-04-01").build())
                .expect(201).id();
        long lead = given.organisation(Scenario.unique("IT lead provider"), "REGISTERED_CHARITY");
        long sub = given.organisation(Scenario.unique("IT Mind"), "REGISTERED_CHARITY");
        long leadService = given.service(lead, "LONELINESS_ISOLATION", "150.00");
        long subService = given.service(sub, "MENTAL_WELLBEING", "180.00");

        JsonObject body = given.contract(lead, gla, "50000.00", leadService).add("funding", Json.createArrayBuilder()
                .add(obj().add("fundId", earmarked).add("allocationId", allocation).add("amount", gbp("30000.00")))
                .add(obj().add("fundId", other).add("amount", gbp("20000.00")))).build();
        long contract = api.post(REQUESTER, "api/contracts", body).expect(201).id();
        api.post(REQUESTER, "api/contracts/" + contract + "/activate", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonObject a = given.position(earmarked, "asOf=2020-03-31");
        assertEquals("30000.00", figure(a, "committed"));
        assertEquals("30000.00", figure(a, "allocated"), "the earmark became the commitment (allocated includes committed)");
        assertEquals("20000.00", figure(a, "remaining"));
        assertEquals("20000.00", figure(given.position(other, "asOf=2020-03-31"), "committed"));
        assertEquals(List.of(contract), api.get(REQUESTER, "api/funds/" + other + "/contracts").expect(200).array().stream()
                .map(c -> c.asJsonObject().getJsonNumber("id").longValue()).toList(), "the fund drills down to the contract");

        JsonObject tooBig = subcontract(contract, sub, subService, "60000.00");
        long big = api.post(REQUESTER, "api/contracts", tooBig).expect(201).id();
        assertEquals("SUBCONTRACTS_EXCEED_LEAD", api.post(REQUESTER, "api/contracts/" + big + "/activate",
                JsonValue.EMPTY_JSON_OBJECT).expect(409).json().getString("reason"));
        long fits = api.post(REQUESTER, "api/contracts", subcontract(contract, sub, subService, "18000.00")).expect(201).id();
        api.post(REQUESTER, "api/contracts/" + fits + "/activate", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonObject leadView = api.get(REQUESTER, "api/contracts/" + contract).expect(200).json();
        assertEquals("18000.00", leadView.getJsonObject("subcontracted").getString("amount"));
        assertEquals("30000.00", figure(given.position(earmarked, "asOf=2020-03-31"), "committed"),
                "a subcontract is paid out of its lead's commitment, not committed again");

        assertEquals("WRONG_STATUS", api.post(REQUESTER, "api/contracts/" + contract + "/end", obj()
                .add("reason", "year end").add("effectiveDate", "2020-03-31").build()).expect(409).json().getString("reason"),
                "an active subcontract must be closed before its lead");
    }

    /**
     * Ending a contract whose claims went beyond the instalments due releases only what it still holds committed:
     * £40,000 in four £10,000 instalments, a £24,000 cost claim approved in Q1, ended on 30 June when £10,000 is owed.
     * Value less owed would be £30,000, but only £16,000 is left committed: exactly that goes back.
     */
    @Test
    void endingAContractAfterClaimsBeyondWhatFellDueReleasesOnlyWhatItStillHoldsCommitted() {
        long gla = given.requesterOrganisation();
        long fund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        given.contribute(fund, gla, "100000.00", "2019-04-01");
        long provider = given.organisation(Scenario.unique("IT over-claimed provider"), "REGISTERED_CHARITY");
        String vcse = Scenario.unique("it-vcse");
        api.post("admin", "api/users", obj().add("username", vcse).add("displayName", "IT finance lead")
                .add("password", Api.PASSWORD).add("role", "VCSE_FINANCE").add("organisationId", provider).build()).expect(201);
        long service = given.service(provider, "MENTAL_WELLBEING", "120.00");
        long contract = api.post(REQUESTER, "api/contracts",
                given.contract(provider, gla, "40000.00", service, fund, "40000.00").build()).expect(201).id();
        api.post(REQUESTER, "api/contracts/" + contract + "/activate", obj().add("valueDate", "2019-04-01").build()).expect(200);
        long claim = api.post(vcse, "api/claims", obj().add("contractId", contract).add("quarter", "2019-20 Q1")
                .add("lines", Json.createArrayBuilder().add(obj().add("kind", "COST").add("description", "Sessions delivered")
                        .add("amount", gbp("24000.00")))).build()).expect(201).id();
        api.post(vcse, "api/claims/" + claim + "/submit", obj().add("declaration", "True and complete.").build()).expect(200);
        api.post(APPROVER, "api/claims/" + claim + "/approve", obj().build()).expect(200);
        JsonObject before = api.get(REQUESTER, "api/contracts/" + contract).expect(200).json();
        assertEquals("40000.00", before.getJsonArray("funding").getJsonObject(0).getJsonObject("outstandingCommitment")
                .getString("amount"), "the contract's own commitment");

        long decision = given.decision(gla, "2019-06-30");
        JsonObject ended = api.post(REQUESTER, "api/contracts/" + contract + "/end", obj().add("decisionId", decision)
                .add("reason", "service moved in-house").add("effectiveDate", "2019-06-30").build()).expect(200).json();
        assertEquals("END", ended.getString("kind"));
        JsonObject position = given.position(fund, "asOf=2020-03-31");
        assertEquals("24000.00", figure(position, "committed"), "what was claimed stays; nothing else is committed");
        assertEquals("24000.00", figure(position, "approved"));
        assertEquals("76000.00", figure(position, "remaining"), "exactly £16,000 went back");
        List<String> released = api.get(REQUESTER, "api/funds/" + fund + "/ledger?account=AVAILABLE").expect(200).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("valueDate").equals("2019-06-30") && p.getString("sourceType").equals("CONTRACT"))
                .map(p -> p.getJsonObject("amount").getString("amount")).toList();
        assertEquals(List.of("16000.00"), released, "the release is the rest of what the contract held committed");
        assertEquals(0, api.get(REQUESTER, "api/ledger/trial-balance").expect(200).json().getJsonNumber("GBP")
                .bigDecimalValue().signum());
    }

    private JsonObject subcontract(long lead, long provider, long service, String value) {
        return obj().add("reference", Scenario.unique("IT-SUB")).add("title", "IT subcontract").add("type", "BLOCK")
                .add("providerId", provider).add("leadContractId", lead).add("startDate", "2019-04-01")
                .add("endDate", "2020-03-31").add("value", gbp(value))
                .add("services", Json.createArrayBuilder().add(obj().add("serviceId", service))).build();
    }

    @Test
    void badInputIsRefusedWithTheFieldAtFaultAndNothingWritten() {
        long gla = given.requesterOrganisation();
        long fund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        given.contribute(fund, gla, "10000.00", "2019-04-01");
        long provider = given.organisation(Scenario.unique("IT provider"), "REGISTERED_CHARITY");
        long service = given.service(provider, "HOUSING", "90.00");

        JsonObject negative = api.post(REQUESTER, "api/contracts", given.contract(provider, gla, "-5.00", service, fund, "5.00")
                .add("startDate", "2019-06-01").add("endDate", "2019-05-01").build()).expect(400).json();
        List<String> fields = negative.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("value.amount", "endDate")), "both mistakes reported at once: " + fields);
        assertTrue(negative.getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("message").equals("the end date 1 May 2019 is before the start date 1 June 2019")),
                "dates in a refusal read as people write them: " + negative);

        JsonObject split = api.post(REQUESTER, "api/contracts", given.contract(provider, gla, "9000.00", service, fund, "8000.00")
                .build()).expect(422).json();
        assertEquals("FUNDING_SPLIT_INVALID", split.getString("reason"));
        assertEquals("funding", split.getString("field"));

        JsonObject unknownNeed = api.post(REQUESTER, "api/services", obj().add("providerId", provider).add("name", "x")
                .add("needs", Json.createArrayBuilder().add("ASTROLOGY")).add("areas", Json.createArrayBuilder().add("E09000030"))
                .add("capacityUnit", "PLACES").add("capacityPerQuarter", 5).add("unitCost", gbp("10.00")).build())
                .expect(422).json();
        assertEquals("needs", unknownNeed.getString("field"));
        assertEquals("UNKNOWN_REFERENCE", unknownNeed.getString("reason"));

        JsonObject unknownArea = api.post(REQUESTER, "api/services", obj().add("providerId", provider).add("name", "x")
                .add("needs", Json.createArrayBuilder().add("HOUSING")).add("areas", Json.createArrayBuilder().add("E09999999"))
                .add("capacityUnit", "PLACES").add("capacityPerQuarter", 5).add("unitCost", gbp("-1.00")).build())
                .expect(400).json();
        assertEquals("unitCost.amount", unknownArea.getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(0, api.get(REQUESTER, "api/contracts?providerId=" + provider).expect(200).array().size(),
                "no contract was half-written");

        JsonObject budget = workedExample(service, "4");
        api.put("admin", "api/fcr-budgets/" + provider + "/2019-20", budget).expect(200);
        JsonObject drivers = api.put("admin", "api/fcr-budgets/" + provider + "/2019-20", workedExample(service, "5"))
                .expect(422).json();
        assertEquals("FCR_DRIVERS_INVALID", drivers.getString("reason"));
        assertEquals("drivers", drivers.getString("field"));
        assertTrue(drivers.getString("detail").contains("headcount adds up to 4"), drivers.getString("detail"));
        assertEquals("4.00", api.get("admin", "api/fcr-budgets/" + provider + "/2019-20").expect(200).json()
                .getJsonNumber("totalHeadcount").bigDecimalValue().setScale(2).toPlainString(), "the stored budget is unchanged");
    }

    /** The budget's input rules are FcrDraft's, shared with the FCR screen; the API answers them as an invalid request. */
    @Test
    void anFcrBudgetWithANegativeOrMissingFigureIsAnInvalidRequestNamingEachField() {
        long provider = given.organisation(Scenario.unique("IT provider"), "REGISTERED_CHARITY");
        JsonObject body = Json.createObjectBuilder(workedExample(null, "4")).remove("centralFunctions")
                .add("activities", Json.createArrayBuilder().add(activity("Link service", null, "-2", "2.0", null,
                        Json.createArrayBuilder().add(staff("Link worker", "2.0", "-28000.00"))))).build();
        JsonObject refused = api.put("admin", "api/fcr-budgets/" + provider + "/2019-20", body).expect(400).json();
        assertEquals(List.of("centralFunctions", "activities[0].headcount", "activities[0].lines[0].salary"),
                refused.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList(),
                refused.toString());
        assertEquals(404, api.get("admin", "api/fcr-budgets/" + provider + "/2019-20").status(), "nothing was saved");
    }

    /**
     * The hand-worked example of FullCostRecoveryTest, through the API: the link service costs £91,615.00, £183.23 a
     * referral; a one-year contract paying £72,000 for it under-recovers £19,615.00, 21.41% of full cost.
     */
    @Test
    void theWorkedFullCostExampleMatchesToThePennyAndShowsOnTheContract() {
        long gla = given.requesterOrganisation();
        long fund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        given.contribute(fund, gla, "72000.00", "2019-04-01");
        long provider = given.organisation(Scenario.unique("IT provider"), "REGISTERED_CHARITY");
        long service = given.service(provider, "LONELINESS_ISOLATION", "183.23");
        JsonObject saved = api.put("admin", "api/fcr-budgets/" + provider + "/2019-20", workedExample(service, "4"))
                .expect(200).json();
        JsonObject link = saved.getJsonArray("activities").getJsonObject(0);
        assertEquals("72200.00", link.getJsonObject("direct").getString("amount"));
        assertEquals("91615.00", link.getJsonObject("fullCost").getString("amount"));
        assertEquals("183.23", link.getJsonObject("fullCostPerUnit").getString("amount"));
        assertEquals("3610.00", link.getJsonObject("overheads").getJsonObject("GOVERNANCE_AND_STRATEGY").getString("amount"));

        long contract = api.post(REQUESTER, "api/contracts", given.contract(provider, gla, "72000.00", service, fund, "72000.00")
                .build()).expect(201).id();
        JsonObject active = api.post(REQUESTER, "api/contracts/" + contract + "/activate", JsonValue.EMPTY_JSON_OBJECT)
                .expect(200).json();
        JsonObject recovery = active.getJsonArray("underRecovery").getJsonObject(0);
        assertEquals("2019-20", recovery.getString("financialYear"));
        assertEquals("72000.00", recovery.getJsonObject("income").getString("amount"));
        assertEquals("91615.00", recovery.getJsonObject("fullCost").getString("amount"));
        assertEquals("19615.00", recovery.getJsonObject("underRecovery").getString("amount"));
        assertEquals("21.41", recovery.getJsonNumber("underRecoveryPct").bigDecimalValue().toPlainString());
        assertTrue(api.get(REQUESTER, "api/contracts/under-recovery").expect(200).array().stream()
                .anyMatch(l -> l.asJsonObject().getJsonNumber("contractId").longValue() == contract),
                "the commissioner's under-recovery table lists it");
    }

    @Test
    void aProvidersFcrBudgetIsReadableOnlyByItselfAndItsCommissioners() {
        long mind = organisationNamed("Mind in Bexley");
        long poplar = organisationNamed("Poplar Wellbeing Partnership");
        assertEquals(404, api.get("sam.patel", "api/fcr-budgets/" + mind + "/2019-20").status(), "another provider's budget");
        assertEquals(404, api.put("sam.patel", "api/fcr-budgets/" + mind + "/2019-20", workedExample(null, "4")).status(),
                "nor can it overwrite one");
        assertEquals(200, api.get("maya.jones", "api/fcr-budgets/" + mind + "/2019-20").status(), "its own");
        assertEquals(200, api.get("lena.fox", "api/fcr-budgets/" + mind + "/2019-20").status(),
                "the commissioner of the lead contract Mind subcontracts under");
        assertEquals(404, api.get("dan.reeves", "api/fcr-budgets/" + mind + "/2019-20").status(), "a commissioner with no contract");
        assertEquals(200, api.get("sam.patel", "api/fcr-budgets/" + poplar + "/2019-20").status());
        assertTrue(api.get("sam.patel", "api/fcr-budgets").array().stream()
                .allMatch(b -> b.asJsonObject().getJsonObject("provider").getJsonNumber("id").longValue() == poplar));
        assertEquals(404, api.get("sam.patel", "api/contracts/" + contractNamed("LBB-SP-19-MIND")).status(),
                "nor another provider's contract");
    }

    @Test
    void theOcdsExportIsAValidReleasePackage() {
        JsonObject lead = api.get("lena.fox", "api/contracts/" + contractNamed("LBB-SP-19-LEAD")).expect(200).json();
        // Q4's report (BrowserIT accepts Q2's: on MariaDB both classes share one database).
        long q4 = lead.getJsonArray("schedule").getJsonObject(3).getJsonNumber("id").longValue();
        api.post("lena.fox", "api/contracts/" + lead.getJsonNumber("id") + "/schedule/" + q4 + "/accept-report",
                JsonValue.EMPTY_JSON_OBJECT).expect(200);

        Api.Reply reply = api.get("admin", "api/contracts/ocds").expect(200);
        assertEquals(List.of(), OcdsSchema.violations(reply.body()));
        JsonObject pkg = reply.json();
        JsonObject broken = Json.createObjectBuilder(pkg).add("releases", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(pkg.getJsonArray("releases").getJsonObject(0)).remove("ocid")
                        .add("tag", Json.createArrayBuilder().add("signed")))).build();
        assertTrue(OcdsSchema.violations(broken.toString()).size() >= 2, "the schema check does catch a bad release");
        JsonObject leadRelease = release(pkg, "LBB-SP-19-LEAD");
        JsonObject sub = release(pkg, "LBB-SP-19-MIND");
        assertEquals("subContract", leadRelease.getJsonArray("relatedProcesses").getJsonObject(0)
                .getJsonArray("relationship").getString(0));
        assertEquals(leadRelease.getString("ocid"), sub.getJsonArray("relatedProcesses").getJsonObject(0).getString("identifier"));
        List<String> milestoneStatuses = leadRelease.getJsonArray("contracts").getJsonObject(0).getJsonArray("milestones")
                .stream().map(m -> m.asJsonObject().getString("status")).toList();
        assertEquals(List.of("met", "scheduled", "met"), List.of(milestoneStatuses.get(0), milestoneStatuses.get(2),
                milestoneStatuses.get(3)), "Q1 accepted in the demo, Q3 waiting, Q4 accepted here: " + milestoneStatuses);
        List<String> roles = leadRelease.getJsonArray("parties").stream()
                .flatMap(p -> p.asJsonObject().getJsonArray("roles").stream()).map(r -> ((jakarta.json.JsonString) r).getString())
                .distinct().sorted().toList();
        assertEquals(List.of("buyer", "funder", "payee", "payer", "supplier"), roles);
        assertTrue(api.get("sam.patel", "api/contracts/ocds").expect(200).json().getJsonArray("releases").stream()
                .allMatch(r -> r.asJsonObject().getString("ocid").endsWith("THCCG-SP-19-1")), "each sees only their own");
    }

    /**
     * Evidence on the Bexley grant's Q3 milestone, whose report stays waiting in every test: the provider's finance
     * lead attaches it (raw or multipart; the same bytes again return the first file), the provider and the
     * commissioner list and download it byte for byte, another provider is told nothing exists, and a disguised
     * program or a file over the limit (1 MB in the ITs: EVIDENCE_MAX_BYTES) is refused in words.
     */
    @Test
    void milestoneEvidenceIsCheckedFromItsBytesAndReadOnlyByThoseWhoSeeTheContract() throws Exception {
        JsonObject lead = api.get("lena.fox", "api/contracts/" + contractNamed("LBB-SP-19-LEAD")).expect(200).json();
        long q3 = lead.getJsonArray("schedule").getJsonObject(2).getJsonNumber("id").longValue();
        String path = "api/contracts/" + lead.getJsonNumber("id") + "/milestones/" + q3 + "/evidence";
        byte[] pdf = pdf(Scenario.unique("Q3 monitoring report"));

        JsonObject stored = api.postFile("joe.bright", path, "application/octet-stream", "Q3 report.pdf", pdf).expect(201).json();
        assertEquals("application/pdf", stored.getString("contentType"), "the type comes from the bytes");
        assertEquals("Q3 report.pdf", stored.getString("fileName"));
        assertEquals(pdf.length, stored.getJsonNumber("sizeBytes").longValue());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), stored.getString("sha256"));
        assertEquals("joe.bright", stored.getString("uploadedBy"));
        assertEquals(stored.getInt("id"), api.postFile("joe.bright", path, "application/pdf", "again.pdf", pdf).expect(200)
                .json().getInt("id"), "the same bytes again are the file already there");
        byte[] csv = ("quarter,referrals\n2019-20-Q3," + System.nanoTime() % 1000 + "\n").getBytes(StandardCharsets.UTF_8);
        JsonObject sheet = api.postMultipart("joe.bright", path, "referrals.csv", "text/csv", csv).expect(201).json();
        assertEquals("CSV", sheet.getString("type"));

        for (String reader : List.of("joe.bright", "lena.fox")) {
            List<Integer> listed = api.get(reader, path).expect(200).array().stream()
                    .map(f -> f.asJsonObject().getInt("id")).toList();
            assertTrue(listed.containsAll(List.of(stored.getInt("id"), sheet.getInt("id"))), reader + " lists both: " + listed);
            Api.Download file = api.download(reader, "api/evidence/" + stored.getInt("id"), "application/pdf").expect(200);
            assertTrue(java.util.Arrays.equals(pdf, file.body()), "byte for byte, for " + reader);
            assertEquals("application/pdf", file.contentType());
            assertTrue(file.disposition().startsWith("attachment; filename=\"Q3 report.pdf\""), file.disposition());
            assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        }

        assertEquals(404, api.download("sam.patel", "api/evidence/" + stored.getInt("id"), "application/pdf").status(),
                "another provider is told it does not exist");
        assertEquals(404, api.get("sam.patel", path).status());
        assertEquals(404, api.postFile("sam.patel", path, "application/pdf", "x.pdf", pdf(Scenario.unique("x"))).status());
        JsonObject commissioner = api.postFile("lena.fox", path, "application/pdf", "x.pdf", pdf(Scenario.unique("y")))
                .expect(403).json();
        assertEquals("NOT_YOUR_ORGANISATION", commissioner.getString("reason"));

        byte[] program = new byte[2048];
        program[0] = 'M';
        program[1] = 'Z';
        JsonObject disguised = api.postFile("joe.bright", path, "application/pdf", "invoice.pdf", program).expect(415).json();
        assertEquals("UNSUPPORTED_FILE_TYPE", disguised.getString("reason"));
        assertTrue(disguised.getString("detail").startsWith("the file is a Windows program"), disguised.getString("detail"));
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        JsonObject tooBig = api.postFile("joe.bright", path, "application/pdf", "big.pdf", big).expect(413).json();
        assertEquals("FILE_TOO_LARGE", tooBig.getString("reason"));
        assertTrue(tooBig.getString("detail").contains("limit of 1 MB"), tooBig.getString("detail"));
        assertTrue(api.get("joe.bright", path).array().stream().map(f -> f.asJsonObject().getString("fileName"))
                .noneMatch(n -> n.startsWith("invoice") || n.startsWith("big")), "nothing refused was stored");
        String openapi = api.get(null, "/openapi").expect(200).body();
        assertTrue(openapi.contains("/api/contracts/{id}/milestones/{line}/evidence") && openapi.contains("/api/evidence/{id}"),
                "OpenAPI documents the evidence endpoints");
    }

    /** A one-page PDF whose bytes differ by {@code marker}, so each test run attaches a new file. */
    static byte[] pdf(String marker) throws java.io.IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle(marker);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static JsonObject release(JsonObject pkg, String reference) {
        return pkg.getJsonArray("releases").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("ocid").endsWith("-" + reference)).findFirst().orElseThrow();
    }

    private long organisationNamed(String name) {
        return api.get("admin", "api/organisations").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long contractNamed(String reference) {
        return api.get("admin", "api/contracts").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("reference").equals(reference)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** The worked example's organisation, with the link service tied to a directory service and a given total headcount. */
    private static JsonObject workedExample(Long linkService, String totalHeadcount) {
        JsonArrayBuilder activities = Json.createArrayBuilder()
                .add(activity("Social prescribing link service", linkService, "2", "2.0", "500", Json.createArrayBuilder()
                        .add(staff("Link worker", "2.0", "28000.00")).add(other("TRAVEL", "1800.00"))
                        .add(other("MATERIALS", "1200.00")).add(other("SUPERVISION", "2000.00"))))
                .add(activity("Befriending", null, "1", "1.0", "150", Json.createArrayBuilder()
                        .add(staff("Co-ordinator", "1.0", "24000.00")).add(other("VOLUNTEER_EXPENSES", "3000.00"))
                        .add(other("TRAINING", "1200.00"))))
                .add(activity("Other activities", null, "1", "0.5", null, Json.createArrayBuilder()
                        .add(staff("Director (part)", "0.5", "30000.00"))));
        return obj().add("currency", "GBP").add("premisesAndOffice", gbp("12000.00")).add("centralFunctions", gbp("14000.00"))
                .add("governanceAndStrategy", gbp("6160.00")).add("fundraising", gbp("3080.00"))
                .add("totalHeadcount", totalHeadcount).add("totalStaffTime", "3.5").add("activities", activities).build();
    }

    private static jakarta.json.JsonObjectBuilder activity(String name, Long service, String headcount, String staffTime,
                                                           String units, JsonArrayBuilder lines) {
        jakarta.json.JsonObjectBuilder a = obj().add("name", name).add("headcount", headcount).add("staffTime", staffTime)
                .add("lines", lines);
        if (service != null) {
            a.add("serviceId", service);
        }
        if (units != null) {
            a.add("unitsPerYear", units);
        }
        return a;
    }

    private static jakarta.json.JsonObjectBuilder staff(String role, String fte, String salary) {
        return obj().add("category", "STAFF").add("description", role).add("fte", fte).add("salary", gbp(salary))
                .add("onCostPct", "20");
    }

    private static jakarta.json.JsonObjectBuilder other(String category, String amount) {
        return obj().add("category", category).add("description", category.toLowerCase()).add("amount", gbp(amount));
    }

    @Test
    void aContractOrVariationCannotCiteAnotherOrganisationsDecision() {
        long bexleyDecision = api.get("admin", "api/decisions").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("reference").equals("LBB-SP-2019-01")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long gla = given.requesterOrganisation();
        long fund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        given.contribute(fund, gla, "50000.00", "2019-04-01");
        long provider = given.organisation(Scenario.unique("IT provider"), "REGISTERED_CHARITY");
        long service = given.service(provider, "MENTAL_WELLBEING", "120.00");

        JsonObject refused = api.post(REQUESTER, "api/contracts", given.contract(provider, gla, "10000.00", service, fund,
                "10000.00").add("decisionId", bexleyDecision).build()).expect(422).json();
        assertEquals("DECISION_OF_ANOTHER_ORGANISATION", refused.getString("reason"));
        assertEquals("decisionId", refused.getString("field"));
        assertTrue(refused.getString("detail").startsWith("LBB-SP-2019-01 is a decision of the London Borough of Bexley"),
                refused.getString("detail"));

        long id = api.post(REQUESTER, "api/contracts", given.contract(provider, gla, "10000.00", service, fund, "10000.00")
                .add("decisionId", given.decision(gla, "2019-03-01")).build()).expect(201).id();
        api.post(REQUESTER, "api/contracts/" + id + "/activate", obj().add("valueDate", "2019-04-01").build()).expect(200);
        JsonObject variation = api.post(REQUESTER, "api/contracts/" + id + "/variations", obj().add("decisionId", bexleyDecision)
                .add("reason", "more sessions").add("effectiveDate", "2019-09-01").add("newValue", gbp("12000.00")).build())
                .expect(422).json();
        assertEquals("DECISION_OF_ANOTHER_ORGANISATION", variation.getString("reason"));
        assertEquals("10000.00", figure(given.position(fund, "asOf=2020-03-31"), "committed"), "nothing was varied");
    }
}
