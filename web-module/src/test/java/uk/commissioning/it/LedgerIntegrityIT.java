package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.commissioning.it.Api.gbp;
import static uk.commissioning.it.Api.obj;
import static uk.commissioning.it.Scenario.APPROVER;
import static uk.commissioning.it.Scenario.REQUESTER;
import static uk.commissioning.it.Scenario.figure;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The ledger's guarantees under pressure: concurrent spending, closed quarters, reversals, database guards. */
class LedgerIntegrityIT extends ApiIT {

    @Test
    void twentyConcurrentTransfersFromAFundThatCoversFiveLetExactlyFiveThrough() throws Exception {
        long org = given.requesterOrganisation();
        long source = given.fund("SINGLE_COMMISSIONER_BUDGET", org, "2019-20");
        long target = given.fund("MICRO_COMMISSIONING_POT", org, "2019-20");
        given.contribute(source, org, "5000.00", "2019-04-01");
        long decision = given.decision(org, "2019-07-01");

        List<Api.Reply> requested = concurrently(20,
                () -> given.requestTransfer(source, target, "1000.00", decision, "2019-07-01"));
        assertEquals(20, requested.stream().filter(r -> r.status() == 201).count(), "each request alone is affordable");

        List<Api.Reply> approvals = concurrently(20, requested.stream().map(r -> (Callable<Api.Reply>) () ->
                api.post(APPROVER, "api/transfers/" + r.id() + "/approve", JsonValue.EMPTY_JSON_OBJECT)).toList());
        Map<Integer, Long> byStatus = approvals.stream().collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));
        assertEquals(Map.of(200, 5L, 409, 15L), byStatus, () -> approvals.toString());
        approvals.stream().filter(r -> r.status() == 409).forEach(r ->
                assertEquals("INSUFFICIENT_REMAINING_BUDGET", r.json().getString("reason"), r.body()));

        assertEquals("0.00", figure(given.position(source, "asOf=2020-03-31"), "remaining"));
        assertEquals("5000.00", figure(given.position(target, "asOf=2020-03-31"), "budget"));
        BigDecimal trial = api.get(REQUESTER, "api/ledger/trial-balance").expect(200).json()
                .getJsonNumber("GBP").bigDecimalValue();
        assertEquals(0, trial.signum(), "the whole ledger still balances to the penny: " + trial);
        assertEquals(7, api.get(REQUESTER, "api/funds/" + source + "/ledger").json().getInt("total"),
                "2 contribution postings + exactly 5 transfer postings");
    }

    @Test
    void aClosedQuarterRefusesPostingsAndAReversalInTheNextQuarterCorrectsIt() {
        long org = given.requesterOrganisation();
        long fund = given.fund("SPOT_PURCHASE_POT", org, "2018-19");
        given.contribute(fund, org, "10000.00", "2019-01-07");
        long mistake = given.contribute(fund, org, "2500.00", "2019-02-14");
        JsonObject entryBefore = api.get(REQUESTER, "api/ledger/entries/" + mistake).expect(200).json();
        JsonObject q4Before = api.get(REQUESTER, "api/funds/" + fund + "/ledger?quarter=2018-19-Q4").expect(200).json();

        JsonObject closed = api.post(REQUESTER, "api/periods/2018-19-Q4/close", obj().add("note", "year end").build())
                .expect(200).json();
        assertEquals("2018-19-Q4", closed.getString("quarter"));
        assertEquals("QUARTER_ALREADY_CLOSED", api.post(APPROVER, "api/periods/2018-19-Q4/close",
                JsonValue.EMPTY_JSON_OBJECT).expect(409).json().getString("reason"));

        JsonObject refused = api.post(REQUESTER, "api/funds/" + fund + "/contributions", obj().add("partnerId", org)
                .add("amount", gbp("1.00")).add("kind", "NEW").add("valueDate", "2019-03-31").build()).expect(409).json();
        assertEquals("QUARTER_CLOSED", refused.getString("reason"));
        assertEquals("valueDate", refused.getString("field"));
        assertEquals("QUARTER_CLOSED", api.post(REQUESTER, "api/ledger/entries/" + mistake + "/reverse",
                obj().add("valueDate", "2019-03-01").add("reason", "into the closed quarter").build())
                .expect(409).json().getString("reason"));

        JsonObject reversal = api.post(REQUESTER, "api/ledger/entries/" + mistake + "/reverse",
                obj().add("valueDate", "2019-04-10").add("reason", "duplicate contribution").build()).expect(201).json();
        assertEquals(mistake, reversal.getJsonNumber("reversesEntryId").longValue());
        assertEquals("2019-20-Q1", reversal.getString("quarter"));
        reversal.getJsonArray("postings").forEach(p -> assertTrue(p.asJsonObject().containsKey("reversesPostingId")));
        assertEquals("ALREADY_REVERSED", api.post(REQUESTER, "api/ledger/entries/" + mistake + "/reverse",
                obj().add("valueDate", "2019-04-11").add("reason", "again").build()).expect(409).json().getString("reason"));

        JsonObject entryAfter = api.get(REQUESTER, "api/ledger/entries/" + mistake).expect(200).json();
        assertEquals(entryBefore.getJsonArray("postings"), entryAfter.getJsonArray("postings"), "history unchanged");
        assertEquals(reversal.getJsonNumber("id").longValue(), entryAfter.getJsonNumber("reversedByEntryId").longValue());
        assertEquals(q4Before, api.get(REQUESTER, "api/funds/" + fund + "/ledger?quarter=2018-19-Q4").expect(200).json(),
                "the closed quarter's ledger reads exactly as before");
        assertEquals("12500.00", figure(given.position(fund, "asOf=2019-03-31"), "budget"), "closed quarter reproducible");
        assertEquals("10000.00", figure(given.position(fund, "asOf=2019-04-30"), "budget"), "corrected in the open quarter");
    }

    /**
     * Each organisation closes its own quarters (a pooled fund's are its host's, here its owner's), and positions read
     * from the closing balances are exactly those from summing every posting: every figure, every partner, at 40
     * dates and four quarter ends, before and after the closes. A reversal dated in an open quarter still counts.
     * 2013-14 lies before every other test's postings, and all its quarters end closed, so the order rule never holds
     * up another test on the shared MariaDB database.
     */
    @Test
    void eachOrganisationClosesItsOwnQuartersAndPositionsFromClosingBalancesEqualSummingEveryPosting() {
        long gla = given.requesterOrganisation();
        long ccg = given.organisation(Scenario.unique("IT closing CCG"), "CCG");
        long pool = api.post(REQUESTER, "api/funds", obj().add("code", Scenario.unique("IT-CLOSE-POOL")).add("name", "Pool")
                .add("type", "POOLED_FUND").add("ownerId", gla).add("financialYear", "2013-14")
                .add("purpose", "Section 75").add("partners", jakarta.json.Json.createArrayBuilder()
                        .add(obj().add("organisationId", ccg).add("shareType", "FIXED").add("riskSharePct", 40))
                        .add(obj().add("organisationId", gla).add("shareType", "VARIABLE")))
                .build()).expect(201).id();
        long other = api.post("admin", "api/funds", obj().add("code", Scenario.unique("IT-CLOSE-CCG")).add("name", "CCG pot")
                .add("type", "SPOT_PURCHASE_POT").add("ownerId", ccg).add("financialYear", "2013-14")
                .add("purpose", "another organisation's books").add("currency", "GBP")
                .add("partners", jakarta.json.Json.createArrayBuilder()).build()).expect(201).id();
        given.contribute(pool, ccg, "1000.00", "2013-04-02");
        given.contribute(pool, gla, "2000.01", "2013-05-10");
        long mistake = given.contribute(pool, gla, "99.99", "2013-06-30");
        for (String[] a : new String[][] {{"333.33", "2013-08-15"}, {"0.01", "2013-09-30"}, {"250.00", "2014-01-05"}}) {
            api.post(REQUESTER, "api/allocations", obj().add("fundId", pool).add("amount", gbp(a[0])).add("purpose", "IT")
                    .add("targetType", "OTHER").add("valueDate", a[1]).build()).expect(201);
        }
        given.contribute(pool, ccg, "500.00", "2013-11-20");
        given.contribute(pool, gla, "12.34", "2014-03-31");
        api.post("admin", "api/funds/" + other + "/contributions", obj().add("partnerId", ccg).add("amount", gbp("700.00"))
                .add("kind", "NEW").add("valueDate", "2013-04-03").build()).expect(201);

        List<String> dates = new ArrayList<>();
        for (java.time.LocalDate d = java.time.LocalDate.parse("2013-03-31"); d.isBefore(java.time.LocalDate.parse("2014-04-09"));
             d = d.plusDays(10)) {
            dates.add("asOf=" + d);
        }
        for (int q = 1; q <= 4; q++) {
            dates.add("quarter=2013-14-Q" + q);
            dates.add("asOf=" + Quarters.end(q));
            dates.add("asOf=" + Quarters.end(q).plusDays(1));
        }
        Map<String, JsonObject> summingEveryPosting = positions(pool, dates);

        JsonObject closed = api.post(REQUESTER, "api/periods/2013-14-Q1/close", JsonValue.EMPTY_JSON_OBJECT).expect(200).json();
        assertEquals(gla, closed.getJsonNumber("organisationId").longValue());
        assertEquals("QUARTER_CLOSED", api.post(REQUESTER, "api/funds/" + pool + "/contributions", obj().add("partnerId", gla)
                .add("amount", gbp("1.00")).add("kind", "NEW").add("valueDate", "2013-06-01").build())
                .expect(409).json().getString("reason"), "the GLA's fund refuses Q1 once the GLA closed it");
        api.post("admin", "api/funds/" + other + "/contributions", obj().add("partnerId", ccg).add("amount", gbp("1.00"))
                .add("kind", "NEW").add("valueDate", "2013-06-01").build()).expect(201);
        assertEquals("NOT_YOUR_ORGANISATION", api.post(REQUESTER, "api/periods/2013-14-Q1/close?organisationId=" + ccg,
                JsonValue.EMPTY_JSON_OBJECT).expect(403).json().getString("reason"), "commissioners close their own only");
        assertEquals(400, api.post("admin", "api/periods/2013-14-Q1/close", JsonValue.EMPTY_JSON_OBJECT).status(),
                "an administrator says whose quarter");
        assertEquals(ccg, api.post("admin", "api/periods/2013-14-Q1/close?organisationId=" + ccg, JsonValue.EMPTY_JSON_OBJECT)
                .expect(200).json().getJsonNumber("organisationId").longValue());
        assertTrue(api.get(REQUESTER, "api/periods").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("quarter").equals("2013-14-Q1"))
                .map(c -> c.getJsonNumber("organisationId").longValue()).toList().containsAll(List.of(gla, ccg)));

        api.post(REQUESTER, "api/periods/2013-14-Q2/close", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        assertEquals(summingEveryPosting, positions(pool, dates), "from the Q1 and Q2 closing balances, exactly the same");

        api.post(REQUESTER, "api/ledger/entries/" + mistake + "/reverse", obj().add("valueDate", "2013-12-01")
                .add("reason", "duplicate, found after the close").build()).expect(201);
        Map<String, JsonObject> afterReversal = positions(pool, dates);
        assertEquals(summingEveryPosting.get("asOf=2013-11-30"), afterReversal.get("asOf=2013-11-30"));
        assertEquals(new BigDecimal(figure(summingEveryPosting.get("asOf=2014-03-31"), "budget")).subtract(new BigDecimal("99.99")),
                new BigDecimal(figure(afterReversal.get("asOf=2014-03-31"), "budget")), "the reversal in the open Q3 counts");

        api.post(REQUESTER, "api/periods/2013-14-Q3/close", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        api.post(REQUESTER, "api/periods/2013-14-Q4/close", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        for (int q = 2; q <= 4; q++) {
            api.post("admin", "api/periods/2013-14-Q" + q + "/close?organisationId=" + ccg, JsonValue.EMPTY_JSON_OBJECT).expect(200);
        }
        assertEquals(afterReversal, positions(pool, dates), "from every quarter's closing balance, still the same");
        BigDecimal trial = api.get(REQUESTER, "api/ledger/trial-balance").expect(200).json().getJsonNumber("GBP").bigDecimalValue();
        assertEquals(0, trial.signum(), "the ledger balances: " + trial);
    }

    /**
     * Closing a quarter accrues what is approved and not yet paid at its end, per claim, and reverses it on the next
     * quarter's first day; another organisation's same quarter stays open and still takes claims. Two organisations
     * of this test's own, so no other test's quarters are closed.
     */
    @Test
    void closingAQuarterAccruesApprovedUnpaidClaimsAndReversesThemTheNextDayLeavingOtherOrganisationsOpen() {
        long orgA = given.organisation(Scenario.unique("IT accruing CCG"), "CCG");
        long orgB = given.organisation(Scenario.unique("IT still open CCG"), "CCG");
        String commissionerA = given.user("COMMISSIONER", orgA);
        String commissionerB = given.user("COMMISSIONER", orgB);
        long provider = given.organisation(Scenario.unique("IT accrual provider"), "REGISTERED_CHARITY");
        String vcse = given.user("VCSE_FINANCE", provider);
        long service = given.service(provider, "MENTAL_WELLBEING", "120.00");
        long fundA = ownFund(orgA, "50000.00");
        long fundB = ownFund(orgB, "50000.00");
        long contractA = activeContract(commissionerA, provider, orgA, service, fundA);
        long contractB = activeContract(commissionerB, provider, orgB, service, fundB);

        long claim = claimFirstInstalment(vcse, contractA);
        api.post(commissionerA, "api/claims/" + claim + "/approve", obj().build()).expect(200);
        assertEquals("10000.00", figure(adminPosition(fundA, "asOf=2019-06-30"), "approved"));
        assertEquals("0.00", figure(adminPosition(fundA, "asOf=2019-06-30"), "accrued"), "nothing accrued before the close");

        api.post(commissionerA, "api/periods/2019-20-Q1/close", obj().add("note", "Q1 with accruals").build()).expect(200);
        JsonObject atQuarterEnd = adminPosition(fundA, "asOf=2019-06-30");
        assertEquals("10000.00", figure(atQuarterEnd, "accrued"), "approved and unpaid at 30 June: accrued");
        assertEquals("10000.00", figure(atQuarterEnd, "approved"), "an accrual moves no budget state");
        assertEquals("50000.00", figure(atQuarterEnd, "budget"));
        assertEquals("0.00", figure(adminPosition(fundA, "asOf=2019-07-01"), "accrued"), "reversed on 1 July");
        assertEquals("10000.00", figure(adminPosition(fundA, "asOf=2019-07-01"), "approved"));
        List<JsonObject> accruals = api.get(commissionerA, "api/funds/" + fundA + "/ledger?account=ACCRUED").expect(200)
                .json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("2019-06-30 10000.00 CLAIM " + claim, "2019-07-01 -10000.00 CLAIM " + claim), accruals.stream()
                .map(p -> p.getString("valueDate") + " " + p.getJsonObject("amount").getString("amount") + " "
                        + p.getString("sourceType") + " " + p.getJsonNumber("sourceId").longValue()).toList(),
                "one accrual for the claim, and its reversal");

        assertEquals("QUARTER_CLOSED", api.post("admin", "api/funds/" + fundA + "/contributions", obj()
                .add("partnerId", orgA).add("amount", gbp("1.00")).add("kind", "NEW").add("valueDate", "2019-06-01").build())
                .expect(409).json().getString("reason"), "organisation A's Q1 takes nothing more");
        long claimB = claimFirstInstalment(vcse, contractB);
        assertEquals("SUBMITTED", api.get(vcse, "api/claims/" + claimB).expect(200).json().getString("status"),
                "organisation B's Q1 is still open: its claim goes in");
        assertEquals("10000.00", figure(adminPosition(fundB, "asOf=2019-06-30"), "claimed"));
        api.post("admin", "api/funds/" + fundB + "/contributions", obj().add("partnerId", orgB).add("amount", gbp("1.00"))
                .add("kind", "NEW").add("valueDate", "2019-06-01").build()).expect(201);
        assertEquals("0.00", figure(adminPosition(fundB, "asOf=2019-06-30"), "accrued"), "B has closed nothing");
        BigDecimal trial = api.get(REQUESTER, "api/ledger/trial-balance").expect(200).json().getJsonNumber("GBP").bigDecimalValue();
        assertEquals(0, trial.signum(), "the ledger balances: " + trial);
    }

    private JsonObject adminPosition(long fund, String query) {
        return api.get("admin", "api/funds/" + fund + "/position?" + query).expect(200).json();
    }


    private long ownFund(long owner, String contribution) {
        long fund = api.post("admin", "api/funds", obj().add("code", Scenario.unique("IT-ACCRUE")).add("name", "Accrual pot")
                .add("type", "SPOT_PURCHASE_POT").add("ownerId", owner).add("financialYear", "2019-20")
                .add("purpose", "accruals at close").add("currency", "GBP")
                .add("partners", jakarta.json.Json.createArrayBuilder()).build()).expect(201).id();
        api.post("admin", "api/funds/" + fund + "/contributions", obj().add("partnerId", owner).add("amount", gbp(contribution))
                .add("kind", "NEW").add("valueDate", "2019-04-01").build()).expect(201);
        return fund;
    }

    /** £40,000 for 2019/20 in four quarterly instalments of £10,000, from one fund. */
    private long activeContract(String commissioner, long provider, long organisation, long service, long fund) {
        long contract = api.post(commissioner, "api/contracts",
                given.contract(provider, organisation, "40000.00", service, fund, "40000.00").build()).expect(201).id();
        api.post(commissioner, "api/contracts/" + contract + "/activate", obj().add("valueDate", "2019-04-01").build())
                .expect(200);
        return contract;
    }

    private long claimDraft(String vcse, long contract, String quarter) {
        return api.post(vcse, "api/claims", obj().add("contractId", contract).add("quarter", quarter)
                .add("lines", jakarta.json.Json.createArrayBuilder().add(obj().add("kind", "COST")
                        .add("description", "Sessions").add("amount", gbp("10000.00")))).build()).expect(201).id();
    }

    private long claimFirstInstalment(String vcse, long contract) {
        long claim = claimDraft(vcse, contract, "2019-20 Q1");
        api.post(vcse, "api/claims/" + claim + "/submit", obj().add("declaration", "I declare this claim true.").build())
                .expect(200);
        return claim;
    }

    private Map<String, JsonObject> positions(long fund, List<String> queries) {
        Map<String, JsonObject> positions = new java.util.LinkedHashMap<>();
        for (String query : queries) {
            // whether the quarter is closed is what changes; every figure must not
            positions.put(query, jakarta.json.Json.createObjectBuilder(given.position(fund, query)).remove("quarterClosed").build());
        }
        return positions;
    }

    private static final class Quarters {
        static java.time.LocalDate end(int q) {
            return java.time.LocalDate.of(2013, 4, 1).plusMonths(3L * q).minusDays(1);
        }
    }

    /**
     * On MySQL/MariaDB the database itself refuses what the service layer refuses, whoever writes: a posting dated in a
     * closed quarter, and any update or delete of a posting.
     */
    @Test
    void mariaDbTriggersGuardTheLedgerBehindTheServiceLayer() throws SQLException {
        String url = System.getenv("DB_URL");
        assumeTrue(url != null && url.startsWith("jdbc:mysql"), "database triggers exist on MySQL/MariaDB only");
        long org = given.requesterOrganisation();
        long fund = given.fund("SPOT_PURCHASE_POT", org, "2017-18");
        long entry = given.contribute(fund, org, "100.00", "2017-10-02");
        api.post(REQUESTER, "api/periods/2017-18-Q3/close", JsonValue.EMPTY_JSON_OBJECT).expect(200);

        try (Connection db = DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
             Statement sql = db.createStatement()) {
            SQLException insert = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "INSERT INTO ledger_posting (entry_id, fund_id, account, amount, currency, quarter_code, value_date, "
                            + "source_type, created_at, created_by) VALUES (" + entry + ", " + fund + ", 'AVAILABLE', 1.00, "
                            + "'GBP', '2017-18-Q3', '2017-11-01', 'MANUAL', NOW(6), 'intruder')"));
            assertTrue(insert.getMessage().contains("QUARTER_CLOSED"), insert.getMessage());
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE ledger_posting SET amount = 0 WHERE entry_id = " + entry));
            assertTrue(update.getMessage().contains("LEDGER_APPEND_ONLY"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("DELETE FROM ledger_posting WHERE entry_id = " + entry));
            assertTrue(delete.getMessage().contains("LEDGER_APPEND_ONLY"), delete.getMessage());
            SQLException closingBalance = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("DELETE FROM fund_closing_balance WHERE fund_id = " + fund));
            assertTrue(closingBalance.getMessage().contains("LEDGER_APPEND_ONLY"), closingBalance.getMessage());
            SQLException reopen = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("DELETE FROM period_close WHERE quarter_code = '2017-18-Q3'"));
            assertTrue(reopen.getMessage().contains("PERIOD_CLOSED_FOR_GOOD"), reopen.getMessage());
        }
        assertEquals("100.00", figure(given.position(fund, "asOf=2018-03-31"), "budget"));
    }

    private static List<Api.Reply> concurrently(int times, Callable<Api.Reply> call) throws Exception {
        List<Callable<Api.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            calls.add(call);
        }
        return concurrently(times, calls);
    }

    private static List<Api.Reply> concurrently(int threads, List<Callable<Api.Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : pool.invokeAll(calls, 120, TimeUnit.SECONDS)) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
