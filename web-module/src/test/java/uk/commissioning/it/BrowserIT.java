package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each role does its main job in a real browser, and every main page passes an axe-core scan with no serious or
 * critical violations. Screenshots of each page land in target/screenshots.
 */
class BrowserIT extends ApiIT {

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    @Test
    void commissionerRequestsATransferAndASecondCommissionerApprovesIt() throws Exception {
        String reason = Scenario.unique("Browser transfer");
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(Scenario.REQUESTER);
            assertEquals("Home", browser.heading());
            assertTrue(browser.text().contains("Health Team social prescribing programme 2019/20"), browser.text());
            browser.screenshot("commissioner-home");

            browser.open("transfers/new.xhtml");
            browser.select("transfer:from", "Health Team social prescribing programme");
            browser.select("transfer:to", "Team London small grants");
            browser.type("transfer:amount", "1000.00");
            browser.select("transfer:decision", "DD2419");
            browser.type("transfer:valueDate", "2019-12-20");
            browser.type("transfer:reason", reason);
            browser.screenshot("transfer-request");
            browser.click("transfer:submit");
            browser.waitForText("moves no money until a colleague approves it");
            browser.screenshot("transfers-after-request");
            browser.signOut();

            browser.signIn(Scenario.APPROVER);
            browser.waitForText("Approvals waiting for you");
            assertTrue(browser.text().contains("£1,000.00 from Health Team social prescribing programme 2019/20"),
                    browser.text());
            browser.open("transfers/index.xhtml");
            browser.clickCss("#transfers\\:pending button[id$=':approve']");
            browser.clickCss(".ui-confirmdialog-yes");
            browser.waitForText("approved: £1,000.00 moved");
            browser.screenshot("transfer-approved");
        }
    }

    @Test
    void vcseFinanceLeadCannotOpenAnotherOrganisationsFundByUrl() throws Exception {
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("sam.patel");
            assertTrue(browser.text().contains("Poplar Wellbeing Partnership: contracts, grants and claims"), browser.text());
            assertFalse(browser.text().contains("Health Team"), "no commissioner's budget on a VCSE home page");
            browser.screenshot("vcse-home");
            browser.open("funds/fund.xhtml?id=1");
            assertEquals("Not found", browser.heading());
            assertFalse(browser.text().contains("Health Team social prescribing"), browser.text());
            browser.screenshot("vcse-other-organisation-fund");
        }
    }

    @Test
    void boardMemberSeesOnlyTheirBoards() throws Exception {
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("ruth.adeyemi");
            assertTrue(browser.text().contains("Your boards and packs"), browser.text());
            assertFalse(browser.text().contains("Your funds"));
            browser.screenshot("board-home");
            browser.open("funds/fund.xhtml?id=1");
            assertEquals("Not found", browser.heading());
        }
    }

    @Test
    void mainPagesHaveNoSeriousOrCriticalAccessibilityViolations() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.open("login.xhtml");
            scan(browser, "login", problems);
            browser.signIn("admin");
            for (String page : List.of("index.xhtml", "funds/index.xhtml", "funds/fund.xhtml?id=1",
                    "transfers/index.xhtml", "transfers/new.xhtml", "decisions/index.xhtml", "periods/index.xhtml",
                    "audit/index.xhtml", "admin/users.xhtml", "admin/tokens.xhtml")) {
                browser.open(page);
                scan(browser, page.replace('/', '-').replace(".xhtml", "").replace("?id=", "-"), problems);
            }
            browser.signOut();
            browser.signIn("sam.patel");
            scan(browser, "vcse-index", problems);
        }
        assertEquals(List.of(), problems);
    }

    private static void scan(Browser browser, String name, List<String> problems) throws Exception {
        browser.screenshot("page-" + name);
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(name + ": " + v));
    }
}
