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
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Claims through the API on the real server and database: the ledger moves fund by fund to the penny as the funding
 * split says, lines are checked against what remains (the approved amount, not the requested one), one live claim
 * per contract and quarter, segregation of duties with approval limits, and other providers see nothing.
 *
 * <p>Each test has its own contract, £60,000 paid £40,000 from fund A and £20,000 from fund B (2:1), quarterly
 * instalments of £15,000, so the figures below are worked out by hand.
 */
class ClaimsApiIT extends ApiIT {

    private static final String DECLARATION = "I declare that this claim is true and complete.";

    long fundA;
    long fundB;
    long contract;
    List<Long> instalments;
    String vcse;
    String otherVcse;

    @BeforeEach
    void aContractPaidFromTwoFunds() {
        long gla = given.requesterOrganisation();
        fundA = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        fundB = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        given.contribute(fundA, gla, "100000.00", "2019-04-01");
        given.contribute(fundB, gla, "100000.00", "2019-04-01");
        long provider = given.organisation(Scenario.unique("IT claims provider"), "REGISTERED_CHARITY");
        long other = given.organisation(Scenario.unique("IT other provider"), "REGISTERED_CHARITY");
        vcse = given.financeLead(provider);
        otherVcse = given.financeLead(other);
        long service = given.service(provider, "MENTAL_WELLBEING", "120.00");
        contract = api.post(REQUESTER, "api/contracts",
                given.contract(provider, gla, "60000.00", service, fundA, "40000.00", fundB, "20000.00").build()).expect(201).id();
        JsonObject active = api.post(REQUESTER, "api/contracts/" + contract + "/activate",
                obj().add("valueDate", "2019-04-01").build()).expect(200).json();
        instalments = active.getJsonArray("schedule").stream()
                .map(l -> l.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void draftSubmitQueryResubmitAndPartialApprovalMoveTheMoneyFundByFundToThePenny() {
        JsonObject draft = api.post(vcse, "api/claims", claim("2019-20 Q1", instalment(0), cost("Room hire", "100.00")))
                .expect(201).json();
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("15100.00", draft.getJsonObject("claimedTotal").getString("amount"), "the total is the lines' sum");
        assertEquals("15000.00", line(draft, 0).getJsonObject("remaining").getString("amount"));
        assertEquals("0.00", figure(given.position(fundA, "asOf=2020-03-31"), "claimed"), "a draft posts nothing");

        JsonObject noDeclaration = api.post(vcse, "api/claims/" + id + "/submit", obj().build()).expect(400).json();
        assertEquals("declaration", noDeclaration.getJsonArray("errors").getJsonObject(0).getString("field"));

        JsonObject submitted = api.post(vcse, "api/claims/" + id + "/submit", obj().add("declaration", DECLARATION).build())
                .expect(200).json();
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertEquals(vcse, submitted.getString("declaredBy"));
        // £15,100 split 2:1: £10,066.67 and £5,033.33 (the odd penny to the larger remainder).
        assertFigures(fundA, "40000.00", "10066.67", "0.00");
        assertFigures(fundB, "20000.00", "5033.33", "0.00");

        JsonObject again = api.post(vcse, "api/claims", claim("2019-20 Q1", cost("More", "1.00"))).expect(409).json();
        assertEquals("DUPLICATE", again.getString("reason"), "one live claim per contract and quarter");

        assertEquals(403, api.post(vcse, "api/claims/" + id + "/approve", obj().build()).status(),
                "the provider's own finance lead never approves");
        assertEquals(404, api.get(otherVcse, "api/claims/" + id).status(), "another provider's claims are not found");
        assertTrue(api.get(otherVcse, "api/claims").expect(200).array().isEmpty());
        assertEquals(404, api.post(otherVcse, "api/claims/" + id + "/answer", obj().add("message", "x").build()).status());

        api.post(REQUESTER, "api/claims/" + id + "/query", obj().add("message", "What was the room hire for?").build())
                .expect(200);
        JsonObject answered = api.post(vcse, "api/claims/" + id + "/answer",
                obj().add("message", "Two group sessions in the church hall").build()).expect(200).json();
        assertEquals("RESUBMITTED", answered.getString("status"));
        assertEquals(List.of("COMMISSIONER", "PROVIDER"), answered.getJsonArray("messages").stream()
                .map(m -> m.asJsonObject().getString("side")).toList());

        JsonObject unexplained = api.post(REQUESTER, "api/claims/" + id + "/approve", obj().add("lines", Json.createArrayBuilder()
                .add(obj()).add(obj().add("approvedAmount", gbp("40.00")))).build()).expect(400).json();
        assertEquals("lines[1].reason", unexplained.getJsonArray("errors").getJsonObject(0).getString("field"), "a reduced line needs a reason");

        JsonObject approved = api.post(REQUESTER, "api/claims/" + id + "/approve", obj().add("lines", Json.createArrayBuilder()
                .add(obj()).add(obj().add("approvedAmount", gbp("40.00")).add("reason", "Only one session evidenced"))).build())
                .expect(200).json();
        assertEquals("PARTIALLY_APPROVED", approved.getString("status"));
        assertEquals("15040.00", approved.getJsonObject("approvedTotal").getString("amount"));
        assertEquals("Only one session evidenced", line(approved, 1).getString("reductionReason"));
        // £15,040 approved in the claim's own 2:1: £10,026.67 and £5,013.33; the £60 cut goes back as £40 and £20.
        assertFigures(fundA, "40000.00", "10026.67", "10026.67");
        assertFigures(fundB, "20000.00", "5013.33", "5013.33");
        assertEquals("140000.00", new java.math.BigDecimal(figure(given.position(fundA, "asOf=2020-03-31"), "remaining"))
                .add(new java.math.BigDecimal(figure(given.position(fundB, "asOf=2020-03-31"), "remaining"))).toString(),
                "£200,000 in, £60,000 committed: claims move money within the commitment, never back to the budget");
        assertEquals("PARTIALLY_APPROVED", api.get(vcse, "api/claims/" + id).expect(200).json().getString("status"),
                "the provider sees the outcome");
        given.assertTrialBalanceIsZero(REQUESTER);
    }

    @Test
    void overClaimingIsRefusedNamingTheLineAndARejectionReturnsExactlyWhatWasClaimed() {
        long q1 = submitted("2019-20 Q1", instalment(0));
        api.post(REQUESTER, "api/claims/" + q1 + "/approve", obj().build()).expect(200);

        long q2 = api.post(vcse, "api/claims", claim("2019-20 Q2", instalment(1), scheduled(0, "100.00"))).expect(201).id();
        JsonObject refused = api.post(vcse, "api/claims/" + q2 + "/submit", obj().add("declaration", DECLARATION).build())
                .expect(409).json();
        assertEquals("CLAIM_EXCEEDS_REMAINING", refused.getString("reason"));
        assertEquals("lines[1].amount", refused.getString("field"), "June's instalment is approved in full already");
        JsonObject tooMuch = api.put(vcse, "api/claims/" + q2 + "/lines", obj().add("lines", Json.createArrayBuilder()
                .add(obj().add("kind", "INSTALMENT").add("scheduleLineId", instalments.get(1)).add("amount", gbp("15000.01"))))
                .build()).expect(200).json();
        assertEquals("15000.01", tooMuch.getJsonObject("claimedTotal").getString("amount"));
        assertEquals("lines[0].amount", api.post(vcse, "api/claims/" + q2 + "/submit", obj().add("declaration", DECLARATION)
                .build()).expect(409).json().getString("field"));
        assertFigures(fundA, "40000.00", "10000.00", "10000.00");

        api.put(vcse, "api/claims/" + q2 + "/lines", obj().add("lines", Json.createArrayBuilder().add(instalment(1))).build())
                .expect(200);
        api.post(vcse, "api/claims/" + q2 + "/submit", obj().add("declaration", DECLARATION).build()).expect(200);
        assertFigures(fundA, "40000.00", "20000.00", "10000.00");
        assertFigures(fundB, "20000.00", "10000.00", "5000.00");

        assertEquals(400, api.post(APPROVER, "api/claims/" + q2 + "/reject", obj().build()).status(), "a rejection says why");
        JsonObject rejected = api.post(APPROVER, "api/claims/" + q2 + "/reject",
                obj().add("reason", "No monitoring report for Q2").build()).expect(200).json();
        assertEquals("REJECTED", rejected.getString("status"));
        assertFigures(fundA, "40000.00", "10000.00", "10000.00");
        assertFigures(fundB, "20000.00", "5000.00", "5000.00");
        api.post(vcse, "api/claims", claim("2019-20 Q2", instalment(1))).expect(201);
        given.assertTrialBalanceIsZero(REQUESTER);
    }

    @Test
    void aboveTheFirstApproversLimitASecondDifferentApproverIsNeeded() {
        long id = submitted("2019-20 Q3", cost("Staff costs", "30000.00"));
        JsonObject first = api.post(REQUESTER, "api/claims/" + id + "/approve", obj().build()).expect(200).json();
        assertEquals("SUBMITTED", first.getString("status"), "£30,000 is above priya.shah's £25,000 limit");
        assertTrue(first.getBoolean("awaitingSecondApproval"));
        assertEquals("0.00", figure(given.position(fundA, "asOf=2020-03-31"), "approved"), "nothing approved yet");

        JsonObject twice = api.post(REQUESTER, "api/claims/" + id + "/approve", obj().build()).expect(409).json();
        assertEquals("SELF_APPROVAL", twice.getString("reason"));
        assertEquals(403, api.post(vcse, "api/claims/" + id + "/approve", obj().build()).status());

        JsonObject second = api.post(APPROVER, "api/claims/" + id + "/approve", obj().build()).expect(200).json();
        assertEquals("APPROVED", second.getString("status"));
        assertFalse(second.getBoolean("awaitingSecondApproval"));
        assertEquals(List.of(REQUESTER, APPROVER), second.getJsonArray("approvals").stream()
                .map(a -> a.asJsonObject().getString("approver")).toList());
        assertFigures(fundA, "40000.00", "20000.00", "20000.00");
        assertFigures(fundB, "20000.00", "10000.00", "10000.00");
        assertEquals(1, api.get(REQUESTER, "api/claims?contractId=" + contract + "&status=APPROVED").expect(200).array().size());
    }

    // ------------------------------------------------------------------------------------------------ evidence,
    // expected payment and approved-to-date (claim screens slice): keep these together.

    /**
     * Evidence on a claim: the provider's finance lead attaches it while the claim is a draft (raw or multipart), the
     * claim's JSON lists it, the provider and a commissioner of the paying fund download it byte for byte, another
     * provider's finance lead is told neither the claim nor the file exists, a disguised program is 415, a file over
     * the limit (1 MB in the ITs) is 413 — also a 30 MB one, refused after reading just past the limit — and a
     * submitted claim takes no more.
     */
    @Test
    void claimEvidenceIsCheckedFromItsBytesAndReadOnlyByThoseWhoSeeTheClaim() throws Exception {
        long id = api.post(vcse, "api/claims", claim("2019-20 Q1", instalment(0))).expect(201).id();
        String path = "api/claims/" + id + "/evidence";
        byte[] pdf = ContractsApiIT.pdf(Scenario.unique("Q1 monitoring report"));

        JsonObject stored = api.postFile(vcse, path, "application/octet-stream", "Q1 report.pdf", pdf).expect(201).json();
        assertEquals("application/pdf", stored.getString("contentType"), "the type comes from the bytes");
        assertEquals(pdf.length, stored.getJsonNumber("sizeBytes").longValue());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)),
                stored.getString("sha256"));
        assertEquals(stored.getInt("id"), api.postFile(vcse, path, "application/pdf", "again.pdf", pdf).expect(200)
                .json().getInt("id"), "the same bytes again are the file already there");
        byte[] csv = ("session,attendees\nmonday," + System.nanoTime() % 1000 + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonObject sheet = api.postMultipart(vcse, path, "attendance.csv", "text/csv", csv).expect(201).json();
        assertEquals("CSV", sheet.getString("type"));

        JsonObject json = api.get(vcse, "api/claims/" + id).expect(200).json();
        assertEquals(List.of("Q1 report.pdf", "attendance.csv"), json.getJsonArray("evidence").stream()
                .map(f -> f.asJsonObject().getString("fileName")).toList(), "the claim lists its evidence, oldest first");
        assertEquals("/api/evidence/" + stored.getInt("id"), json.getJsonArray("evidence").getJsonObject(0).getString("download"));
        for (String reader : List.of(vcse, REQUESTER)) {
            assertEquals(2, api.get(reader, path).expect(200).array().size(), reader + " lists both");
            Api.Download file = api.download(reader, "api/evidence/" + stored.getInt("id"), "application/pdf").expect(200);
            assertTrue(java.util.Arrays.equals(pdf, file.body()), "byte for byte, for " + reader);
        }

        assertEquals(404, api.download(otherVcse, "api/evidence/" + stored.getInt("id"), "application/pdf").status(),
                "another provider is told the file does not exist");
        assertEquals(404, api.get(otherVcse, path).status());
        assertEquals(404, api.postFile(otherVcse, path, "application/pdf", "x.pdf", ContractsApiIT.pdf(Scenario.unique("x"))).status());
        JsonObject commissioner = api.postFile(REQUESTER, path, "application/pdf", "x.pdf", ContractsApiIT.pdf(Scenario.unique("y")))
                .expect(403).json();
        assertEquals("NOT_YOUR_ORGANISATION", commissioner.getString("reason"));

        byte[] program = new byte[2048];
        program[0] = 'M';
        program[1] = 'Z';
        JsonObject disguised = api.postFile(vcse, path, "application/pdf", "invoice.pdf", program).expect(415).json();
        assertEquals("UNSUPPORTED_FILE_TYPE", disguised.getString("reason"));
        assertTrue(disguised.getString("detail").startsWith("the file is a Windows program"), disguised.getString("detail"));
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        JsonObject tooBig = api.postFile(vcse, path, "application/pdf", "big.pdf", big).expect(413).json();
        assertEquals("FILE_TOO_LARGE", tooBig.getString("reason"));
        assertTrue(tooBig.getString("detail").contains("limit of 1 MB"), tooBig.getString("detail"));
        Api.Generated huge = api.postGenerated(vcse, path, "huge.pdf", pdf, 30L * 1024 * 1024);
        assertEquals("FILE_TOO_LARGE", huge.reply().expect(413).json().getString("reason"), "30 MB is refused as over the limit");
        System.out.printf("30 MB claim evidence upload: 413 after the client wrote %,d bytes%n", huge.bytesWritten());
        assertEquals(2, api.get(vcse, path).expect(200).array().size(), "nothing refused was stored");

        api.post(vcse, "api/claims/" + id + "/submit", obj().add("declaration", DECLARATION).build()).expect(200);
        JsonObject late = api.postFile(vcse, path, "application/pdf", "late.pdf", ContractsApiIT.pdf(Scenario.unique("late")))
                .expect(409).json();
        assertEquals("WRONG_STATUS", late.getString("reason"), "what the approver decides on stays as it was");
        api.post(REQUESTER, "api/claims/" + id + "/query", obj().add("message", "Please attach the attendance register").build())
                .expect(200);
        api.postFile(vcse, path, "application/pdf", "register.pdf", ContractsApiIT.pdf(Scenario.unique("register"))).expect(201);
        String openapi = api.get(null, "/openapi").expect(200).body();
        assertTrue(openapi.contains("/api/claims/{id}/evidence"), "OpenAPI documents the claim evidence endpoints");
    }

    /**
     * Once approved the provider sees the date to expect the money by (the decision's date plus the prompt payment
     * standard's 30 days); before that there is none. Each line shows what other claims already had approved of it.
     */
    @Test
    void anApprovedClaimShowsItsExpectedPaymentDateAndLaterClaimsShowWhatWasApprovedToDate() {
        long q1 = submitted("2019-20 Q1", instalment(0), cost("Room hire", "100.00"));
        JsonObject waiting = api.get(vcse, "api/claims/" + q1).expect(200).json();
        assertFalse(waiting.containsKey("expectedPaymentBy") && !waiting.isNull("expectedPaymentBy"),
                "nothing is expected before a decision");
        JsonObject approved = api.post(REQUESTER, "api/claims/" + q1 + "/approve", obj().add("lines", Json.createArrayBuilder()
                .add(obj()).add(obj().add("approvedAmount", gbp("60.00")).add("reason", "One session evidenced"))).build())
                .expect(200).json();
        java.time.LocalDate decided = java.time.LocalDate.ofInstant(java.time.Instant.parse(approved.getString("decidedAt")),
                java.time.ZoneId.of("Europe/London"));
        assertEquals(decided.plusDays(30).toString(), api.get(vcse, "api/claims/" + q1).expect(200).json()
                .getString("expectedPaymentBy"), "the decision date plus 30 days");
        assertEquals(decided.plusDays(30).toString(), api.get(vcse, "api/claims?contractId=" + contract).expect(200).array()
                .getJsonObject(0).getString("expectedPaymentBy"), "the list says it too");

        JsonObject q2 = api.post(vcse, "api/claims", claim("2019-20 Q2", scheduled(0, "100.00"), cost("Travel", "50.00")))
                .expect(201).json();
        assertEquals("15000.00", line(q2, 0).getJsonObject("approvedToDate").getString("amount"),
                "April's instalment was approved in full on the Q1 claim");
        assertEquals("0.00", line(q2, 0).getJsonObject("remaining").getString("amount"));
        assertEquals("15060.00", line(q2, 1).getJsonObject("approvedToDate").getString("amount"),
                "of the contract, Q1's £15,000 + £60 approved");
        assertEquals("44940.00", line(q2, 1).getJsonObject("remaining").getString("amount"), "£60,000 less £15,060");
        assertFalse(q2.containsKey("expectedPaymentBy") && !q2.isNull("expectedPaymentBy"));
    }

    private long submitted(String quarter, JsonObject... lines) {
        long id = api.post(vcse, "api/claims", claim(quarter, lines)).expect(201).id();
        api.post(vcse, "api/claims/" + id + "/submit", obj().add("declaration", DECLARATION).build()).expect(200);
        return id;
    }

    private JsonObject claim(String quarter, JsonObject... lines) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject line : lines) {
            array.add(line);
        }
        return obj().add("contractId", contract).add("quarter", quarter).add("lines", array).build();
    }

    private JsonObject instalment(int i) {
        return obj().add("kind", "INSTALMENT").add("scheduleLineId", instalments.get(i)).build();
    }

    private JsonObject scheduled(int i, String amount) {
        return obj().add("kind", "INSTALMENT").add("scheduleLineId", instalments.get(i)).add("amount", gbp(amount)).build();
    }

    private static JsonObject cost(String description, String amount) {
        return obj().add("kind", "COST").add("description", description).add("amount", gbp(amount)).build();
    }

    private static JsonObject line(JsonObject claim, int i) {
        return claim.getJsonArray("lines").getJsonObject(i);
    }

    /** The fund's cumulative committed, claimed (incl. approved) and approved figures at the year end. */
    private void assertFigures(long fund, String committed, String claimed, String approved) {
        JsonObject position = given.position(fund, "asOf=2020-03-31");
        assertEquals(List.of(committed, claimed, approved),
                List.of(figure(position, "committed"), figure(position, "claimed"), figure(position, "approved")));
        assertEquals(committed, figure(position, "forecastOutturn"), "forecast outturn is what is committed, however far along");
    }


}
