package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.it.Api.gbp;
import static uk.commissioning.it.Api.obj;
import static uk.commissioning.it.Scenario.APPROVER;
import static uk.commissioning.it.Scenario.REQUESTER;
import static uk.commissioning.it.Scenario.figure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The funding API end to end on a real Payara Micro: the DD2419 scenario, errors as problem+json, access, docs, and
 * the fund position statement as PDF (which also proves JasperReports' libraries deploy beside Payara's own).
 */
class FundingApiIT extends ApiIT {

    @Test
    void dd2419MovesTwentyThousandToTeamLondonAndAllocatesTwoProcurements() {
        long gla = given.requesterOrganisation();
        long health = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        long teamLondon = given.fund("GRANT_PROGRAMME_POT", gla, "2019-20");
        given.contribute(health, gla, "200000.00", "2019-04-01");
        given.contribute(teamLondon, gla, "100000.00", "2019-04-01");
        long dd2419 = given.decision(gla, "2019-12-17");
        JsonObject before = given.position(health, "asOf=2019-12-16");

        for (String purpose : List.of("VCSE social prescribing network", "Tools and materials for VCSE")) {
            api.post(REQUESTER, "api/allocations", obj().add("fundId", health).add("amount", gbp("25000.00"))
                    .add("purpose", purpose).add("targetType", "PROCUREMENT").add("decisionId", dd2419)
                    .add("valueDate", "2019-12-17").build()).expect(201);
        }
        long transfer = given.requestTransfer(health, teamLondon, "20000.00", dd2419, "2019-12-17").expect(201).id();
        assertEquals("100000.00", figure(given.position(teamLondon, "asOf=2020-03-31"), "budget"),
                "a pending transfer moves no money");

        JsonObject self = api.post(REQUESTER, "api/transfers/" + transfer + "/approve", JsonValue.EMPTY_JSON_OBJECT)
                .expect(409).json();
        assertEquals("SELF_APPROVAL", self.getString("reason"));
        JsonObject approved = api.post(APPROVER, "api/transfers/" + transfer + "/approve", JsonValue.EMPTY_JSON_OBJECT)
                .expect(200).json();
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(APPROVER, approved.getString("decidedBy"));

        assertEquals("120000.00", figure(given.position(teamLondon, "asOf=2020-03-31"), "budget"));
        JsonObject after = given.position(health, "asOf=2020-03-31");
        assertEquals("200000.00", figure(before, "remaining"));
        assertEquals("130000.00", figure(after, "remaining"), "remaining falls by £70,000.00");
        assertEquals("180000.00", figure(after, "budget"), "the transfer takes £20,000.00 out of the budget");
        assertEquals("50000.00", figure(after, "allocated"));

        JsonObject q3 = given.position(teamLondon, "quarter=2019-20-Q3");
        assertEquals("2019-12-31", q3.getString("asOf"));
        assertEquals("20000.00", q3.getJsonObject("movementInQuarter").getJsonObject("budget").getString("amount"));
        assertEquals("0.00", api.get(REQUESTER, "api/ledger/trial-balance").expect(200).json()
                .getJsonNumber("GBP").bigDecimalValue().setScale(2).toPlainString());

        JsonObject page = api.get(REQUESTER, "api/funds/" + health + "/ledger?size=2&page=1").expect(200).json();
        assertEquals(7, page.getInt("total"), "contribution 2 + allocations 4 + transfer 1 postings");
        assertEquals(2, page.getJsonArray("items").size());

        var audit = api.get(REQUESTER, "api/audit?entity=Transfer&id=" + transfer).expect(200).array();
        assertEquals(List.of("APPROVED", "REQUESTED"),
                audit.stream().map(e -> e.asJsonObject().getString("action")).toList());
        JsonObject approval = audit.getJsonObject(0);
        assertEquals(APPROVER, approval.getString("actor"));
        assertEquals("PENDING", approval.getJsonObject("before").getString("status"));
        assertEquals("APPROVED", approval.getJsonObject("after").getString("status"));
    }

    @Test
    void pooledFundSplitsItsPositionByRiskShare() {
        long ccg = given.organisation("IT CCG", "CCG");
        long council = given.requesterOrganisation();
        long pool = api.post(REQUESTER, "api/funds", obj().add("code", Scenario.unique("IT-POOL")).add("name", "Pool")
                .add("type", "POOLED_FUND").add("ownerId", council).add("financialYear", "2019-20")
                .add("purpose", "Section 75").add("partners", Json.createArrayBuilder()
                        .add(obj().add("organisationId", ccg).add("shareType", "FIXED").add("riskSharePct", 50))
                        .add(obj().add("organisationId", council).add("shareType", "FIXED").add("riskSharePct", 50)))
                .build()).expect(201).id();
        given.contribute(pool, ccg, "150000.00", "2019-04-01");
        given.contribute(pool, council, "150000.00", "2019-04-01");
        api.post(REQUESTER, "api/allocations", obj().add("fundId", pool).add("amount", gbp("10000.01"))
                .add("purpose", "odd penny").add("targetType", "OTHER").add("valueDate", "2019-05-01").build()).expect(201);

        JsonObject position = given.position(pool, "asOf=2020-03-31");
        var partners = position.getJsonArray("partners");
        assertEquals(2, partners.size());
        assertEquals("5000.01", partners.getJsonObject(0).getJsonObject("figures").getJsonObject("allocated").getString("amount"));
        assertEquals("5000.00", partners.getJsonObject(1).getJsonObject("figures").getJsonObject("allocated").getString("amount"));
        assertEquals("150000.00", partners.getJsonObject(1).getJsonObject("contributed").getString("amount"));
        assertEquals("289999.99", figure(position, "remaining"));
    }

    @Test
    void fundPositionStatementIsTheQuartersPositionAsAPdfForThoseWhoMaySeeTheFund() throws IOException {
        long health = fundId(REQUESTER, "GLA-HEALTH-SP-2019-20");
        String path = "api/funds/" + health + "/statement.pdf?quarter=2019-20-Q3";
        JsonObject position = given.position(health, "quarter=2019-20-Q3");

        Api.Download pdf = api.download(REQUESTER, path, "application/pdf").expect(200);
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.disposition().contains("filename=\"GLA-HEALTH-SP-2019-20-2019-20-Q3.pdf\""), pdf.disposition());
        String text = pdfText(pdf.body());
        for (String heading : List.of("FUND POSITION STATEMENT", "Quarter 2019-20 Q3",
                "Health Team social prescribing programme 2019/20", "Greater London Authority",
                "Position at 31 December 2019", "by " + REQUESTER, "Page 1 of 1")) {
            assertTrue(text.contains(heading), () -> "missing '" + heading + "' in:\n" + text);
        }
        // The same figures as the position endpoint, each in its row: the quarter's movement, then the position.
        for (String figure : List.of("budget", "allocated", "committed", "claimed", "approved", "paid", "accrued",
                "remaining")) {
            String label = Character.toUpperCase(figure.charAt(0)) + figure.substring(1);
            String cells = pounds(position.getJsonObject("movementInQuarter").getJsonObject(figure)) + " "
                    + pounds(position.getJsonObject("total").getJsonObject(figure));
            assertTrue(Arrays.stream(text.split("\\R")).anyMatch(l -> l.startsWith(label + " ") && l.endsWith(" " + cells)),
                    () -> "no row '" + label + " … " + cells + "' in:\n" + text);
        }

        for (String outsider : List.of("dan.reeves", "sam.patel")) {
            assertEquals(404, api.download(outsider, path, "application/pdf").status(), outsider + " sees no GLA budget");
        }
        long pool = fundId("kofi.mensah", "WF-SP-POOL-2019-20");
        String poolText = pdfText(api.download("kofi.mensah", "api/funds/" + pool + "/statement.pdf?quarter=2019-20-Q1",
                "application/pdf").expect(200).body());
        for (String part : List.of("By partner at 30 June 2019", "NHS Waltham Forest CCG", "GB-LAE-WFT", "All partners")) {
            assertTrue(poolText.contains(part), () -> "a partner of the pool sees its split: missing '" + part + "' in:\n"
                    + poolText);
        }

        for (String bad : List.of("", "?quarter=2019-20-Q5")) {
            Api.Download problem = api.download(REQUESTER, "api/funds/" + health + "/statement.pdf" + bad, "application/pdf");
            assertEquals(400, problem.status(), bad);
            assertTrue(problem.contentType().startsWith("application/problem+json"), problem.contentType());
        }
    }

    @Test
    void badInputIsAProblemNamingEveryFieldAtFault() {
        Api.Reply reply = api.post(REQUESTER, "api/transfers", obj().add("fromFundId", 1).add("toFundId", "two")
                .add("amount", obj().add("amount", "12.345").add("currency", "GBP")).add("valueDate", "2019-13-01").build());
        reply.expect(400);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        List<String> fields = reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("toFundId", "amount.amount", "decisionId", "valueDate", "reason"), fields);

        assertEquals(400, api.post(REQUESTER, "api/transfers", "{not json").status());
        assertEquals(404, api.get(REQUESTER, "api/funds/987654321").status());
        assertEquals(404, api.get(REQUESTER, "api/funds/987654321/position").status());
        JsonObject badQuarter = api.get(REQUESTER, "api/funds/1/position?quarter=2019-20-Q5").expect(400).json();
        assertEquals("quarter", badQuarter.getString("field"));
    }

    @Test
    void ruleViolationsAreConflictsWithAReason() {
        long gla = given.requesterOrganisation();
        long a = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        long b = given.fund("GRANT_PROGRAMME_POT", gla, "2019-20");
        given.contribute(a, gla, "1000.00", "2019-04-01");
        long decision = given.decision(gla, "2019-06-01");

        assertReason(given.requestTransfer(a, b, "1000.01", decision, "2019-06-01"), 409, "INSUFFICIENT_REMAINING_BUDGET", "amount");
        assertReason(given.requestTransfer(a, a, "10.00", decision, "2019-06-01"), 422, "SAME_FUND", "toFundId");
        assertReason(api.post(REQUESTER, "api/transfers", obj().add("fromFundId", a).add("toFundId", b)
                .add("amount", obj().add("amount", "10.00").add("currency", "EUR")).add("decisionId", decision)
                .add("valueDate", "2019-06-01").add("reason", "wrong currency").build()), 422, "MIXED_CURRENCY", "amount");
        assertReason(given.requestTransfer(a, b, "10.00", 987654321L, "2019-06-01"), 422, "UNKNOWN_REFERENCE", "decisionId");
        assertReason(api.post(REQUESTER, "api/allocations", obj().add("fundId", a).add("amount", gbp("5.00"))
                .add("purpose", "out of year").add("targetType", "OTHER").add("valueDate", "2020-04-01").build()),
                422, "OUTSIDE_FINANCIAL_YEAR", "valueDate");
        assertReason(api.post(REQUESTER, "api/funds", obj().add("code", Scenario.unique("IT-BADPOOL")).add("name", "Pool")
                .add("type", "POOLED_FUND").add("ownerId", gla).add("financialYear", "2019-20").add("purpose", "p")
                .add("partners", Json.createArrayBuilder()
                        .add(obj().add("organisationId", gla).add("shareType", "FIXED").add("riskSharePct", 60))
                        .add(obj().add("organisationId", given.organisation("IT partner", "CCG")).add("shareType", "FIXED")
                                .add("riskSharePct", 50))).build()), 422, "RISK_SHARES_INVALID", "partners");
        assertEquals("1000.00", figure(given.position(a, "asOf=2020-03-31"), "remaining"), "nothing was half-written");
    }

    @Test
    void callersMustSignInAndHoldAMoneyRole() {
        assertEquals(401, api.get(null, "api/funds").status());
        assertEquals(401, api.get("priya.shah-wrong", "api/funds").status());
        assertEquals(200, api.get("sam.patel", "api/funds").status());
        JsonObject forbidden = api.post("sam.patel", "api/organisations", obj().add("name", "x").add("type", "CIC").build())
                .expect(403).json();
        assertEquals(403, forbidden.getInt("status"));
    }

    @Test
    void aPendingTransferIsWithdrawnOnlyByItsRequesterAndRejectedOnlyByTheApproversSide() {
        long gla = given.requesterOrganisation();
        long from = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        long to = given.fund("GRANT_PROGRAMME_POT", gla, "2019-20");
        given.contribute(from, gla, "1000.00", "2019-04-01");
        long decision = given.decision(gla, "2019-06-01");
        long first = given.requestTransfer(from, to, "100.00", decision, "2019-06-01").expect(201).id();

        JsonObject notTheirs = api.post(APPROVER, "api/transfers/" + first + "/withdraw", obj().build()).expect(403).json();
        assertEquals("NOT_YOUR_ORGANISATION", notTheirs.getString("reason"));
        assertTrue(notTheirs.getString("detail").contains("only they may withdraw it"), notTheirs.getString("detail"));
        api.post("dan.reeves", "api/transfers/" + first + "/withdraw", obj().build()).expect(404);
        assertEquals("SELF_APPROVAL", api.post(REQUESTER, "api/transfers/" + first + "/reject",
                obj().add("reason", "changed my mind").build()).expect(409).json().getString("reason"),
                "the requester withdraws, they do not reject");

        JsonObject withdrawn = api.post(REQUESTER, "api/transfers/" + first + "/withdraw",
                obj().add("reason", "asked for the wrong amount").build()).expect(200).json();
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertEquals(REQUESTER, withdrawn.getString("decidedBy"));
        JsonObject again = api.post(REQUESTER, "api/transfers/" + first + "/withdraw", obj().build()).expect(409).json();
        assertEquals("NOT_PENDING", again.getString("reason"));
        assertTrue(again.getString("detail").contains("is withdrawn, no longer waiting for approval"), again.getString("detail"));
        assertEquals("NOT_PENDING", api.post(APPROVER, "api/transfers/" + first + "/approve", JsonValue.EMPTY_JSON_OBJECT)
                .expect(409).json().getString("reason"), "a withdrawn transfer cannot be approved");
        var audit = api.get(REQUESTER, "api/audit?entity=Transfer&id=" + first).expect(200).array();
        assertEquals("WITHDRAWN", audit.getJsonObject(0).getString("action"));
        assertEquals("asked for the wrong amount", audit.getJsonObject(0).getJsonObject("after").getString("withdrawalReason"));

        long second = given.requestTransfer(from, to, "200.00", decision, "2019-06-01").expect(201).id();
        assertEquals(400, api.post(APPROVER, "api/transfers/" + second + "/reject", obj().build()).status(),
                "a rejection says why");
        assertEquals("REJECTED", api.post(APPROVER, "api/transfers/" + second + "/reject",
                obj().add("reason", "not in the plan").build()).expect(200).json().getString("status"));
        assertEquals("NOT_PENDING", api.post(REQUESTER, "api/transfers/" + second + "/withdraw", obj().build())
                .expect(409).json().getString("reason"), "a rejected transfer cannot be withdrawn");

        // No body at all where a step's body is optional or its fields are named: never "Malformed JSON".
        long third = given.requestTransfer(from, to, "300.00", decision, "2019-06-01").expect(201).id();
        Api.Reply noReason = api.post(APPROVER, "api/transfers/" + third + "/reject", "").expect(400);
        assertTrue(noReason.body().contains("\"reason\"") && !noReason.body().contains("Malformed"), noReason.body());
        assertEquals("WITHDRAWN", api.post(REQUESTER, "api/transfers/" + third + "/withdraw", "").expect(200).json()
                .getString("status"), "withdrawing needs no body");
        assertEquals("1000.00", figure(given.position(from, "asOf=2020-03-31"), "remaining"), "nothing moved");
    }

    @Test
    void onlyThoseWhoMayMoveAFundsMoneyContributeAllocateOrReverseItsEntries() {
        long gla = given.requesterOrganisation();
        long fund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        long entry = given.contribute(fund, gla, "1000.00", "2019-04-01");

        api.post("dan.reeves", "api/funds/" + fund + "/contributions", obj().add("partnerId", gla)
                .add("amount", gbp("5.00")).add("kind", "NEW").add("valueDate", "2019-04-02").build()).expect(404);
        api.post("dan.reeves", "api/allocations", obj().add("fundId", fund).add("amount", gbp("5.00"))
                .add("purpose", "not mine").add("targetType", "OTHER").add("valueDate", "2019-04-02").build()).expect(422);
        api.post("sam.patel", "api/allocations", obj().add("fundId", fund).add("amount", gbp("5.00"))
                .add("purpose", "not mine").add("targetType", "OTHER").add("valueDate", "2019-04-02").build()).expect(403);
        api.get("dan.reeves", "api/ledger/entries/" + entry).expect(404);
        api.post("dan.reeves", "api/ledger/entries/" + entry + "/reverse", obj().add("valueDate", "2019-04-02")
                .add("reason", "not mine either").build()).expect(404);
        assertEquals("1000.00", figure(given.position(fund, "asOf=2020-03-31"), "remaining"), "nothing moved");

        JsonObject reversal = api.post(REQUESTER, "api/ledger/entries/" + entry + "/reverse", obj()
                .add("valueDate", "2019-04-02").add("reason", "booked twice").build()).expect(201).json();
        assertEquals(entry, reversal.getJsonNumber("reversesEntryId").longValue());
        assertEquals("0.00", figure(given.position(fund, "asOf=2020-03-31"), "budget"));
    }

    @Test
    void healthAndOpenApiDescribeTheService() {
        Api.Reply health = api.get(null, "/health").expect(200);
        assertTrue(health.body().contains("\"database\""), health.body());
        String openapi = api.get(null, "/openapi").expect(200).body();
        for (String path : List.of("/api/funds/{id}/position", "/api/transfers/{id}/approve", "/api/periods/{quarter}/close",
                "/api/funds/{id}/ledger", "/api/audit", "/api/ledger/entries/{id}/reverse", "/api/organisations",
                "/api/decisions", "/api/allocations", "/api/funds/{id}/contributions", "/api/funds/{id}/statement.pdf",
                "/api/transfers/{id}/withdraw", "/api/transfers/{id}/reject")) {
            assertTrue(openapi.contains(path), "OpenAPI documents " + path);
        }
    }

    private long fundId(String user, String code) {
        return api.get(user, "api/funds").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** {"amount":"-20000.00"} as the statement writes it: -£20,000.00. */
    private static String pounds(JsonObject money) {
        BigDecimal amount = new BigDecimal(money.getString("amount"));
        return (amount.signum() < 0 ? "-" : "") + "£" + String.format(Locale.UK, "%,.2f", amount.abs());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[ \\t\\u00a0]+", " ");
        }
    }

    private static void assertReason(Api.Reply reply, int status, String reason, String field) {
        reply.expect(status);
        JsonObject problem = reply.json();
        assertEquals(reason, problem.getString("reason"), reply.body());
        assertEquals(field, problem.getString("field"), reply.body());
    }

    @Test
    void transfersAndAllocationsCiteOnlyDecisionsOfTheFundsOrganisationsAndEachSeesOnlyTheirs() {
        long bexleyDecision = decisionId("admin", "LBB-SP-2019-01");
        long gla = given.requesterOrganisation();
        long from = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        long to = given.fund("GRANT_PROGRAMME_POT", gla, "2019-20");
        given.contribute(from, gla, "1000.00", "2019-04-01");

        JsonObject transfer = given.requestTransfer(from, to, "10.00", bexleyDecision, "2019-06-01").expect(422).json();
        assertEquals("DECISION_OF_ANOTHER_ORGANISATION", transfer.getString("reason"));
        assertEquals("decisionId", transfer.getString("field"));
        assertTrue(transfer.getString("detail").startsWith("LBB-SP-2019-01 is a decision of the London Borough of Bexley, "
                + "which neither owns, hosts nor manages IT fund"), transfer.getString("detail"));
        JsonObject allocation = api.post(REQUESTER, "api/allocations", obj().add("fundId", from).add("amount", gbp("5.00"))
                .add("purpose", "cross-organisation").add("targetType", "OTHER").add("decisionId", bexleyDecision)
                .add("valueDate", "2019-06-01").build()).expect(422).json();
        assertEquals("DECISION_OF_ANOTHER_ORGANISATION", allocation.getString("reason"));
        assertEquals("1000.00", figure(given.position(from, "asOf=2020-03-31"), "remaining"), "nothing moved");

        List<String> glaSees = references(REQUESTER);
        assertTrue(glaSees.contains("DD2419"), glaSees.toString());
        assertFalse(glaSees.contains("LBB-SP-2019-01"), glaSees.toString());
        List<String> bexleySees = references("lena.fox");
        assertTrue(bexleySees.contains("LBB-SP-2019-01"), bexleySees.toString());
        assertFalse(bexleySees.contains("DD2419"), bexleySees.toString());
        assertEquals(List.of(), references("sam.patel"), "a VCSE lead shares no fund, so sees no commissioner's decision");
        assertTrue(references("admin").containsAll(List.of("DD2419", "LBB-SP-2019-01")));
        assertEquals(404, api.get(REQUESTER, "api/decisions/" + bexleyDecision).status(), "another body's decision is not found");
    }

    @Test
    void aCommissionerRecordsDecisionsOnlyInTheirOwnOrganisationsName() {
        long bexley = api.get("admin", "api/decisions/" + decisionId("admin", "LBB-SP-2019-01")).expect(200).json()
                .getJsonObject("organisation").getJsonNumber("id").longValue();
        String reference = Scenario.unique("DD-X");
        JsonObject refused = api.post(REQUESTER, "api/decisions", obj().add("reference", reference)
                .add("type", "DIRECTOR_DECISION").add("title", "In another body's name").add("organisationId", bexley)
                .add("signatory", "A. Signatory").add("signatoryRole", "Director").add("dateSigned", "2019-12-01").build())
                .expect(403).json();
        assertEquals("NOT_YOUR_ORGANISATION", refused.getString("reason"));
        assertEquals("organisationId", refused.getString("field"));
        assertEquals("you may record decisions of your own organisation only, not of the London Borough of Bexley",
                refused.getString("detail"));
        assertFalse(references("admin").contains(reference), "nothing was recorded");
    }

    private List<String> references(String user) {
        return api.get(user, "api/decisions").expect(200).array().stream()
                .map(d -> d.asJsonObject().getString("reference")).toList();
    }

    private long decisionId(String user, String reference) {
        return api.get(user, "api/decisions").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("reference").equals(reference)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
