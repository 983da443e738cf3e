package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.it.Api.obj;
import static uk.commissioning.it.Scenario.REQUESTER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The claim screens end to end: a new provider's finance lead drafts a claim for the first instalment of a £60,000
 * contract (paid £40,000 / £20,000 from two funds), sees the line's amount and what remains before and after it,
 * saves it, attaches a PDF and submits with the declaration; another provider's finance lead gets the not-found page
 * for the claim and 404 for its evidence; the GLA commissioner approves it from the approvals inbox after a question
 * that says what the ledger will do; the provider then sees it approved with the date to expect payment by. Every
 * page passes axe; screenshots in target/screenshots.
 */
class ClaimsBrowserIT extends InBrowser {

    @Test
    void aProviderClaimsWithEvidenceAndACommissionerApprovesItFromTheInbox() throws Exception {
        long gla = given.requesterOrganisation();
        long fundA = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        long fundB = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        given.contribute(fundA, gla, "100000.00", "2019-04-01");
        given.contribute(fundB, gla, "100000.00", "2019-04-01");
        String providerName = Scenario.unique("IT screens provider");
        long provider = given.organisation(providerName, "REGISTERED_CHARITY");
        long other = given.organisation(Scenario.unique("IT screens other"), "REGISTERED_CHARITY");
        String vcse = given.financeLead(provider);
        String otherVcse = given.financeLead(other);
        long service = given.service(provider, "MENTAL_WELLBEING", "120.00");
        long contract = api.post(REQUESTER, "api/contracts",
                given.contract(provider, gla, "60000.00", service, fundA, "40000.00", fundB, "20000.00").build()).expect(201).id();
        api.post(REQUESTER, "api/contracts/" + contract + "/activate", obj().add("valueDate", "2019-04-01").build()).expect(200);

        String name = Scenario.unique("Q1-attendance") + ".pdf";
        Path pdf = Files.createTempDirectory("claim-evidence").resolve(name);
        Files.write(pdf, ContractsApiIT.pdf(name));
        List<String> problems = new ArrayList<>();
        long claimId;
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(vcse);
            browser.open("claims/index.xhtml");
            scan(browser, "claims-list-empty", problems);
            browser.click("newClaim");
            browser.waitForText("Contract or grant agreement");
            browser.select("editor:newKind", "Instalment");
            browser.click("editor:addLine");
            browser.waitForText("Left after this line");
            // The first line of the schedule: April's £15,000 instalment.
            browser.script("const s = document.getElementById('editor:lines:0:scheduleLineId'); s.selectedIndex = 1;");
            browser.click("editor:recalculate");
            browser.waitUntil("the running total", () -> browser.texts("#edited-total").equals(List.of("£15,000.00")));
            assertEquals(List.of("£15,000.00"), browser.texts(".line-amount"));
            assertEquals(List.of("£15,000.00"), browser.texts(".line-remaining"), "nothing else claims the instalment");
            assertEquals(List.of("£60,000.00"), browser.texts("#contract-remaining"));
            assertEquals(List.of("£45,000.00"), browser.texts("#contract-left"), "£60,000 less this claim's £15,000");
            scan(browser, "claim-new-running-total", problems);

            browser.click("editor:save");
            browser.waitForText("saved: £15,000.00 for 2019-20 Q1");
            claimId = Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertEquals(List.of("Draft"), browser.texts("#claim-status"));

            browser.attach("evidence:file", pdf);
            browser.click("evidence:attach");
            browser.waitForText("Evidence attached: " + name);
            String download = browser.attributeOfLink(name, "href");
            browser.type("editor:lines:0:amount", "15000.01");
            browser.click("editor:declaration");
            browser.click("editor:submit");
            browser.waitForText("The claim was not submitted");
            assertTrue(browser.texts("#editor\\:lines\\:0\\:amount + .field-error, .field-error").stream()
                    .anyMatch(t -> t.startsWith("line 1 claims £15,000.01 but only £15,000.00 remains")),
                    "the domain's sentence, on the field: " + browser.texts(".field-error"));
            scan(browser, "claim-refused-over-remaining", problems);
            browser.type("editor:lines:0:amount", "");
            browser.click("editor:declaration");
            browser.click("editor:submit");
            browser.waitForText("The claim was not submitted: see the declaration");
            assertTrue(browser.text().contains("Tick the declaration to submit"), "the checkbox says why");
            browser.click("editor:declaration");
            browser.click("editor:submit");
            browser.waitForText("Claim " + claimId + " submitted: £15,000.00 is now claimed");
            assertEquals(List.of("Submitted"), browser.texts("#claim-status"));
            scan(browser, "claim-submitted", problems);
            browser.signOut();

            browser.signIn(otherVcse);
            browser.open("claims/claim.xhtml?id=" + claimId);
            assertEquals("Not found", browser.heading(), "another provider's claim does not exist for them");
            scan(browser, "claim-other-provider-not-found", problems);
            String evidencePath = java.net.URI.create(download).getPath().replaceFirst("^/", "");
            assertEquals(404, api.download(otherVcse, evidencePath, "application/pdf").status(), "nor does its evidence");
            assertEquals(200, api.download(REQUESTER, evidencePath, "application/pdf").status(), "the commissioner reads it");
            browser.signOut();

            browser.signIn(REQUESTER);
            browser.open("claims/inbox.xhtml");
            String section = browser.text();
            assertTrue(section.contains("Claim " + claimId + ": " + providerName), section);
            scan(browser, "claims-inbox", problems);
            // Other ITs' claims may wait in the same inbox on a shared database: read this claim's own section.
            List<String> rows = browser.texts("section[data-claim-id='" + claimId + "'] tbody tr");
            assertEquals(1, rows.size(), rows.toString());
            assertTrue(rows.get(0).contains("£15,000.00 £0.00 £15,000.00"),
                    "claimed, approved to date and remaining side by side: " + rows);
            browser.clickLink("Decide claim " + claimId);
            browser.waitForText("Decide claim " + claimId);
            browser.type("decide:lines:0:approvedAmount", "14000.00");
            browser.click("decide:approvePerLine");
            browser.waitForText("£14,000.00 of the £15,000.00 claimed moves from claimed to approved");
            browser.click("decide:confirm");
            browser.waitForText("The claim was not approved");
            assertTrue(browser.texts(".field-error").contains("is required: say why line 1 is approved for less than claimed"),
                    browser.texts(".field-error").toString());
            scan(browser, "claims-inbox-refused-reduction", problems);
            browser.click("decide:approveAsClaimed");
            browser.waitForText("£15,000.00 moves from claimed to approved across the funds");
            scan(browser, "claims-inbox-approve-confirm", problems);
            browser.click("decide:confirm");
            browser.waitForText("Claim " + claimId + " approved: £15,000.00 moved from claimed to approved");
            browser.signOut();

            browser.signIn(vcse);
            browser.open("claims/claim.xhtml?id=" + claimId);
            assertEquals(List.of("Approved"), browser.texts("#claim-status"));
            String expected = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
                    .format(LocalDate.now(ZoneId.of("Europe/London")).plusDays(30));
            assertTrue(browser.texts("#expected-payment").get(0).startsWith(expected), browser.texts("#expected-payment").toString());
            scan(browser, "claim-approved-provider", problems);
            browser.open("claims/index.xhtml?status=APPROVED");
            assertTrue(browser.rowText("Claim " + claimId).contains(expected), "the list shows the expected payment date");
            scan(browser, "claims-list-approved", problems);
        }
        assertEquals("APPROVED", api.get(vcse, "api/claims/" + claimId).expect(200).json().getString("status"));
        assertEquals(List.of(), problems);
    }

    /**
     * Both sides' worklists: the commissioner's home lists the submitted claim as awaiting approval and links to the
     * inbox at it; they query it (after a question saying nothing moves); the provider's home then says it was queried
     * and links to the claim, where they attach more evidence (a queried claim takes it) and answer, which resubmits it.
     */
    @Test
    void aQueryReachesTheProvidersWorklistAndTheirAnswerResubmitsTheClaim() throws Exception {
        long gla = given.requesterOrganisation();
        long fund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        given.contribute(fund, gla, "50000.00", "2019-04-01");
        long provider = given.organisation(Scenario.unique("IT query provider"), "REGISTERED_CHARITY");
        String vcse = given.financeLead(provider);
        long service = given.service(provider, "MENTAL_WELLBEING", "120.00");
        long contract = api.post(REQUESTER, "api/contracts",
                given.contract(provider, gla, "20000.00", service, fund, "20000.00").build()).expect(201).id();
        api.post(REQUESTER, "api/contracts/" + contract + "/activate", obj().add("valueDate", "2019-04-01").build()).expect(200);
        long claimId = api.post(vcse, "api/claims", obj().add("contractId", contract).add("quarter", "2019-20 Q2")
                .add("lines", jakarta.json.Json.createArrayBuilder().add(obj().add("kind", "COST").add("description", "Volunteer expenses")
                        .add("amount", Api.gbp("420.00")))).build()).expect(201).id();
        api.post(vcse, "api/claims/" + claimId + "/submit", obj().add("declaration", "True and complete.").build()).expect(200);

        String name = Scenario.unique("receipts") + ".pdf";
        Path pdf = Files.createTempDirectory("claim-evidence").resolve(name);
        Files.write(pdf, ContractsApiIT.pdf(name));
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(REQUESTER);
            String item = "Claim " + claimId + " (";
            browser.waitForText(item);
            assertTrue(browser.text().contains(item) && browser.text().contains("£420.00 from"), "on the commissioner's worklist");
            browser.clickXpath("//li[contains(., '" + item + "')]/a[normalize-space(.)='decide it']");
            browser.waitForText("Decide claim " + claimId);
            browser.type("decide:message", "Please attach the receipts for the volunteer expenses.");
            browser.click("decide:query");
            browser.waitForText("£420.00 stays claimed in the ledger until they answer");
            browser.click("decide:confirm");
            browser.waitForText("Claim " + claimId + " queried");
            assertTrue(browser.texts("#decision").isEmpty(), "a decided claim leaves the inbox");
            browser.signOut();

            browser.signIn(vcse);
            browser.waitForText("was queried: answer needed");
            scan(browser, "home-vcse-claim-queried", problems);
            browser.clickLink("answer it");
            browser.waitForText("Please attach the receipts for the volunteer expenses.");
            assertEquals(List.of("Queried"), browser.texts("#claim-status"));
            browser.attach("evidence:file", pdf);
            browser.click("evidence:attach");
            browser.waitForText("Evidence attached: " + name);
            browser.type("answer:message", "Receipts attached.");
            browser.click("answer:send");
            browser.waitForText("Answer sent: claim " + claimId + " is resubmitted");
            assertEquals(List.of("Resubmitted"), browser.texts("#claim-status"));
            assertTrue(browser.texts(".message-thread li").get(1).contains("Receipts attached."), "the thread, in order");
            scan(browser, "claim-answered", problems);
        }
        assertEquals("RESUBMITTED", api.get(vcse, "api/claims/" + claimId).expect(200).json().getString("status"));
        assertEquals(List.of(), problems);
    }

    /**
     * A unit-cost line: the service's unit price and units × price are shown as the provider types; more units than
     * the contract buys a quarter is refused on the units field, in the domain's words.
     */
    @Test
    void aUnitCostLineShowsItsPriceAndAmountAndTooManyUnitsAreRefusedOnTheField() throws Exception {
        long gla = given.requesterOrganisation();
        long fund = given.fund("SINGLE_COMMISSIONER_BUDGET", gla, "2019-20");
        given.contribute(fund, gla, "50000.00", "2019-04-01");
        long provider = given.organisation(Scenario.unique("IT unit-cost provider"), "REGISTERED_CHARITY");
        String vcse = given.financeLead(provider);
        long service = given.service(provider, "MENTAL_WELLBEING", "120.00");
        long contract = api.post(REQUESTER, "api/contracts", given.contract(provider, gla, "24000.00", service, fund, "24000.00")
                .add("type", "UNIT_COST").add("services", jakarta.json.Json.createArrayBuilder()
                        .add(obj().add("serviceId", service).add("unitsPerQuarter", 50))).build()).expect(201).id();
        api.post(REQUESTER, "api/contracts/" + contract + "/activate", obj().add("valueDate", "2019-04-01").build()).expect(200);
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(vcse);
            browser.open("claims/claim.xhtml");
            browser.waitForText("Contract or grant agreement");
            browser.select("editor:newKind", "Units delivered");
            browser.click("editor:addLine");
            browser.waitForText("Units delivered");
            browser.script("const s = document.getElementById('editor:lines:0:serviceId'); s.selectedIndex = 1;");
            browser.type("editor:lines:0:units", "12");
            browser.click("editor:recalculate");
            browser.waitUntil("the line's amount", () -> browser.texts(".line-amount").equals(List.of("£1,440.00")));
            assertTrue(browser.rowText("£1,440.00").contains("£120.00"), "the unit price: " + browser.rowText("£1,440.00"));
            assertEquals(List.of("£22,560.00"), browser.texts("#contract-left"), "£24,000 less 12 × £120");
            browser.type("editor:lines:0:units", "51");
            browser.click("editor:save");
            browser.waitForText("The draft was not saved");
            assertTrue(browser.texts(".field-error").contains("51 units is more than the 50 a quarter the contract buys"),
                    browser.texts(".field-error").toString());
            scan(browser, "claim-unit-cost-refused", problems);
            browser.type("editor:lines:0:units", "12");
            browser.click("editor:save");
            browser.waitForText("saved: £1,440.00 for 2019-20 Q1");
            assertEquals("1440.00", api.get(vcse, "api/claims?contractId=" + contract).expect(200).array().getJsonObject(0)
                    .getJsonObject("claimedTotal").getString("amount"), "12 × £120.00, computed in the domain");
        }
        assertEquals(List.of(), problems);
    }


    private static void scan(Browser browser, String name, List<String> problems) throws Exception {
        browser.screenshot(name);
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(name + ": " + v));
    }
}
