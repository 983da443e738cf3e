package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.it.Api.amount;
import static uk.commissioning.it.Api.gbp;
import static uk.commissioning.it.Api.obj;
import static uk.commissioning.it.Scenario.figure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payment runs on the real server and database (docs/PAYMENTS.md). Each test has a paying organisation of its own
 * (so no other test's approved claims are in its runs, on a shared MariaDB too), with a commissioner, two funds it
 * owns and a £60,000 contract paid £40,000 / £20,000 from them; the provider's £1,200 Q1 claim approved in full splits
 * £800.00 / £400.00. The runs are dated today (the claims are submitted today), remittances on their run's date.
 */
class PaymentRunsIT extends ApiIT {

    private static final String DECLARATION = "I declare that this claim is true and complete.";

    long payer;
    String commissioner;
    long fundA;
    long fundB;
    String fundACode;
    String fundBCode;
    long contract;
    String contractReference;
    String vcse;
    long claim;
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void anApprovedClaimPaidFromTwoFundsOfOnePayer() {
        payer = given.organisation(Scenario.unique("IT paying council"), "LOCAL_AUTHORITY");
        commissioner = given.user("COMMISSIONER", payer);
        fundACode = Scenario.unique("IT-PAY-A");
        fundBCode = Scenario.unique("IT-PAY-B");
        fundA = fund(fundACode);
        fundB = fund(fundBCode);
        long provider = given.organisation(Scenario.unique("IT paid provider"), "REGISTERED_CHARITY");
        vcse = given.user("VCSE_FINANCE", provider);
        long service = given.service(provider, "MENTAL_WELLBEING", "120.00");
        JsonObject draft = given.contract(provider, payer, "60000.00", service, fundA, "40000.00", fundB, "20000.00").build();
        contractReference = draft.getString("reference");
        contract = api.post(commissioner, "api/contracts", draft).expect(201).id();
        api.post(commissioner, "api/contracts/" + contract + "/activate", obj().add("valueDate", "2019-04-01").build()).expect(200);
        claim = api.post(vcse, "api/claims", obj().add("contractId", contract).add("quarter", "2019-20 Q1")
                .add("lines", Json.createArrayBuilder().add(obj().add("kind", "COST").add("description", "Sessions")
                        .add("amount", gbp("1200.00")))).build()).expect(201).id();
        api.post(vcse, "api/claims/" + claim + "/submit", obj().add("declaration", DECLARATION).build()).expect(200);
        assertEquals("APPROVED", api.post(commissioner, "api/claims/" + claim + "/approve", obj().build()).expect(200).json()
                .getString("status"));
    }

    @Test
    void aRunSchedulesEachPartOnceAndItsFilesControlTotalIsTheLedgersScheduledPostings() {
        JsonObject run = completedRun();
        assertEquals(2, run.getInt("lineCount"));
        assertEquals("1200.00", run.getJsonObject("controlTotal").getString("amount"));
        uk.commissioning.period.Quarter now = uk.commissioning.period.Quarter.containing(today);
        assertEquals((today.equals(now.endDate()) ? now : now.previous()).code(), run.getString("upToQuarter"),
                "up to the last quarter ended by today");
        assertEquals("SCHEDULED", claimStatus(), "both its parts are in the file");
        assertFigures(fundA, "800.00", "800.00", "0.00");
        assertFigures(fundB, "400.00", "400.00", "0.00");

        List<List<String>> file = csv(api.getCsv(commissioner, "api/payment-runs/" + run.getInt("id") + "/file").expect(200).body());
        assertEquals(List.of("payee_org_id", "payee_name", "bank_reference", "amount", "currency", "claim_reference", "fund_code",
                "cost_centre", "quarter"), file.get(0));
        assertEquals(4, file.size(), "header, two payment rows, the control row");
        List<String> first = file.get(1);
        assertEquals(List.of("BANK-REF-" + first.get(0), "800.00", "GBP", "CLM-" + claim, fundACode, fundACode, "2019-20 Q1"),
                first.subList(2, 9));
        assertEquals(List.of("400.00", "CLM-" + claim, fundBCode), List.of(file.get(2).get(3), file.get(2).get(5), file.get(2).get(6)));
        List<String> control = file.get(3);
        assertEquals(List.of("CONTROL", "PAYRUN-" + run.getInt("id"), "", "1200.00", "GBP", "2"), control.subList(0, 6));
        BigDecimal rows = file.subList(1, 3).stream().map(r -> new BigDecimal(r.get(3))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal(control.get(3)), rows, "the control total is the rows' sum");
        assertEquals(new BigDecimal(control.get(3)), scheduledPostings(fundA, run.getInt("id")).add(scheduledPostings(fundB, run.getInt("id"))),
                "the control total is what the ledger's SCHEDULED postings of this run add up to");

        JsonObject again = completedRun();
        assertEquals(0, again.getInt("lineCount"), "a second run finds nothing left to schedule");
        assertEquals("0.00", again.getJsonObject("controlTotal").getString("amount"));
        assertFigures(fundA, "800.00", "800.00", "0.00");
        assertFigures(fundB, "400.00", "400.00", "0.00");
        given.assertTrialBalanceIsZero(commissioner);
    }

    @Test
    void aRemittanceWithOneWrongLineAppliesNothingAndACorrectOnePaysOnItsDates() {
        long run = completedRun().getInt("id");
        String refused = remittance(line(fundACode, "800.00", today), line(fundBCode, "1000.00", today),
                line(fundBCode, "400.00", today.minusDays(1)), "CLM-999999999," + fundACode + ",5.00," + today + ",X",
                line(fundACode, "1,200.00", today));
        JsonObject problem = api.postCsv(commissioner, "api/payment-runs/" + run + "/remittance", refused).expect(422).json();
        assertEquals("REMITTANCE_MISMATCH", problem.getString("reason"));
        JsonArray errors = problem.getJsonArray("errors");
        assertEquals(List.of("line 3", "line 4", "line 5", "line 6"), errors.stream().map(e -> e.asJsonObject().getString("field")).toList(),
                "every line at fault, and only those");
        assertEquals("amount £1,000.00 does not match the £400.00 scheduled", errors.getJsonObject(0).getString("message"));
        assertTrue(errors.getJsonObject(1).getString("message").contains("on an earlier line"), errors.toString());
        assertTrue(errors.getJsonObject(1).getString("message").contains("before the payment run's date"), errors.toString());
        assertTrue(errors.getJsonObject(2).getString("message").contains("not in this payment run"), errors.toString());
        assertTrue(errors.getJsonObject(3).getString("message").contains("no commas"), errors.toString());
        assertEquals("SCHEDULED", claimStatus(), "nothing applied");
        assertFigures(fundA, "800.00", "800.00", "0.00");
        assertEquals(0, api.get(commissioner, "api/funds/" + fundA + "/ledger?account=PAID").expect(200).json().getInt("total"));
        given.assertTrialBalanceIsZero(commissioner);
        JsonObject kept = api.get(commissioner, "api/payment-runs/" + run).expect(200).json();
        assertEquals("REFUSED", kept.getJsonArray("remittances").getJsonObject(0).getString("outcome"), "the refused file is kept");
        assertEquals(4, kept.getJsonArray("remittances").getJsonObject(0).getJsonArray("problems").size());

        LocalDate paidA = today;
        JsonObject applied = api.postCsv(commissioner, "api/payment-runs/" + run + "/remittance",
                remittance(line(fundACode, "800.00", paidA), line(fundBCode, "400.00", paidA))).expect(200).json();
        assertEquals("APPLIED", applied.getString("outcome"));
        assertEquals("1200.00", applied.getString("paidTotal"));
        assertEquals("PAID", claimStatus());
        assertFigures(fundA, "800.00", "800.00", "800.00");
        assertFigures(fundB, "400.00", "400.00", "400.00");
        JsonObject paidPosting = api.get(commissioner, "api/funds/" + fundB + "/ledger?account=PAID").expect(200).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(List.of("400.00", paidA.toString(), "CLAIM", String.valueOf(claim)), List.of(
                paidPosting.getJsonObject("amount").getString("amount"), paidPosting.getString("valueDate"),
                paidPosting.getString("sourceType"), String.valueOf(paidPosting.getJsonNumber("sourceId").longValue())));
        assertTrue(api.get(commissioner, "api/payment-runs/" + run).expect(200).json().getJsonArray("lines").stream()
                .allMatch(l -> paidA.toString().equals(l.asJsonObject().getString("paidOn"))));
        JsonArray payments = api.get(vcse, "api/claims/" + claim).expect(200).json().getJsonArray("payments");
        assertEquals(List.of(fundACode + " 800.00 " + paidA, fundBCode + " 400.00 " + paidA), payments.stream()
                .map(p -> p.asJsonObject()).map(p -> p.getString("fundCode") + " " + p.getJsonObject("amount").getString("amount")
                        + " " + p.getString("paidOn")).sorted().toList(), "the provider sees each part's payment and its date");
        assertEquals(run, payments.getJsonObject(0).getJsonNumber("paymentRunId").longValue());
        JsonObject twice = api.postCsv(commissioner, "api/payment-runs/" + run + "/remittance",
                remittance(line(fundACode, "800.00", paidA))).expect(422).json();
        assertTrue(twice.getJsonArray("errors").getJsonObject(0).getString("message").contains("already paid"));
        given.assertTrialBalanceIsZero(commissioner);

        // Timeliness: submitted, approved and paid today.
        JsonObject timeliness = api.get(commissioner, "api/payments/timeliness?quarter=2019-20-Q1").expect(200).json();
        JsonObject times = timeliness.getJsonArray("claims").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getJsonNumber("claimId").longValue() == claim).findFirst().orElseThrow();
        assertEquals(List.of(0L, 0L), List.of(times.getJsonNumber("daysToApproval").longValue(), times.getJsonNumber("daysToPayment").longValue()));
        JsonObject byFund = timeliness.getJsonArray("byFund").stream().map(v -> v.asJsonObject())
                .filter(f -> f.getString("name").equals(fundBCode)).findFirst().orElseThrow();
        assertEquals("100.0", byFund.getJsonObject("submissionToPayment").getJsonNumber("percentWithin30Days").bigDecimalValue().toPlainString());

        // OCDS: the contract's two payments are its implementation's transactions, and the package is still valid.
        Api.Reply ocds = api.get("admin", "api/contracts/ocds").expect(200);
        assertEquals(List.of(), OcdsSchema.violations(ocds.body()));
        JsonObject release = ocds.json().getJsonArray("releases").stream().map(v -> v.asJsonObject())
                .filter(r -> r.getJsonArray("contracts").getJsonObject(0).getString("id").equals(contractReference)).findFirst().orElseThrow();
        JsonArray transactions = release.getJsonArray("contracts").getJsonObject(0).getJsonObject("implementation").getJsonArray("transactions");
        assertEquals(List.of("800.00", "400.00"), transactions.stream()
                .map(t -> t.asJsonObject().getJsonObject("value").getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString()).toList());
        assertEquals("CLM-" + claim + "-" + fundACode, transactions.getJsonObject(0).getString("id"));

        // Reclaim £100 of it: £66.67 / £33.33 from what each fund paid; recover £40 of it back into the commitment.
        JsonObject reclaim = api.post(commissioner, "api/claims/" + claim + "/reclaims", obj().add("amount", gbp("100.00"))
                .add("reason", "One session was not delivered").add("raisedOn", today.toString()).build()).expect(201).json();
        assertEquals("100.00", reclaim.getJsonObject("outstanding").getString("amount"));
        assertEquals(List.of("733.33", "66.67"), List.of(figure(position(fundA), "paid"), figure(position(fundA), "receivable")));
        assertEquals(List.of("366.67", "33.33"), List.of(figure(position(fundB), "paid"), figure(position(fundB), "receivable")));
        assertEquals("INVALID_AMOUNT", api.post(commissioner, "api/claims/" + claim + "/reclaims", obj().add("amount", gbp("1100.01"))
                .add("reason", "too much").build()).expect(422).json().getString("reason"), "no more than paid and not yet reclaimed");
        assertEquals(403, api.post(vcse, "api/claims/" + claim + "/reclaims", obj().add("amount", gbp("1.00")).add("reason", "x").build()).status());
        long reclaimId = reclaim.getJsonNumber("id").longValue();
        JsonObject recovered = api.post(commissioner, "api/reclaims/" + reclaimId + "/recoveries", obj().add("amount", gbp("40.00"))
                .add("recoveredOn", today.toString()).build()).expect(201).json();
        assertEquals("60.00", recovered.getJsonObject("outstanding").getString("amount"));
        assertEquals("INVALID_AMOUNT", api.post(commissioner, "api/reclaims/" + reclaimId + "/recoveries", obj()
                .add("amount", gbp("60.01")).build()).expect(422).json().getString("reason"));
        assertEquals("40.00", figure(position(fundA), "receivable"), "£66.67 less £26.67 recovered");
        assertEquals("20.00", figure(position(fundB), "receivable"), "£33.33 less £13.33 recovered");
        assertEquals("40000.00", figure(position(fundA), "committed"), "a reclaim moves money within the commitment");
        // What was recovered is claimable again: the next claim's line sees £1,200 − £40 taken of the £60,000.
        JsonObject nextLine = api.post(vcse, "api/claims", obj().add("contractId", contract).add("quarter", "2019-20 Q2")
                .add("lines", Json.createArrayBuilder().add(obj().add("kind", "COST").add("description", "Sessions")
                        .add("amount", gbp("100.00")))).build()).expect(201).json().getJsonArray("lines").getJsonObject(0);
        assertEquals(List.of("1160.00", "58840.00"), List.of(amount(nextLine.getJsonObject("takenByOthers")),
                amount(nextLine.getJsonObject("remaining"))));
        given.assertTrialBalanceIsZero(commissioner);
    }

    @Test
    void onlyThePayersCommissionersAndAdministratorsRunPaymentsAndSeeThem() {
        assertEquals(403, api.post(vcse, "api/payment-runs", obj().build()).status(), "a VCSE finance lead pays nobody");
        assertEquals("NOT_YOUR_ORGANISATION", api.post(commissioner, "api/payment-runs", obj().add("organisationId",
                given.requesterOrganisation()).build()).expect(403).json().getString("reason"));
        assertEquals("organisationId", api.post("admin", "api/payment-runs", obj().build()).expect(400).json().getString("field"),
                "an administrator names the organisation");
        assertEquals("upToQuarter", api.post(commissioner, "api/payment-runs", obj().add("runDate", "2019-07-10")
                .add("upToQuarter", "2019-20 Q2").build()).expect(422).json().getString("field"), "a quarter that has not ended");
        long run = completedRun().getInt("id");
        for (String stranger : List.of(vcse, Scenario.REQUESTER)) {
            assertEquals(404, api.get(stranger, "api/payment-runs/" + run).status(), stranger);
            assertEquals(404, api.getCsv(stranger, "api/payment-runs/" + run + "/file").status(), stranger);
            assertEquals(404, api.postCsv(stranger, "api/payment-runs/" + run + "/remittance",
                    remittance(line(fundACode, "800.00", today))).status(), stranger);
            assertTrue(api.get(stranger, "api/payment-runs").expect(200).array().stream()
                    .noneMatch(r -> r.asJsonObject().getInt("id") == run), stranger);
        }
        assertEquals("SCHEDULED", claimStatus(), "no stranger's remittance was applied");
        assertEquals(200, api.get("admin", "api/payment-runs/" + run).status());

        String openapi = api.get(null, "/openapi").expect(200).body();
        for (String path : List.of("/api/payment-runs", "/api/payment-runs/{id}", "/api/payment-runs/{id}/file",
                "/api/payment-runs/{id}/remittance", "/api/payment-runs/{id}/remittances", "/api/payments/timeliness",
                "/api/claims/{id}/reclaims", "/api/reclaims", "/api/reclaims/{id}", "/api/reclaims/{id}/recoveries")) {
            // the path as a key of "paths" (YAML or JSON, quoted or not), not only as the prefix of a longer one
            assertTrue(java.util.regex.Pattern.compile("[\\s{,]['\"]?" + java.util.regex.Pattern.quote(path) + "['\"]?\\s*:")
                    .matcher(openapi).find(), "OpenAPI documents " + path);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private JsonObject completedRun() {
        Api.Reply started = api.post(commissioner, "api/payment-runs", obj().build()).expect(202);
        long id = started.id();
        long end = System.nanoTime() + 60_000_000_000L;
        while (true) {
            JsonObject run = api.get(commissioner, "api/payment-runs/" + id).expect(200).json().getJsonObject("run");
            String status = run.getString("status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                assertEquals("COMPLETED", status, run::toString);
                assertEquals(100, run.getInt("percentDone"));
                return run;
            }
            assertTrue(System.nanoTime() < end, "payment run " + id + " did not end in time: " + run);
            sleep();
        }
    }

    private BigDecimal scheduledPostings(long fund, int runId) {
        JsonObject page = api.get(commissioner, "api/funds/" + fund + "/ledger?account=SCHEDULED&size=200").expect(200).json();
        JsonObject detail = api.get(commissioner, "api/payment-runs/" + runId).expect(200).json();
        List<Long> entries = detail.getJsonArray("lines").stream().map(l -> l.asJsonObject().getJsonNumber("journalEntryId").longValue()).toList();
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(p -> entries.contains(p.getJsonNumber("entryId").longValue()))
                .map(p -> new BigDecimal(p.getJsonObject("amount").getString("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String line(String fundCode, String amount, LocalDate paid) {
        String cell = amount.contains(",") ? "\"" + amount + "\"" : amount;
        return "CLM-" + claim + "," + fundCode + "," + cell + "," + paid + ",BACS-" + Scenario.unique("P");
    }

    private static String remittance(String... lines) {
        return "claim_reference,fund_code,amount,paid_date,payment_reference\n" + String.join("\n", lines) + "\n";
    }

    private static List<List<String>> csv(String body) {
        return Arrays.stream(body.split("\r\n")).filter(l -> !l.isEmpty())
                .map(l -> Arrays.asList(l.split(",", -1))).toList();
    }

    private String claimStatus() {
        return api.get(commissioner, "api/claims/" + claim).expect(200).json().getString("status");
    }

    private JsonObject position(long fund) {
        return api.get(commissioner, "api/funds/" + fund + "/position?asOf=" + today).expect(200).json();
    }

    /** Cumulative approved, scheduled and paid of the fund today. */
    private void assertFigures(long fund, String approved, String scheduled, String paid) {
        JsonObject position = position(fund);
        assertEquals(List.of(approved, scheduled, paid),
                List.of(figure(position, "approved"), figure(position, "scheduled"), figure(position, "paid")));
    }

    private long fund(String code) {
        long id = api.post(commissioner, "api/funds", obj().add("code", code).add("name", "IT payments fund")
                .add("type", "SINGLE_COMMISSIONER_BUDGET").add("ownerId", payer).add("financialYear", "2019-20")
                .add("purpose", "integration test").add("currency", "GBP").add("partners", Json.createArrayBuilder()).build())
                .expect(201).id();
        api.post(commissioner, "api/funds/" + id + "/contributions", obj().add("partnerId", payer).add("amount", gbp("100000.00"))
                .add("kind", "NEW").add("valueDate", "2019-04-01").build()).expect(201);
        return id;
    }



    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
