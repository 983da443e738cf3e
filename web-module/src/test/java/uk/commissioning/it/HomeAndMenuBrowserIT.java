package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.it.Api.gbp;
import static uk.commissioning.it.Api.obj;
import static uk.commissioning.it.Scenario.APPROVER;
import static uk.commissioning.it.Scenario.REQUESTER;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The screens as people meet them when they arrive (issue 17): the menu grouped by task for each role, home cards
 * whose figures add up, what waits for whom between two commissioners, board members reading their board's funds,
 * and a quarter closed from a list after a checklist and a confirmation.
 */
class HomeAndMenuBrowserIT extends InBrowser {

    private static final String HEALTH = "GLA-HEALTH-SP-2019-20";
    private static final String TEAM_LONDON = "GLA-TEAM-LONDON-SG-2019-20";
    private static final String REDBRIDGE_POOL = "RB-SP-POOL-2019-20";

    @Test
    void eachRoleSeesTheMenuGroupsItCanUseWithTheCurrentPageMarked() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(REQUESTER);
            assertEquals(List.of("Money", "Contracts", "Demand", "Governance"), browser.texts(".app-nav__heading"));
            assertEquals(List.of("Home"), browser.texts(".app-nav a[aria-current='page']"));
            assertTrue(browser.texts(".app-nav a").containsAll(List.of("Funds", "Transfers", "Decisions", "Quarter close",
                    "Contracts", "Under-recovery", "Matching", "Proposals", "Imports", "Audit trail")));
            browser.open("funds/fund.xhtml?id=" + fundId(REQUESTER, HEALTH));
            assertEquals(List.of("Funds"), browser.texts(".app-nav a[aria-current='page']"), "a fund belongs to Funds");
            scan(browser, "menu-commissioner-fund", problems);
            browser.signOut();

            browser.signIn("sam.patel");
            assertEquals(List.of("Contracts", "Demand"), browser.texts(".app-nav__heading"));
            List<String> vcse = browser.texts(".app-nav a");
            assertFalse(vcse.contains("Funds") || vcse.contains("Quarter close") || vcse.contains("Under-recovery")
                    || vcse.contains("Audit trail") || vcse.contains("Users"), vcse.toString());
            scan(browser, "menu-vcse-home", problems);
            browser.signOut();

            browser.signIn("ruth.adeyemi");
            assertEquals(List.of("Contracts", "Demand", "Governance"), browser.texts(".app-nav__heading"));
            assertTrue(browser.texts(".app-nav a").containsAll(List.of("Your board's funds", "Audit trail")));
            assertFalse(browser.texts(".app-nav a").contains("Transfers"));
            browser.signOut();

            browser.signIn("admin");
            assertEquals(List.of("Money", "Contracts", "Demand", "Governance", "Admin"), browser.texts(".app-nav__heading"));
            browser.clickLink("API tokens");
            browser.waitUntil("the tokens page marked current",
                    () -> browser.texts(".app-nav a[aria-current='page']").equals(List.of("API tokens")));
            scan(browser, "menu-admin-tokens", problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void homeCardsShowBudgetMinusAllocatedEqualsRemainingAtTheFundsDefaultDate() throws Exception {
        JsonObject health = given.position(fundId(REQUESTER, HEALTH), "asOf=2020-03-31");
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(REQUESTER);
            String card = "section[data-fund-code='" + HEALTH + "'] ";
            assertEquals(pounds(Scenario.figure(health, "budget")), money(browser, card + ".fund-budget"));
            assertEquals(pounds(Scenario.figure(health, "allocated")), money(browser, card + ".fund-allocated"));
            assertEquals(pounds(Scenario.figure(health, "remaining")), money(browser, card + ".fund-remaining"));
            List<String> budgets = browser.texts(".fund-card .fund-budget");
            List<String> allocated = browser.texts(".fund-card .fund-allocated");
            List<String> remaining = browser.texts(".fund-card .fund-remaining");
            assertFalse(budgets.isEmpty());
            for (int i = 0; i < budgets.size(); i++) {
                assertEquals(parse(remaining.get(i)), parse(budgets.get(i)).subtract(parse(allocated.get(i))),
                        "card " + i + ": " + budgets.get(i) + " − " + allocated.get(i) + " = " + remaining.get(i));
            }
            assertTrue(browser.text().contains("at 31 Mar 2020"), "a past year's cards are at its year end");
            scan(browser, "home-commissioner-cards", problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aTransferWaitsForTheColleagueAndTheRequesterSeesWhoItWaitsFor() throws Exception {
        long transfer = api.post(REQUESTER, "api/transfers", obj().add("fromFundId", fundId(REQUESTER, HEALTH))
                .add("toFundId", fundId(REQUESTER, TEAM_LONDON)).add("amount", gbp("12.34"))
                .add("decisionId", decisionId("DD2419")).add("valueDate", "2019-12-20")
                .add("reason", Scenario.unique("Waits for a colleague")).build()).expect(201).id();
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(APPROVER);
            String waiting = String.join("\n", browser.texts("#waiting-for-you-list li"));
            assertTrue(waiting.contains("Transfer " + transfer + " awaits your approval: £12.34 from Health Team social "
                    + "prescribing programme 2019/20 to Team London small grants 2019/20, requested by priya.shah under "
                    + "DD2419"), waiting);
            scan(browser, "home-waiting-for-you", problems);
            browser.clickXpath("//li[contains(., 'Transfer " + transfer + " awaits your approval')]/a[.='open the transfer']");
            browser.waitUntil("the transfers page opened at it, where it is approved",
                    () -> browser.url().contains("transfers/index") && browser.url().contains("id=" + transfer));
            browser.signOut();

            browser.signIn(REQUESTER);
            String youWaitFor = String.join("\n", browser.texts("#you-wait-for-list li"));
            assertTrue(youWaitFor.contains("Your transfer " + transfer + " (£12.34 from Health Team social prescribing "
                    + "programme 2019/20 to Team London small grants 2019/20) awaits a second approver at Greater London "
                    + "Authority"), youWaitFor);
            assertFalse(browser.text().contains("Transfer " + transfer + " awaits your approval"),
                    "nobody approves their own transfer");
            scan(browser, "home-you-wait-for", problems);

            api.post(APPROVER, "api/transfers/" + transfer + "/reject", obj().add("reason", "test over").build()).expect(200);
            browser.open("index.xhtml");
            assertFalse(browser.text().contains("Your transfer " + transfer + " "), "a decided transfer waits for nobody");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aBoardMemberReadsTheirBoardsFundsAndCanChangeNothing() throws Exception {
        long pool = fundId("omar.haddad", REDBRIDGE_POOL);
        JsonObject position = api.get("omar.haddad", "api/funds/" + pool + "/position?asOf=2020-03-31").expect(200).json();
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("helen.cho");
            assertTrue(browser.text().contains("Your board's funds"), browser.text());
            String card = "section[data-fund-code='" + REDBRIDGE_POOL + "'] ";
            assertEquals(pounds(Scenario.figure(position, "budget")), money(browser, card + ".fund-budget"));
            assertEquals(pounds(Scenario.figure(position, "allocated")), money(browser, card + ".fund-allocated"));
            assertEquals(pounds(Scenario.figure(position, "remaining")), money(browser, card + ".fund-remaining"));
            assertFalse(browser.text().contains("Health Team"), "the GLA's funds are outside Redbridge's board");
            scan(browser, "home-board", problems);

            browser.clickLink("Your board's funds");
            browser.waitForText("Funds you can see");
            assertTrue(browser.text().contains("Redbridge social prescribing pooled fund 2019/20"), browser.text());
            scan(browser, "funds-board", problems);

            browser.clickLink("Redbridge social prescribing pooled fund 2019/20");
            browser.waitForText("By partner");
            assertEquals("Redbridge social prescribing pooled fund 2019/20", browser.heading());
            assertTrue(browser.rowText("Budget").contains(display(Scenario.figure(position, "budget"))), browser.rowText("Budget"));
            List<String> buttons = browser.texts("main button:not(.ui-paginator button), main input[type=submit]");
            assertTrue(List.of("Show position", "Filter").containsAll(buttons), "read-only, but offered " + buttons);
            scan(browser, "fund-board-read-only", problems);

            browser.open("funds/fund.xhtml?id=" + fundId(REQUESTER, HEALTH));
            assertEquals("Not found", browser.heading(), "another organisation's fund is not the board's");
        }
        assertEquals(List.of(), problems);
        assertEquals(200, api.get("helen.cho", "api/funds/" + pool + "/ledger").status());
        assertEquals(403, api.post("helen.cho", "api/funds/" + pool + "/contributions", obj().add("partnerId", 1)
                .add("amount", gbp("1.00")).add("kind", "NEW").add("valueDate", "2019-12-20").build()).status());
        assertEquals(403, api.post("helen.cho", "api/transfers", obj().add("fromFundId", pool).add("toFundId", pool)
                .add("amount", gbp("1.00")).add("decisionId", 1).add("valueDate", "2019-12-20").add("reason", "probe")
                .build()).status());
    }

    /**
     * Quarters from long before the demo year (2015-16), so closing one locks nothing another test posts into: the
     * MariaDB run shares one database between the IT classes.
     */
    @Test
    void aQuarterIsClosedFromTheListAfterItsChecklistInOrderAndWithAConfirmation() throws Exception {
        long gla = given.requesterOrganisation();
        long from = given.fund("SPOT_PURCHASE_POT", gla, "2015-16");
        long to = given.fund("SPOT_PURCHASE_POT", gla, "2015-16");
        given.contribute(from, gla, "500.00", "2015-04-01");
        long transfer = given.requestTransfer(from, to, "25.00", given.decision(gla, "2015-04-01"), "2015-05-01")
                .expect(201).id();
        assertEquals("QUARTER_OUT_OF_ORDER", api.post(REQUESTER, "api/periods/2015-16-Q2/close", JsonValue.EMPTY_JSON_OBJECT)
                .expect(409).json().getString("reason"), "the API refuses the same out-of-order close");
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(REQUESTER);
            browser.clickLink("Quarter close");
            browser.waitForText("Quarters of Greater London Authority");
            assertTrue(browser.texts("#close input[type=text]").isEmpty(), "nothing to type: quarters are picked");
            assertTrue(browser.rowText("2015-16 Q2").contains("Open · close 2015-16 Q1 first"), browser.rowText("2015-16 Q2"));

            browser.clickXpath("//button[@aria-label='Review and close 2015-16 Q2']");
            browser.waitForText("Before you close 2015-16 Q2");
            assertEquals(List.of("2015-16 Q1 is still open and has postings: close it before 2015-16 Q2 (quarters close in "
                    + "order)."), browser.texts("#out-of-order"));
            assertTrue(browser.texts("#close\\:confirm").isEmpty(), "no way to close it out of order");
            scan(browser, "quarter-close-out-of-order", problems);

            browser.click("close:pickEarlier");
            browser.waitForText("Before you close 2015-16 Q1");
            assertEquals(List.of("1 transfer dated in 2015-16 Q1 awaits approval: once the quarter is closed it can never be "
                    + "approved — review transfers"), browser.texts("#checklist li"));
            assertTrue(browser.texts("#lock-summary").get(0).startsWith("Closing locks the 2 postings dated in it in Greater London Authority's funds"),
                    browser.texts("#lock-summary").toString());
            scan(browser, "quarter-close-checklist", problems);

            api.post(REQUESTER, "api/transfers/" + transfer + "/withdraw", obj().add("reason", "withdrawn before the close")
                    .build()).expect(200);
            browser.click("close:cancel");
            // The same heading comes back for the second review: wait for the first to go, or the wait below would
            // pass on the old panel while the update replaces it.
            browser.waitUntil("the checklist closes", () -> !browser.text().contains("Before you close"));
            browser.clickXpath("//button[@aria-label='Review and close 2015-16 Q1']");
            browser.waitForText("Before you close 2015-16 Q1");
            assertTrue(browser.texts("#checklist li").get(0).startsWith("Nothing of yours is waiting in this quarter"),
                    browser.texts("#checklist li").toString());
            browser.type("close:note", "Browser test: 2015-16 Q1");
            browser.click("close:confirm");
            browser.waitForText("for Greater London Authority's funds");
            assertTrue(browser.text().contains("Close 2015-16 Q1 for good?"), browser.text());
            assertFalse(browser.text().contains("every organisation"), "a close is the organisation's own");
            browser.screenshot("quarter-close-confirmation");
            browser.clickCss(".ui-confirmdialog-yes");
            browser.waitForText("2015-16 Q1 is closed for Greater London Authority: its funds take nothing more dated in it.");
            assertTrue(browser.rowText("2015-16 Q1").contains("Closed"), browser.rowText("2015-16 Q1"));
            scan(browser, "quarter-close-done", problems);
        }
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("admin");
            browser.open("periods/index.xhtml");
            browser.waitForText("Quarters of Greater London Authority");
            browser.select("whose:organisation", "London Borough of Waltham Forest");
            browser.click("whose:showOrganisation");
            browser.waitForText("Quarters of London Borough of Waltham Forest");
            assertFalse(browser.text().contains("2015-16 Q1"), "the GLA's close is not Waltham Forest's");
            assertTrue(browser.rowText("2019-20 Q1").contains("Open"), browser.rowText("2019-20 Q1"));
            scan(browser, "quarter-close-administrator-picks", problems);
        }
        assertEquals(List.of(), problems);
        assertEquals("QUARTER_CLOSED", api.post(REQUESTER, "api/funds/" + from + "/contributions", obj().add("partnerId", gla)
                .add("amount", gbp("1.00")).add("kind", "NEW").add("valueDate", "2015-05-02").build())
                .expect(409).json().getString("reason"));
    }

    private static void scan(Browser browser, String name, List<String> problems) throws Exception {
        browser.screenshot("page-" + name);
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(name + ": " + v));
    }

    private static BigDecimal money(Browser browser, String css) {
        List<String> found = browser.texts(css);
        assertEquals(1, found.size(), css + ": " + found);
        return parse(found.get(0));
    }

    private static BigDecimal parse(String shown) {
        return new BigDecimal(shown.replace("£", "").replace(",", "").trim());
    }

    private static BigDecimal pounds(String amount) {
        return new BigDecimal(amount);
    }

    /** 240000.00 → £240,000.00, as the screens write money. */
    private static String display(String amount) {
        return "£" + String.format(java.util.Locale.UK, "%,.2f", new BigDecimal(amount));
    }

    private long fundId(String user, String code) {
        return api.get(user, "api/funds").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long decisionId(String reference) {
        return api.get("admin", "api/decisions").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("reference").equals(reference)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
