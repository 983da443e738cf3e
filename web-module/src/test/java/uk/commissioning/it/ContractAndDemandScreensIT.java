package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contract and demand screens as a commissioner meets them on a Monday: statuses in words, instalments that say
 * whether they are due, End and Terminate that ask first, whole people, outcome directions only over enough pairs,
 * small numbers shown as "&lt;5", and a proposal whose line count is one figure; recording a decision and varying a
 * contract, each after a question that restates it, and a forged choice refused in words.
 */
class ContractAndDemandScreensIT extends InBrowser {

    @Test
    void contractStatusAndAPastInstalmentReadAsWordsNotEnumNames() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("dan.reeves");
            browser.open("contracts/index.xhtml");
            browser.clickLink("THCCG-SP-19-2");
            browser.waitForText("Payment schedule");
            assertEquals("Active", browser.texts("#contract-status").get(0));
            String june = browser.rowText("30 Jun 2019");
            assertFalse(june.toLowerCase().contains("scheduled"), "an instalment due in 2019 is not 'scheduled': " + june);
            assertTrue(june.contains("Due 30 Jun 2019"), june);
            assertFalse(browser.text().contains("ACTIVE") || browser.text().contains("SCHEDULED"), browser.text());
            scan(browser, "contract-schedule", problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void endAsksForConfirmationNamingTheContractAndCancellingLeavesItActive() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("dan.reeves");
            browser.open("contracts/index.xhtml");
            browser.clickLink("THCCG-SP-19-5");
            browser.waitForText("Change this contract");
            browser.screenshot("contract-change-panels");
            browser.type("close:reason", "Browser test: cancelled before it ends");
            browser.type("close:effectiveDate", "2020-01-31");
            browser.click("close:endButton");
            browser.waitForText("THCCG-SP-19-5 (");
            String dialog = browser.texts("[id='close:closeConfirm'] .ui-dialog-content").get(0);
            assertTrue(dialog.contains("THCCG-SP-19-5"), dialog);
            assertTrue(dialog.contains("31 Jan 2020"), dialog);
            assertTrue(dialog.contains("ledger"), dialog);
            assertTrue(dialog.contains("falls due to the provider by then and stays committed"),
                    "instalments due before 31 January are owed, not released: " + dialog);
            browser.screenshot("contract-end-confirm");
            scan(browser, "contract-end-confirm", problems);
            browser.click("close:cancelClose");
            browser.open("contracts/index.xhtml");
            browser.clickLink("THCCG-SP-19-5");
            browser.waitForText("Payment schedule");
            assertEquals("Active", browser.texts("#contract-status").get(0), "cancelling ended nothing");
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The provider's finance lead attaches a PDF to the Bexley grant's Q3 milestone on the contract page; it is listed
     * with its type, size and uploader, and its link downloads the same bytes. (The section did not exist before.)
     */
    @Test
    void aProviderAttachesMilestoneEvidenceOnTheContractPageAndItsLinkDownloadsIt() throws Exception {
        String name = Scenario.unique("Q3-evidence") + ".pdf";
        byte[] pdf = ContractsApiIT.pdf(name);
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("evidence").resolve(name);
        java.nio.file.Files.write(file, pdf);
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("joe.bright");
            browser.open("contracts/index.xhtml");
            browser.clickLink("LBB-SP-19-LEAD");
            browser.waitForText("Evidence for milestone reports");
            assertTrue(browser.text().contains("up to 1 MB"), "the limit is shown");
            browser.select("evidence:milestone", "Q3 tranche");
            String input = (String) browser.script("return document.querySelector(\"form[id='evidence'] input[type=file]\").id");
            browser.attach(input, file);
            browser.click("evidence:attach");
            browser.waitForText("Evidence attached: " + name);
            String row = browser.rowText(name);
            assertTrue(row.startsWith("Q3 tranche"), row);
            assertTrue(row.contains("PDF") && row.contains("uploaded by joe.bright"), row);
            browser.script("document.getElementById('evidence-heading').scrollIntoView()");
            browser.screenshot("contract-milestone-evidence");
            scan(browser, "contract-milestone-evidence", problems);
            java.net.URI link = java.net.URI.create(browser.attributeOfLink(name, "href"));

            java.nio.file.Path disguised = file.resolveSibling("invoice.pdf");
            java.nio.file.Files.write(disguised, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
            browser.select("evidence:milestone", "Q3 tranche");
            browser.attach((String) browser.script("return document.querySelector(\"form[id='evidence'] input[type=file]\").id"),
                    disguised);
            browser.click("evidence:attach");
            browser.waitForText("The file was not attached");
            assertTrue(browser.text().contains("the file is a Windows program (.exe or .dll); attach a PDF"), browser.text());
            assertFalse(browser.text().contains("invoice.pdf"), "the refused file is not listed");
            browser.script("document.getElementById('evidence-heading').scrollIntoView()");
            browser.screenshot("contract-milestone-evidence-refused");
            Api.Download download = new Api(Deployments.loopback(deployed)).download("lena.fox",
                    link.getPath().replaceFirst("^/", ""), "application/pdf").expect(200);
            assertTrue(java.util.Arrays.equals(pdf, download.body()), "the link downloads what was attached: " + link);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void matchingShowsWholePeopleNotFractions() throws Exception {
        awaitDemoDemand();
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("dan.reeves");
            browser.open("demand/matching.xhtml");
            browser.select("filters:period", "2019-20 (whole year)");
            browser.select("filters:level", "Boroughs");
            browser.select("filters:measure", "Unmet demand");
            browser.click("filters:show");
            browser.waitForText("Unmet demand (people) by borough and need, 2019-20");
            List<String> figures = new ArrayList<>(browser.texts("#heat td"));
            assertFalse(figures.isEmpty());
            figures.forEach(f -> assertFalse(f.matches("(?s).*\\d\\.\\d.*"), "a count of people is whole: " + f));
            browser.clickXpath("//table[@id='heat']//tr[th[normalize-space()='Tower Hamlets']]/td[1]/a");
            browser.waitForText("by quarter");
            String detail = browser.texts("#cell-detail").get(0);
            assertFalse(detail.replaceAll("£[\\d,]+\\.\\d\\d", "£").replaceAll("[\\d.]+%", "%").matches("(?s).*\\d\\.\\d.*"),
                    "people in the detail are whole: " + detail);
            scan(browser, "matching-whole-people", problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void outcomesSayTooFewToTellAndShowSmallCountsAsUnderFiveToACommissioner() throws Exception {
        String source = Scenario.unique("IT-SMALL");
        String serviceId = firstService();
        String csv = "source_system,referral_id,referral_date,nhs_number,person_id,age_band,ward_code,"
                + "referral_source,needs,service_id,outcome,swemwbs_before,swemwbs_after\n"
                + source + ",S1,2017-04-03,,small-1,65-74,E05000555,GP,HOUSING," + serviceId + ",ACCEPTED,,\n"
                + source + ",S2,2017-05-15,,small-2,65-74,E05000555,GP,HOUSING," + serviceId + ",COMPLETED,20.00,24.50\n"
                + source + ",S3,2017-06-30,,small-3,25-34,E05000555,SELF,HOUSING," + serviceId + ",COMPLETED,18.00,23.00\n";
        importAndWait(csv);
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("dan.reeves");
            browser.open("demand/outcomes.xhtml?period=2017-18-Q1&borough=E09000029");
            browser.waitForText("Anxiety (lower is better)");
            // The table scrolls sideways, and Selenium's visible text leaves out the cells scrolled out of sight.
            String row = browser.attribute("#outcomes tbody tr", "textContent").replaceAll("\\s+", " ");
            assertTrue(row.contains("too few to tell"), row);
            assertFalse(row.contains("better") || row.contains("worse"), row);
            assertTrue(row.contains("<5"), "3 referrals and 2 completed are shown as <5: " + row);
            assertFalse(row.matches("(?s).*(^|\\s)[1-4](\\s|,|$).*"), "no count from 1 to 4 in " + row);
            scan(browser, "outcomes-small-numbers", problems);
        }
        assertEquals(List.of(), problems);
        JsonObject api1 = api.get("dan.reeves", "api/demand/outcomes?quarter=2017-18-Q1&borough=E09000029").expect(200).json();
        JsonObject housing = api1.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("needCode").equals("HOUSING")).findFirst().orElseThrow();
        assertEquals("<5", housing.getJsonObject("shown").getString("referrals"), housing.toString());
        assertEquals(JsonValue.NULL, housing.getOrDefault("referrals", JsonValue.NULL), housing.toString());
        JsonObject exact = api.get("admin", "api/demand/outcomes?quarter=2017-18-Q1&borough=E09000029").expect(200).json()
                .getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("needCode").equals("HOUSING")).findFirst().orElseThrow();
        assertEquals(3, exact.getJsonNumber("referrals").intValue(), "an administrator sees the exact count: " + exact);
    }

    @Test
    void matchingShowsACommissionerSmallCountsAsUnderFiveAndSaysWhyButAnAdministratorTheExactCount() throws Exception {
        String source = Scenario.unique("IT-MSMALL");
        String serviceId = firstService();
        String csv = "source_system,referral_id,referral_date,nhs_number,person_id,age_band,ward_code,"
                + "referral_source,needs,service_id,outcome,swemwbs_before,swemwbs_after\n"
                + source + ",T1,2017-10-02,,msmall-1,65-74,E05000555,GP,HOUSING," + serviceId + ",ACCEPTED,,\n"
                + source + ",T2,2017-11-15,,msmall-2,65-74,E05000555,GP,HOUSING," + serviceId + ",ACCEPTED,,\n"
                + source + ",T3,2017-12-29,,msmall-3,25-34,E05000555,SELF,HOUSING," + serviceId + ",DECLINED,,\n";
        importAndWait(csv);
        String address = "demand/matching.xhtml?period=2017-18-Q3&level=ward&borough=E09000029&measure=referrals";
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("priya.shah");
            browser.open(address);
            browser.waitForText("Referrals by ward and need, 2017-18 Q3, Sutton");
            String north = browser.rowText("Beddington North");
            assertTrue(north.contains("<5"), "3 referrals read <5: " + north);
            assertFalse(north.matches("(?s).*(^|\\s)[1-4](\\s|$).*"), "no count from 1 to 4 in " + north);
            assertTrue(browser.texts("#small-numbers").get(0).contains("only administrators see them exactly"));
            browser.clickXpath("//table[@id='heat']//tr[th[normalize-space()='Beddington North']]//a");
            browser.waitForText("Beddington North: ");
            String detail = browser.texts("#cell-detail").get(0);
            assertTrue(detail.contains("<5") && detail.contains("Not shown"), detail);
            scan(browser, "matching-small-numbers", problems);
            browser.signOut();
            browser.signIn("admin");
            browser.open(address);
            browser.waitForText("Referrals by ward and need, 2017-18 Q3, Sutton");
            assertTrue(browser.rowText("Beddington North").contains("3"), browser.rowText("Beddington North"));
            assertTrue(browser.texts("#small-numbers").isEmpty(), "nothing is hidden from an administrator, so nothing is said");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aProposalsLineCountIsTheSameInItsMessageAndItsAcceptDialog() throws Exception {
        awaitDemoDemand();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("omar.haddad");
            browser.clickLink("Proposals");
            browser.waitForText("Earlier proposals for this pot");
            browser.select("propose:pot", "RB-MICRO-2019-20");
            browser.select("propose:period", "2019-20 (whole year)");
            browser.select("propose:areas", "Redbridge");
            browser.click("propose:proposeButton");
            browser.waitForText("Nothing has moved in the ledger yet");
            long awarded = browser.texts("#lines td.line-amount").stream().filter(a -> !a.strip().equals("£0.00")).count();
            String flash = browser.text();
            Matcher said = Pattern.compile("across (\\d+) line").matcher(flash);
            assertTrue(said.find(), flash);
            assertEquals(awarded, Long.parseLong(said.group(1)), "the message counts the lines with an award");
            browser.click("accept:acceptButton");
            browser.waitForText("Allocate ");
            String dialog = browser.texts(".ui-confirm-dialog .ui-dialog-content").get(0);
            Matcher asked = Pattern.compile("in (\\d+) (line|allocation)").matcher(dialog);
            assertTrue(asked.find(), dialog);
            assertEquals(awarded, Long.parseLong(asked.group(1)), "the dialog counts the same lines: " + dialog);
            browser.screenshot("proposal-accept-confirm");
            browser.clickCss(".ui-confirm-dialog .ui-confirmdialog-no");
        }
    }

    @Test
    void aCommissionerRecordsADecisionOfTheirOwnBodyAfterAQuestionAndTheListPicksItOut() throws Exception {
        String reference = Scenario.unique("DD-B");
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("priya.shah");
            browser.clickLink("Decisions");
            browser.waitForText("Record a decision");
            List<String> bodies = browser.texts("select[id='decision:organisationId'] option");
            assertEquals(List.of("Greater London Authority"), bodies, "only the commissioner's own organisation is offered");
            browser.type("decision:reference", reference);
            browser.select("decision:type", "Director decision");
            browser.type("decision:title", "Browser test: more link-worker hours");
            browser.type("decision:dateSigned", "2019-11-04");
            browser.type("decision:signatory", "Sarah Mulley");
            browser.type("decision:signatoryRole", "Executive Director");
            browser.click("decision:recordButton");
            browser.waitForText("Once recorded a decision cannot be changed");
            String question = browser.texts(".ui-confirm-dialog .ui-dialog-content").get(0);
            assertTrue(question.contains(reference + " (director decision) of the Greater London Authority, signed on 4 Nov 2019 "
                    + "by Sarah Mulley, Executive Director"), question);
            scan(browser, "decision-record-confirm", problems);
            browser.click("decision:confirmRecord");
            browser.waitForText("Decision " + reference + " recorded for the Greater London Authority");
            assertTrue(browser.url().contains("id="), browser.url());
            assertTrue(browser.texts("#picked-decision").get(0).contains("Browser test: more link-worker hours"));
            assertTrue(browser.texts("tr.row-picked").get(0).contains(reference), "the new decision is picked out in the list");
            browser.screenshot("decision-recorded");
            // Scanned as a link to it opens it (the shell's flash message is PrimeFaces' markup, scanned elsewhere).
            browser.open(browser.url().replaceFirst("^.*?/decisions/", "decisions/"));
            browser.waitForText("Decisions you can see");
            assertTrue(browser.texts("#picked-decision").get(0).contains(reference));
            scan(browser, "decision-picked-out", problems);
        }
        assertEquals(List.of(), problems);
        assertTrue(api.get("priya.shah", "api/decisions").expect(200).array().stream()
                .anyMatch(d -> d.asJsonObject().getString("reference").equals(reference)), "recorded for good");
    }

    @Test
    void varyingAContractAsksFirstRestatingTheChangeAndAForgedDecisionIsRefusedInWords() throws Exception {
        long ccg = api.get("dan.reeves", "api/organisations").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals("NHS Tower Hamlets CCG")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String reference = Scenario.unique("THCCG-D");
        api.post("dan.reeves", "api/decisions", Api.obj().add("reference", reference).add("type", "DELEGATED_OFFICER_DECISION")
                .add("title", "Extra sessions").add("organisationId", ccg).add("signatory", "Dan Reeves")
                .add("signatoryRole", "Commissioning manager").add("dateSigned", "2019-09-20").build()).expect(201);
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("dan.reeves");
            browser.open("contracts/index.xhtml");
            browser.clickLink("THCCG-SP-19-3");
            browser.waitForText("Change this contract");
            browser.type("vary:reason", "Browser test: more sessions");
            browser.select("vary:decision", reference);
            browser.type("vary:effectiveDate", "2019-10-01");
            browser.type("vary:newValue", "32000.00");
            browser.click("vary:varyButton");
            browser.waitForText("The variation is recorded for good");
            String question = browser.texts("[id='vary:varyConfirm'] .ui-dialog-content").get(0);
            assertTrue(question.contains("Vary THCCG-SP-19-3"), question);
            assertTrue(question.contains("from 1 Oct 2019 under " + reference), question);
            assertTrue(question.contains("Its value goes from £30,000.00 to £32,000.00: £2,000.00 more is committed"), question);
            assertTrue(question.contains("£15,000.00 fell due before 1 Oct 2019 and stays as it is"), question);
            scan(browser, "contract-vary-confirm", problems);
            browser.click("vary:cancelVary");
            browser.open("contracts/index.xhtml");
            browser.clickLink("THCCG-SP-19-3");
            browser.waitForText("Payment schedule");
            assertTrue(browser.texts("#variations").get(0).contains("No variations."), "cancelling recorded nothing");

            // A stale page or a forged post names a decision the list does not offer.
            browser.type("vary:reason", "Browser test: forged decision");
            browser.type("vary:newValue", "31000.00");
            browser.script("var s = document.getElementById('vary:decision'); var o = document.createElement('option');"
                    + " o.value = '999999'; o.text = 'Forged'; s.add(o); s.value = '999999';");
            browser.click("vary:varyButton");
            browser.waitForText("that choice is not on the list any more");
            String page = browser.text();
            assertTrue(page.contains("Decision: that choice is not on the list any more. Choose one of those offered."), page);
            assertFalse(page.contains("Validation Error") || page.contains("vary:decision"), page);
            scan(browser, "contract-forged-decision", problems);
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The variation form's schedule editor: the lines still to come on the effective date, edited, one added, a running
     * total against the new value, and after the question the new lines on the page. The test's own £40,000 contract
     * (four £10,000 instalments) grows to £46,000 from 1 October: June's and September's £20,000 stay, so the rows must
     * come to £26,000.
     */
    @Test
    void aVariationWithARevisedScheduleShowsTheNewLinesOnThePage() throws Exception {
        long gla = given.requesterOrganisation();
        long fund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        given.contribute(fund, gla, "100000.00", "2019-04-01");
        long provider = given.organisation(Scenario.unique("IT schedule provider"), "REGISTERED_CHARITY");
        long service = given.service(provider, "MENTAL_WELLBEING", "120.00");
        long contract = api.post(Scenario.REQUESTER, "api/contracts",
                given.contract(provider, gla, "40000.00", service, fund, "40000.00").build()).expect(201).id();
        api.post(Scenario.REQUESTER, "api/contracts/" + contract + "/activate", Api.obj().add("valueDate", "2019-04-01").build())
                .expect(200);
        String decision = api.get(Scenario.REQUESTER, "api/decisions/" + given.decision(gla, "2019-09-20")).expect(200).json()
                .getString("reference");
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(Scenario.REQUESTER);
            browser.open("contracts/contract.xhtml?id=" + contract);
            browser.waitForText("Change this contract");
            browser.type("vary:reason", "Browser test: an evaluation added");
            browser.select("vary:decision", decision);
            browser.type("vary:effectiveDate", "2019-10-01");
            browser.type("vary:newValue", "46000.00");
            browser.click("vary:editSchedule");
            browser.waitForText("The lines still to come on the effective date");
            assertEquals(List.of("2019-12-31", "2020-03-31"), List.of(browser.value("vary:schedule:0:dueDate"),
                    browser.value("vary:schedule:1:dueDate")), "the two instalments not yet due on 1 October");
            browser.waitForText("£6,000.00 still to place");
            browser.click("vary:addRow");
            browser.waitUntil("a third row", () -> !browser.texts("[id='vary:schedule:2:description']").isEmpty());
            browser.select("vary:schedule:2:kind", "Milestone");
            browser.type("vary:schedule:2:description", "Evaluation report");
            browser.type("vary:schedule:2:dueDate", "2020-03-31");
            browser.type("vary:schedule:2:amount", "6000.00\t");
            browser.waitForText("they match");
            browser.type("vary:schedule:0:amount", "9000.00\t");
            browser.waitForText("£1,000.00 still to place");
            browser.type("vary:schedule:1:amount", "11000.00\t");
            browser.waitForText("they match");
            scan(browser, "contract-schedule-editor", problems);
            browser.click("vary:varyButton");
            browser.waitForText("The variation is recorded for good");
            String question = browser.texts("[id='vary:varyConfirm'] .ui-dialog-content").get(0);
            assertTrue(question.contains("replaced by the 3 you gave (£26,000.00)"), question);
            browser.click("vary:confirmVary");
            browser.waitForText("Variation 1 recorded");
            // Reopened before the scan: the shell's one-off message is PrimeFaces' markup, scanned elsewhere.
            browser.open("contracts/contract.xhtml?id=" + contract);
            String evaluation = browser.rowText("Evaluation report");
            assertTrue(evaluation.contains("31 Mar 2020") && evaluation.contains("£6,000.00"), evaluation);
            scan(browser, "contract-varied-schedule", problems);
        }
        assertEquals(List.of(), problems);
        List<String> current = api.get(Scenario.REQUESTER, "api/contracts/" + contract).expect(200).json().getJsonArray("schedule")
                .stream().map(JsonValue::asJsonObject).filter(l -> !l.getString("status").equals("SUPERSEDED"))
                .map(l -> l.getString("dueDate") + " " + l.getString("kind") + " " + l.getJsonObject("amount").getString("amount"))
                .sorted().toList();
        assertEquals(List.of("2019-06-30 INSTALMENT 10000.00", "2019-09-30 INSTALMENT 10000.00", "2019-12-31 INSTALMENT 9000.00",
                "2020-03-31 INSTALMENT 11000.00", "2020-03-31 MILESTONE 6000.00"), current, "what fell due stays; the rest as revised");
    }

    private String firstService() {
        return String.valueOf(api.get("admin", "api/services").expect(200).array().getJsonObject(0).getJsonNumber("id").longValue());
    }

    private void importAndWait(String csv) throws InterruptedException {
        long id = api.postCsv("dan.reeves", "api/demand/imports", csv).expect(202).json().getJsonNumber("id").longValue();
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonObject status = api.get("dan.reeves", "api/demand/imports/" + id).expect(200).json();
            if (status.getString("status").equals("COMPLETED")) {
                assertEquals(3, status.getJsonNumber("written").longValue(), status.toString());
                return;
            }
            assertFalse(status.getString("status").equals("FAILED"), status.toString());
            assertTrue(System.currentTimeMillis() < deadline, "import " + id + " did not finish: " + status);
            Thread.sleep(200);
        }
    }

    private static void scan(Browser browser, String name, List<String> problems) throws Exception {
        browser.screenshot(name);
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(name + ": " + v));
    }
}
