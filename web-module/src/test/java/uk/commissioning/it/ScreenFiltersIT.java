package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every filter and refresh control can be used again and again without reloading the page; validation messages are
 * sentences, never patterns; a place name works where an area code is asked for.
 */
class ScreenFiltersIT extends InBrowser {

    /** What a message written for a developer gives away: a regex class, a bracket, a code pattern, the word. */
    private static final Pattern DEVELOPER_TEXT = Pattern.compile("\\\\d|\\[|E0\\[59\\]|Pattern|must match");

    @Test
    void fundPositionFollowsEachNewDate() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("priya.shah");
            browser.open("funds/fund.xhtml?id=1");
            browser.type("asof:asOfDate", "2019-04-30");
            browser.click("asof:showPosition");
            browser.waitForText("Position at 30 Apr 2019 (2019-20 Q1)");
            String april = browser.texts(".position-table").get(0);

            browser.type("asof:asOfDate", "2020-03-31");
            browser.click("asof:showPosition");
            browser.waitForText("Position at 31 Mar 2020 (2019-20 Q4)");
            String march = browser.texts(".position-table").get(0);
            assertNotEquals(april, march, "the year's allocations and payments show by March");
            assertTrue(browser.attribute("#statement", "href").endsWith("quarter=2019-20-Q4"),
                    "the statement offered is the new date's quarter");

            browser.type("asof:asOfDate", "2019-04-30");
            browser.click("asof:showPosition");
            browser.waitForText("Position at 30 Apr 2019 (2019-20 Q1)");
            assertEquals(april, browser.texts(".position-table").get(0), "back to April's figures");
            browser.screenshot("filters-fund-position");
            scan(browser, "filters-fund-position", problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void fundLedgerFollowsEachNewFilter() throws Exception {
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("priya.shah");
            browser.open("funds/fund.xhtml?id=1");
            browser.type("ledger:quarter", "2019-20 Q1");
            browser.click("ledger:filter");
            browser.waitForQuarters("2019-20 Q1");

            browser.type("ledger:quarter", "2019-20-Q3");
            browser.click("ledger:filter");
            browser.waitForQuarters("2019-20 Q3");

            browser.select("ledger:account", "Allocated");
            browser.click("ledger:filter");
            browser.waitUntil("only Allocated postings of 2019-20 Q3", () -> {
                List<String> accounts = browser.texts("#ledger\\:postings_data tr td:nth-child(4)");
                return !accounts.isEmpty() && accounts.stream().allMatch("Allocated"::equals);
            });
            browser.screenshot("filters-fund-ledger");
        }
    }

    @Test
    void badQuarterInTheLedgerFilterIsSaidInASentence() throws Exception {
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("priya.shah");
            browser.open("funds/fund.xhtml?id=1");
            browser.type("ledger:quarter", "2019-20 Q5");
            browser.click("ledger:filter");
            browser.waitForText("is not a quarter");
            String message = browser.texts("#ledger .field-error").get(0);
            assertEquals("Quarter: '2019-20 Q5' is not a quarter; write it like 2019-20 Q3.", message);
            assertFalse(DEVELOPER_TEXT.matcher(browser.text()).find(), browser.text());
            browser.screenshot("filters-bad-quarter");

            browser.type("ledger:quarter", "2019-20 Q3");
            browser.click("ledger:filter");
            browser.waitForQuarters("2019-20 Q3");
            assertFalse(browser.text().contains("is not a quarter"), "the message goes once the quarter is right");
        }
    }

    @Test
    void auditTrailFollowsEachNewFilter() throws Exception {
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            // An administrator sees every event, the demo data's own (made by the system) among them.
            browser.signIn("admin");
            browser.open("audit/index.xhtml");
            browser.clickLink("funds");
            browser.waitUntil("only Fund events", () -> allStartWith(browser.texts("#events_data td:nth-child(3)"), "Fund "));
            browser.clickLink("transfers");
            browser.waitUntil("only Transfer events",
                    () -> allStartWith(browser.texts("#events_data td:nth-child(3)"), "Transfer "));
            browser.screenshot("filters-audit");
        }
    }

    @Test
    void matchingFollowsEachNewPeriodAndBorough() throws Exception {
        awaitDemoDemand();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("priya.shah");
            browser.open("demand/matching.xhtml");
            browser.select("filters:period", "2019-20 Q1");
            browser.click("filters:show");
            // contains, not get(0): while Ajax replaces the panel the heading is briefly absent, which is not a failure.
            browser.waitForText("by borough and need, 2019-20 Q1");
            browser.select("filters:period", "2019-20 Q2");
            browser.select("filters:borough", "Redbridge");
            browser.click("filters:show");
            browser.waitForText("by borough and need, 2019-20 Q2, Redbridge");
            browser.select("filters:period", "2019-20 (whole year)");
            browser.select("filters:borough", "Tower Hamlets");
            browser.click("filters:show");
            browser.waitForText("by borough and need, 2019-20, Tower Hamlets");
            browser.screenshot("filters-matching");
        }
    }

    @Test
    void outcomesFollowEachNewPeriodAndBorough() throws Exception {
        awaitDemoDemand();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("priya.shah");
            browser.open("demand/outcomes.xhtml");
            browser.select("filters:period", "2019-20 Q1");
            browser.click("filters:show");
            browser.waitUntil("2019-20 Q1, all boroughs", () -> browser.texts("#outcomes-heading")
                    .contains("2019-20 Q1, all boroughs"));
            browser.select("filters:period", "2019-20 Q3");
            browser.select("filters:borough", "Tower Hamlets");
            browser.click("filters:show");
            browser.waitUntil("2019-20 Q3, Tower Hamlets", () -> browser.texts("#outcomes-heading")
                    .contains("2019-20 Q3, Tower Hamlets"));
            browser.screenshot("filters-outcomes");
        }
    }

    @Test
    void serviceDirectoryFindsABoroughByName() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("priya.shah");
            browser.open("services/index.xhtml");
            browser.type("directory:area", "tower hamlets");
            browser.click("directory:filter");
            browser.waitUntil("only services in Tower Hamlets", () -> {
                List<String> areas = browser.texts("#directory\\:services_data td:nth-child(4)");
                return !areas.isEmpty() && areas.stream().allMatch(a -> a.contains("E09000030") || a.contains("E0500"));
            });
            assertTrue(browser.text().contains("Poplar link and wellbeing service"), browser.text());
            assertFalse(browser.text().contains("Bexley"), "no Bexley service in Tower Hamlets");

            browser.type("directory:area", "Bexley");
            browser.click("directory:filter");
            browser.waitUntil("only services in Bexley", () -> browser.texts("#directory\\:services_data td:nth-child(4)")
                    .stream().allMatch(a -> a.contains("Bexley")));
            browser.screenshot("filters-services-by-name");
            scan(browser, "filters-services-by-name", problems);

            browser.type("directory:area", "Nowhere at all");
            browser.click("directory:filter");
            browser.waitForText("No ward or borough is called 'Nowhere at all'");
            assertFalse(DEVELOPER_TEXT.matcher(browser.text()).find(), browser.text());
        }
        assertEquals(List.of(), problems);
    }

    private static boolean allStartWith(List<String> texts, String prefix) {
        return !texts.isEmpty() && texts.stream().allMatch(t -> t.startsWith(prefix));
    }

    private static void scan(Browser browser, String name, List<String> problems) throws Exception {
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(name + ": " + v));
    }
}
