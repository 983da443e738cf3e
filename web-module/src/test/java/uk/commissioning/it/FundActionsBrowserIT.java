package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.it.Scenario.APPROVER;
import static uk.commissioning.it.Scenario.REQUESTER;
import static uk.commissioning.it.Scenario.figure;

import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The money actions that were only in the API, each with its confirmation, and the fund page at a glance: where the
 * position opens, the chart and the story, and ledger lines that lead to their document and decision (issue 17).
 */
class FundActionsBrowserIT extends InBrowser {

    @Test
    void teamLondonOpensAtItsYearEndWithAChartAndItsStoryLinkedToTheDd2419Transfer() throws Exception {
        List<String> problems = new ArrayList<>();
        long teamLondon = fundId("GLA-TEAM-LONDON-SG-2019-20");
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(REQUESTER);
            browser.open("funds/fund.xhtml?id=" + teamLondon);
            browser.waitForText("Position at 31 Mar 2020 (2019-20 Q4)");
            assertTrue(browser.attribute("#statement", "href").endsWith("quarter=2019-20-Q4"), "the year end's statement");
            assertEquals("2020-03-31", browser.value("asof:asOfDate"));

            // The demo's Team London is £120,000 with nothing allocated, but on MariaDB every IT class shares one
            // database and others move money into it: the chart must show the position's own figures.
            var position = given.position(teamLondon, "asOf=2020-03-31");
            List<String> bars = browser.texts("#glance-chart .bar-row").stream().map(b -> b.replaceAll("\\s+", " ")).toList();
            assertEquals(List.of("Budget " + shown(figure(position, "budget")), "Allocated " + shown(figure(position, "allocated")),
                    "Committed " + shown(figure(position, "committed")), "Paid " + shown(figure(position, "paid"))), bars,
                    "the figures are given as text beside each bar");
            assertTrue(browser.texts("#paid-note").get(0).contains("nothing has been paid from this fund by this date"));
            String story = browser.texts("#story").get(0);
            assertTrue(story.contains("1 Apr 2019: Greater London Authority contributed £100,000.00"), story);
            assertTrue(story.contains("17 Dec 2019: £20,000.00 transferred in from Health Team social prescribing "
                    + "programme 2019/20 under DD2419"), story);
            assertTrue(browser.attribute("#story a[href*='transfers/index.xhtml?id=']", "href").contains("?id="));
            assertTrue(browser.attribute("#story a[href*='decisions/index.xhtml?id=']", "href").contains("?id="));
            browser.screenshot("fund-at-a-glance");
            scan(browser, "fund-at-a-glance", problems);

            String transfer = browser.rowText("Transfer ");
            assertTrue(transfer.contains("DD2419"), "the ledger line names its decision: " + transfer);
            assertTrue(browser.attribute("#ledger a.decision-link", "href").contains("decisions/index.xhtml?id="));
            browser.clickCss("#ledger a.document-link[href*='transfers']");
            browser.waitForText("In the ledger");
            assertEquals("Approved", browser.texts("#transfer-status").get(0));
            assertTrue(browser.text().contains("Development of Social Prescribing Projects 2019/2020"), browser.text());
            browser.screenshot("transfer-from-ledger");
            scan(browser, "transfer-from-ledger", problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aContributionIsConfirmedInWordsAndLeadsToItsLedgerLine() throws Exception {
        List<String> problems = new ArrayList<>();
        long gla = given.requesterOrganisation();
        long fund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        String decision = decisionReference(given.decision(gla, "2019-05-01"));
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(REQUESTER);
            browser.open("funds/fund.xhtml?id=" + fund);
            browser.click("contribute");
            browser.type("contribution:amount", "1500.00");
            browser.type("contribution:valueDate", "2020-05-01");
            browser.select("contribution:decisionId", decision);
            browser.click("contribution:check");
            browser.waitForText("Check before you record it");
            browser.click("contribution:confirm");
            browser.waitForText("The contribution was not recorded");
            assertTrue(browser.texts("#contribution .field-error").get(0).contains("outside"),
                    "the refusal is on the date, in words: " + browser.text());
            assertEquals("0.00", figure(given.position(fund, "asOf=2020-03-31"), "budget"), "nothing was posted");

            browser.type("contribution:valueDate", "2019-05-01");
            browser.click("contribution:check");
            browser.waitForText("Check before you record it");
            String summary = browser.texts("#summary").get(0);
            assertTrue(summary.startsWith("This posts £1,500.00 from Greater London Authority's funding account into the "
                    + "available budget of IT fund (new money), dated 1 May 2019, under decision " + decision), summary);
            browser.screenshot("contribution-confirm");
            scan(browser, "contribution-confirm", problems);
            browser.click("contribution:confirm");
            browser.waitForText("Contribution recorded: £1,500.00 from Greater London Authority");
            assertTrue(browser.texts("#entry-heading").get(0).startsWith("Ledger entry "));
            assertEquals(decision, browser.texts("#entry-decision").get(0));
            assertTrue(browser.rowText("Contribution ").contains(decision), "the ledger line names its decision");
            browser.screenshot("contribution-recorded");
            scanWithoutMessages(browser, "contribution-recorded", problems);
        }
        assertEquals("1500.00", figure(given.position(fund, "asOf=2020-03-31"), "budget"));
        assertEquals(List.of(), problems);
    }

    @Test
    void anAllocationIsConfirmedInWordsAndOnlyItsManagersAreOfferedIt() throws Exception {
        List<String> problems = new ArrayList<>();
        long gla = given.requesterOrganisation();
        long fund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        given.contribute(fund, gla, "1000.00", "2019-04-01");
        String decision = decisionReference(given.decision(gla, "2019-06-01"));
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(REQUESTER);
            browser.open("funds/fund.xhtml?id=" + fund);
            browser.click("allocate");
            browser.type("allocation:amount", "400.00");
            browser.type("allocation:purpose", "Befriending for older people");
            browser.select("allocation:targetType", "Grant award");
            browser.select("allocation:decisionId", decision);
            browser.type("allocation:valueDate", "2019-06-01");
            browser.click("allocation:check");
            browser.waitForText("Check before you allocate");
            String summary = browser.texts("#summary").get(0);
            assertTrue(summary.startsWith("This posts £400.00 from the available budget of IT fund to its allocated budget, "
                    + "for \"Befriending for older people\" (grant award), dated 1 Jun 2019, under decision " + decision), summary);
            browser.screenshot("allocation-confirm");
            scan(browser, "allocation-confirm", problems);
            browser.click("allocation:confirm");
            browser.waitForText("Allocated £400.00 from IT fund for Befriending for older people");
            assertEquals(decision, browser.texts("#entry-decision").get(0));
            assertTrue(browser.texts("#story").get(0).contains("£400.00 allocated: Befriending for older people under " + decision));
        }
        assertEquals("600.00", figure(given.position(fund, "asOf=2020-03-31"), "remaining"));
        int boardMember = api.page("ruth.adeyemi", "funds/allocate.xhtml?fund=" + fund).status();
        assertTrue(boardMember == 403 || boardMember == 404, "a board member may not allocate: " + boardMember);
        assertEquals(404, api.page("dan.reeves", "funds/contribute.xhtml?fund=" + fund).status(), "nor another organisation");
        assertEquals(problems, List.of());
    }

    @Test
    void theRequesterWithdrawsAndTheApproverRejectsWithAReason() throws Exception {
        List<String> problems = new ArrayList<>();
        long gla = given.requesterOrganisation();
        long from = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        long to = given.fund("GRANT_PROGRAMME_POT", gla, "2019-20");
        given.contribute(from, gla, "1000.00", "2019-04-01");
        long decision = given.decision(gla, "2019-06-01");
        long withdrawn = given.requestTransfer(from, to, "111.00", decision, "2019-06-01").expect(201).id();
        long rejected = given.requestTransfer(from, to, "222.00", decision, "2019-06-01").expect(201).id();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(REQUESTER);
            browser.open("transfers/index.xhtml");
            browser.clickXpath(rowButton(withdrawn, "Withdraw"));
            String dialog = browser.texts(".ui-confirm-dialog .ui-dialog-content").get(0);
            assertTrue(dialog.contains("£111.00"), dialog);
            browser.screenshot("transfer-withdraw-confirm");
            browser.clickCss(".ui-confirm-dialog .ui-confirmdialog-yes");
            browser.waitForText("Transfer " + withdrawn + " withdrawn. It never moved money");
            assertTrue(browser.rowText("£111.00").contains("Withdrawn"), browser.rowText("£111.00"));
            browser.signOut();

            browser.signIn(APPROVER);
            browser.open("transfers/index.xhtml");
            assertTrue(browser.texts("#transfers\\:all_data button").stream().noneMatch(b -> b.contains("Withdraw")),
                    "only a requester is offered withdrawal");
            browser.clickXpath(rowButton(rejected, "Reject"));
            browser.waitForText("Reject transfer " + rejected + ": £222.00");
            browser.click("reject:confirmReject");
            browser.waitForText("Say why the transfer is rejected");
            browser.screenshot("transfer-reject-reason");
            scan(browser, "transfer-reject-reason", problems);
            browser.type("reject:reason", "The decision does not cover this");
            browser.click("reject:confirmReject");
            browser.waitForText("Transfer " + rejected + " rejected: £222.00 stays in IT fund");
            assertTrue(browser.rowText("£222.00").contains("Rejected"), browser.rowText("£222.00"));
        }
        var audit = api.get(REQUESTER, "api/audit?entity=Transfer&id=" + rejected).expect(200).array();
        assertEquals("The decision does not cover this", audit.getJsonObject(0).getJsonObject("after").getString("rejectionReason"));
        assertEquals("1000.00", figure(given.position(from, "asOf=2020-03-31"), "remaining"));
        assertEquals(List.of(), problems);
    }

    @Test
    void aReversalNamesTheEntryAndItsAmountNeedsAReasonAndLinksBothWays() throws Exception {
        List<String> problems = new ArrayList<>();
        long gla = given.requesterOrganisation();
        long fund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        long entry = given.contribute(fund, gla, "300.00", "2019-04-01");
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(REQUESTER);
            browser.open("funds/fund.xhtml?id=" + fund + "&entry=" + entry);
            browser.click("startReversal");
            browser.waitForText("This posts the mirror image of entry " + entry + " (£300.00");
            browser.click("reverse:confirmReversal");
            browser.waitForText("Say why the entry is reversed");
            browser.screenshot("reversal-confirm");
            scan(browser, "reversal-confirm", problems);
            browser.type("reverse:reason", "Booked twice");
            browser.click("reverse:confirmReversal");
            browser.waitForText("Entry " + entry + " reversed by entry ");
            String reversal = browser.texts("#entry-heading").get(0).replace("Ledger entry ", "");
            assertTrue(browser.text().contains("Reversal of entry " + entry + ": Booked twice"), browser.text());
            assertTrue(browser.rowText("Reversed by entry " + reversal).contains("£300.00"));
            assertTrue(browser.rowText("Reverses entry " + entry).contains("£300.00"));
            assertTrue(browser.texts("#story").get(0).contains("£300.00 reversed (entry " + entry + ": Booked twice)"));
            browser.screenshot("reversal-done");
            scanWithoutMessages(browser, "reversal-done", problems);

            browser.click("reversesEntry");
            browser.waitForText("Ledger entry " + entry);
            assertEquals("Entry " + reversal, browser.texts("#reversedByEntry").get(0));
            assertFalse(browser.text().contains("Reverse this entry"), "an entry is reversed once");
        }
        assertEquals("0.00", figure(given.position(fund, "asOf=2020-03-31"), "budget"));
        assertEquals(List.of(), problems);
    }

    /** The button in the row of the transfers table whose first cell is the transfer's number. */
    private static String rowButton(long transfer, String label) {
        return "//tr[td[1][normalize-space(.)='" + transfer + "']]//button[contains(normalize-space(.), '" + label + "')]";
    }

    private long fundId(String code) {
        return api.get(REQUESTER, "api/funds").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /**
     * Approval limits on the admin screen: the proposer sees in words why they are not offered approve or reject, and
     * the second administrator (the demo's nadia.karim) approves, after which the limit shows. The limit changed is a
     * commissioner's of the test's own.
     */
    @Test
    void anAdministratorProposesALimitAndOnlyASecondAdministratorIsOfferedTheApproval() throws Exception {
        String commissioner = Scenario.unique("it-limit-commissioner");
        api.post("admin", "api/users", Api.obj().add("username", commissioner).add("displayName", "Limit " + commissioner)
                .add("password", Api.PASSWORD).add("role", "COMMISSIONER").add("organisationId", given.requesterOrganisation())
                .build()).expect(201);
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("admin");
            browser.clickLink("Approval limits");
            browser.waitForText("Propose a change");
            assertTrue(browser.rowText("(" + commissioner + ")").contains("No limit"), "nothing set yet");
            scan(browser, "approval-limits", problems);
            browser.select("propose:username", "Limit " + commissioner + " (");
            browser.type("propose:amount", "12500.00");
            browser.type("propose:reason", "Browser test: new commissioner");
            browser.click("propose:proposeChange");
            browser.waitForText("Another administrator must approve it before it counts");
            String pending = browser.rowText("Browser test: new commissioner");
            assertTrue(pending.contains("£12,500.00") && pending.contains("You proposed this change"), pending);
            assertFalse(pending.contains("Approve"), "the proposer is not offered the approval: " + pending);
            browser.signOut();

            browser.signIn("nadia.karim");
            browser.open("admin/limits.xhtml");
            browser.waitForText("Browser test: new commissioner");
            scan(browser, "approval-limits-pending", problems);
            long change = api.get("admin", "api/approval-limits").expect(200).json().getJsonArray("pending").stream()
                    .map(JsonValue::asJsonObject).filter(c -> c.getString("username").equals(commissioner)).findFirst()
                    .orElseThrow().getJsonNumber("id").longValue();
            browser.clickXpath("//tr[contains(., 'Browser test: new commissioner')]//button[contains(., 'Approve')]");
            browser.waitForText("Approved: " + commissioner + "'s limit is now £12,500.00");
            assertTrue(browser.rowText("(" + commissioner + ")").contains("£12,500.00"));
            assertEquals("APPROVED", api.get("admin", "api/approval-limits/changes/" + change).expect(200).json()
                    .getString("status"));
        }
        assertEquals(List.of(), problems);
    }

    private String decisionReference(long id) {
        return api.get(REQUESTER, "api/decisions/" + id).expect(200).json().getString("reference");
    }

    /**
     * Scans the page as it shows once its one-off message is gone: the shell's PrimeFaces messages mark each item
     * role="alert", which axe counts as a list of non-items (a fault of the shared template, reported, not of this page).
     */
    private static void scanWithoutMessages(Browser browser, String name, List<String> problems) throws Exception {
        browser.open(browser.url());
        scan(browser, name, problems);
    }

    private static void scan(Browser browser, String name, List<String> problems) throws Exception {
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(name + ": " + v));
    }

    /** An amount as the screens write it: £120,000.00. */
    private static String shown(String amount) {
        return "£" + new java.text.DecimalFormat("#,##0.00").format(new java.math.BigDecimal(amount));
    }
}
