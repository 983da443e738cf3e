package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each role does its main job in a real browser, and every main page passes an axe-core scan with no serious or
 * critical violations. Screenshots of each page land in target/screenshots.
 */
class BrowserIT extends InBrowser {

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
            browser.waitForText("Waiting for you");
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
            // Redbridge's board: the GLA's fund (id 1) is outside its scope.
            browser.signIn("helen.cho");
            assertTrue(browser.text().contains("Your boards and packs"), browser.text());
            assertFalse(browser.text().contains("Your funds"));
            browser.screenshot("board-home");
            browser.open("funds/fund.xhtml?id=1");
            assertEquals("Not found", browser.heading());
        }
    }

    @Test
    void vcseFinanceLeadSeesFullCostAndCannotSaveDriversThatDoNotAddUp() throws Exception {
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("sam.patel");
            browser.clickLink("Your full-cost-recovery budget");
            browser.waitForText("Full cost of each activity");
            assertTrue(browser.rowText("Social prescribing link service").contains("£33,769.00"),
                    browser.rowText("Social prescribing link service"));
            assertEquals("3.00", browser.value("fcr:totalHeadcount"));
            browser.screenshot("fcr-budget");

            browser.type("fcr:totalHeadcount", "4");
            browser.click("fcr:save");
            browser.waitForText("headcount adds up to 3 across activities but the organisation's total is 4");
            assertEquals("4", browser.value("fcr:totalHeadcount"), "the form keeps what was typed");
            assertTrue(browser.rowText("Social prescribing link service").contains("£33,769.00"));
            browser.screenshot("fcr-budget-drivers-invalid");

            browser.open("fcr/index.xhtml");
            browser.waitForText("Full cost of each activity");
            assertEquals("3.00", browser.value("fcr:totalHeadcount"), "the stored budget is unchanged");
            assertTrue(browser.rowText("Social prescribing link service").contains("£33,769.00"));
        }
    }

    @Test
    void vcseFinanceLeadCannotOpenAnotherProvidersFcrBudget() throws Exception {
        long mind = api.get("admin", "api/organisations").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals("Mind in Bexley")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("sam.patel");
            browser.open("fcr/index.xhtml?provider=" + mind + "&year=2019-20");
            assertEquals("Not found", browser.heading());
            assertFalse(browser.text().contains("Wellbeing groups"), browser.text());
            browser.screenshot("vcse-other-provider-fcr");
        }
    }

    @Test
    void commissionerSeesUnderRecoveryAcrossTheirContracts() throws Exception {
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("dan.reeves");
            browser.clickLink("under-recovery across your contracts");
            browser.waitForText("Under-recovery across your contracts");
            String row = browser.rowText("THCCG-SP-19-1");
            assertTrue(row.contains("11.16%"), row);
            assertTrue(row.contains("£33,769.00"), row);
            browser.screenshot("under-recovery");
        }
    }

    @Test
    void commissionerSeesDemandAgainstCapacityAsAHeatTableAndTheOutcomes() throws Exception {
        awaitDemoDemand();
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("priya.shah");
            browser.clickLink("Matching");
            browser.waitForText("Unmet demand (people) by borough and need");
            browser.select("filters:period", "2019-20 (whole year)");
            browser.select("filters:level", "Boroughs");
            browser.select("filters:measure", "Referrals");
            browser.click("filters:show");
            browser.waitForText("Referrals by borough and need, 2019-20");
            List<String> areas = browser.texts("#heat tbody th");
            List<String> totals = browser.texts("#heat tbody td.heat-total");
            for (String borough : List.of("Tower Hamlets", "Bexley", "Waltham Forest", "Redbridge")) {
                int row = areas.indexOf(borough);
                assertTrue(row >= 0, borough + " is a row of the heat table: " + areas);
                assertTrue(count(totals.get(row)) > 0, borough + " has referrals: " + browser.rowText(borough));
            }
            assertEquals(totals.stream().mapToLong(BrowserIT::count).sum(), count(browser.texts("#grand-total").get(0)),
                    "the rows' totals add up to the table's");
            String csv = browser.attribute("#csv", "href");
            assertTrue(csv.endsWith("/api/demand/matching.csv?year=2019-20&level=borough"), csv);
            assertTrue(api.getCsv("priya.shah", "api/demand/matching.csv?year=2019-20&level=borough").expect(200).body()
                    .startsWith("period,area_code,area_name"));
            browser.screenshot("demand-matching");

            browser.clickXpath("//table[@id='heat']//tr[th[normalize-space()='Redbridge']]/td[1]/a");
            browser.waitForText("Redbridge: Housing, 2019-20");
            assertTrue(browser.text().contains("Redbridge: Housing by quarter"), "a year's cell shows its quarters");
            scan(browser, "demand-matching-cell", problems);
            browser.select("filters:level", "Wards of one borough");
            browser.select("filters:borough", "Redbridge");
            browser.select("filters:measure", "Unfunded demand");
            browser.click("filters:show");
            browser.waitForText("Unfunded demand (£) by ward and need, 2019-20, Redbridge");
            scan(browser, "demand-matching-wards", problems);

            browser.clickLink("Outcomes");
            browser.waitForText("Anxiety (lower is better)");
            assertFalse(browser.texts("#outcomes tbody tr").isEmpty(), "outcomes per service and need");
            scan(browser, "demand-outcomes", problems);
            browser.signOut();
            browser.signIn("sam.patel");
            browser.open("demand/outcomes.xhtml?period=2019-20-Q2&borough=E09000030");
            browser.waitForText("You see your own organisation's services only");
            scan(browser, "vcse-demand-outcomes", problems);
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Proposes, without accepting, how to share whatever the Redbridge pot has available (other tests may have spent
     * some of it), so the lines' awards and the total come from this proposal alone.
     */
    @Test
    void commissionerProposesHowToShareTheRedbridgeMicroCommissioningPot() throws Exception {
        awaitDemoDemand();
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("omar.haddad");
            browser.clickLink("Proposals");
            browser.waitForText("Earlier proposals for this pot");
            scan(browser, "demand-proposals-form", problems);
            browser.select("propose:pot", "RB-MICRO-2019-20");
            browser.select("propose:period", "2019-20 (whole year)");
            browser.select("propose:areas", "Redbridge");
            browser.click("propose:proposeButton");
            browser.waitForText("Nothing has moved in the ledger yet");
            assertEquals("Proposed", browser.texts("#proposal-status").get(0));
            List<String> amounts = browser.texts("#lines td.line-amount");
            List<String> explanations = browser.texts("#lines p.explanation");
            assertFalse(amounts.isEmpty(), "Redbridge has unmet demand with a known unit cost");
            assertEquals(amounts.size(), explanations.size(), "every line is explained");
            explanations.forEach(e -> assertTrue(e.contains(" in Redbridge, 2019-20: ") && e.contains("referrals"), e));
            long sum = amounts.stream().mapToLong(BrowserIT::pence).sum();
            assertEquals(pence(browser.texts("#total-proposed").get(0)), sum, "the lines' awards add up to the total");
            assertTrue(sum > 0, "something is proposed");
            browser.screenshot("demand-proposal");
            // Opened again without the flash message: PrimeFaces writes a message as <li role="alert">, which axe's
            // list rule reports on any page that shows one.
            browser.open(browser.url().substring(browser.url().indexOf("demand/")));
            browser.waitForText("Earlier proposals for this pot");
            scan(browser, "demand-proposal", problems);
        }
        assertEquals(List.of(), problems);
    }

    private static long count(String text) {
        return Long.parseLong(text.replace(",", "").strip());
    }

    /** £1,234.50 → 123450. */
    private static long pence(String text) {
        assertTrue(text.strip().matches("£[\\d,]+\\.\\d{2}"), text);
        return Long.parseLong(text.replaceAll("[£,.]", "").strip());
    }

    @Test
    void commissionerAcceptsAMilestoneReportAndTheTrancheIsReleased() throws Exception {
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("lena.fox");
            browser.open("contracts/index.xhtml");
            browser.screenshot("contracts");
            browser.clickLink("LBB-SP-19-LEAD");
            browser.waitForText("Payment schedule");
            assertTrue(browser.rowText("Q2 tranche").contains("Waiting for the report"), browser.rowText("Q2 tranche"));
            browser.screenshot("contract");
            browser.clickXpath("//tr[contains(., 'Q2 tranche')]//button[contains(., 'Accept report')]");
            browser.waitForText("Report accepted");
            String row = browser.rowText("Q2 tranche");
            assertTrue(row.contains("Released"), row);
            assertTrue(browser.rowText("Q3 tranche").contains("Waiting for the report"), "only the Q2 tranche is released");
            browser.screenshot("contract-report-accepted");
        }
    }

    @Test
    void commissionerUploadsADemandFileAndSeesItsProgressAndRejectedLines() throws Exception {
        String source = Scenario.unique("UI-TEST");
        Path csv = Files.createTempFile("ui-referrals", ".csv");
        Files.writeString(csv, String.join("\n",
                "source_system,referral_id,referral_date,nhs_number,person_id,age_band,ward_code,referral_source,needs,outcome",
                source + ",R-1,2019-05-14,943 476 5919,,65-74,E05009317,GP,Housing,COMPLETED",
                source + ",R-2,2019-05-15,,px-88812,25-34,E05009323,SELF,LONELINESS_ISOLATION,ACCEPTED",
                source + ",R-3,2019-05-16,943 476 5918,,65-74,E05009317,GP,Housing,COMPLETED",
                source + ",R-4,2019-05-17,,px-88813,25-34,E05999999,SELF,Housing,ACCEPTED") + "\n");
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("dan.reeves");
            browser.clickLink("Imports");
            browser.waitForText("Upload a demand file");
            browser.select("upload:format", "Referral-level");
            browser.attach("upload:file_input", csv);
            browser.clickCss("#upload\\:file .ui-fileupload-upload");
            browser.waitForText("has started: 4 lines after the header");
            browser.waitForText("Completed (100% done)");
            assertTrue(browser.text().contains("4 read of 4: 2 written, 2 skipped"), browser.text());
            browser.screenshot("demand-import-completed");

            browser.clickLink("View the rejected lines");
            browser.waitForText("Rejected lines of import");
            String nhs = browser.rowText("fails the modulus 11 check");
            assertTrue(nhs.startsWith("4 nhs_number"), nhs);
            String ward = browser.rowText("E05999999 is not a London ward");
            assertTrue(ward.startsWith("5 ward_code"), ward);
            assertFalse(browser.text().contains("943 476 5918"), "a rejected NHS number is never shown");
            browser.screenshot("demand-import-rejected-lines");
        } finally {
            Files.deleteIfExists(csv);
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
                    "audit/index.xhtml", "admin/users.xhtml", "admin/tokens.xhtml", "contracts/index.xhtml",
                    "contracts/contract.xhtml?id=1", "contracts/new.xhtml", "contracts/under-recovery.xhtml",
                    "services/index.xhtml", "services/service.xhtml?id=1", "services/service.xhtml",
                    "fcr/index.xhtml", "link-workers/index.xhtml", "demand/imports.xhtml", "demand/imports.xhtml?id=1&errors=true")) {
                browser.open(page);
                scan(browser, page.replace('/', '-').replace(".xhtml", "").replace("?id=", "-"), problems);
            }
            browser.signOut();
            browser.signIn("sam.patel");
            scan(browser, "vcse-index", problems);
            for (String page : List.of("fcr/index.xhtml", "contracts/index.xhtml", "services/index.xhtml",
                    "services/service.xhtml?id=1", "link-workers/index.xhtml", "demand/imports.xhtml")) {
                browser.open(page);
                scan(browser, "vcse-" + page.replace('/', '-').replace(".xhtml", "").replace("?id=", "-"), problems);
            }
            browser.signOut();
            browser.signIn("lena.fox");
            browser.open("fcr/index.xhtml");
            browser.clickLink("Bexley Community Connections (lead provider)");
            browser.waitForText("Full cost of each activity");
            scan(browser, "commissioner-fcr-read-only", problems);
            browser.signOut();
            browser.signIn("ruth.adeyemi");
            browser.open("demand/imports.xhtml");
            scan(browser, "board-demand-imports-read-only", problems);
        }
        assertEquals(List.of(), problems);
    }

    private static void scan(Browser browser, String name, List<String> problems) throws Exception {
        browser.screenshot("page-" + name);
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(name + ": " + v));
    }
}
