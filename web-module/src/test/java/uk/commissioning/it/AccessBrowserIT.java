package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.it.Api.gbp;
import static uk.commissioning.it.Api.obj;
import static uk.commissioning.it.Scenario.REQUESTER;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The screens as people meet them when they go where they should not: a decision of another organisation is neither
 * offered nor accepted, a page a role may not use says "Not allowed" (403) in the application's own words, and a
 * missing or malformed id says "Not found" (404) rather than showing an empty page.
 */
class AccessBrowserIT extends InBrowser {

    private static final String BEXLEY_DECISION = "LBB-SP-2019-01";


    @Test
    void transferFormOffersNoDecisionOfAnotherOrganisationAndRefusesAForgedOne() throws Exception {
        long bexleyDecision = decisionId(BEXLEY_DECISION);
        String reason = Scenario.unique("Forged decision");
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(REQUESTER);
            browser.open("transfers/new.xhtml");
            List<String> offered = browser.texts("#transfer\\:decision option");
            assertTrue(offered.stream().anyMatch(o -> o.startsWith("DD2419")), offered.toString());
            assertFalse(offered.stream().anyMatch(o -> o.startsWith(BEXLEY_DECISION)), "Bexley's decision is offered: " + offered);
            browser.screenshot("access-transfer-decisions-offered");

            browser.select("transfer:from", "Health Team social prescribing programme");
            browser.select("transfer:to", "Team London small grants");
            browser.type("transfer:amount", "10.00");
            browser.type("transfer:valueDate", "2019-12-20");
            browser.type("transfer:reason", reason);
            browser.script("const s = document.getElementById('transfer:decision'); const o = document.createElement('option');"
                    + " o.value = arguments[0]; o.text = 'forged'; s.appendChild(o); s.value = arguments[0];",
                    String.valueOf(bexleyDecision));
            browser.click("transfer:submit");
            browser.waitForText("Value date");
            assertFalse(browser.text().contains("moves no money until a colleague approves it"), browser.text());
            assertTrue(browser.url().contains("transfers/new"), browser.url());
            assertFalse(browser.texts("#transfer .field-error").stream().allMatch(String::isBlank),
                    "the decision is refused on its field: " + browser.text());
            browser.screenshot("access-transfer-forged-decision");
        }
        assertFalse(api.get(REQUESTER, "api/transfers").body().contains(reason), "no transfer was recorded");

        long health = fundId("Health Team social prescribing programme 2019/20");
        long teamLondon = fundId("Team London small grants 2019/20");
        JsonObject refused = api.post(REQUESTER, "api/transfers", obj().add("fromFundId", health).add("toFundId", teamLondon)
                .add("amount", gbp("10.00")).add("decisionId", bexleyDecision).add("valueDate", "2019-12-20")
                .add("reason", reason).build()).expect(422).json();
        assertEquals("decisionId", refused.getString("field"));
        assertEquals(BEXLEY_DECISION + " is a decision of the London Borough of Bexley, which neither owns, hosts nor "
                + "manages Health Team social prescribing programme 2019/20, nor is a partner in it", refused.getString("detail"));
    }

    @Test
    void vcseFinanceLeadIsNotAllowedOnQuarterCloseOrTheAuditTrail() throws Exception {
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn("sam.patel");
            browser.open("periods/index.xhtml");
            assertEquals("Not allowed", browser.heading());
            assertFalse(browser.text().contains("for good"), browser.text());
            assertFalse(browser.text().contains("Quarter to close"), browser.text());
            browser.screenshot("access-vcse-quarter-close");

            browser.open("audit");
            assertEquals("Not allowed", browser.heading());
            assertContainerSaysNothing(browser.text());
            browser.screenshot("access-vcse-audit");
        }
        for (String page : List.of("periods/index.xhtml", "audit/index.xhtml")) {
            Api.Reply reply = api.page("sam.patel", page);
            assertEquals(403, reply.status(), page);
            assertTrue(reply.body().contains("Not allowed"), page + ": " + reply.body());
            assertContainerSaysNothing(visibleText(reply.body()));
        }
        assertEquals(403, api.post("sam.patel", "api/periods/2019-20-Q1/close", JsonValue.EMPTY_JSON_OBJECT).status(),
                "the service refuses the close whatever the screen shows");
    }

    @Test
    void aMissingOrMalformedIdIsNotFoundWithStatus404() throws Exception {
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(REQUESTER);
            browser.open("funds/fund.xhtml?id=abc");
            assertEquals("Not found", browser.heading());
            browser.screenshot("access-fund-id-abc");
            browser.open("funds/fund.xhtml?id=999999");
            assertEquals("Not found", browser.heading());
            browser.screenshot("access-fund-id-999999");
        }
        for (String page : List.of("funds/fund.xhtml?id=abc", "funds/fund.xhtml?id=", "funds/fund.xhtml",
                "funds/fund.xhtml?id=999999", "contracts/contract.xhtml?id=abc", "contracts/contract.xhtml",
                "contracts/contract.xhtml?id=999999", "services/service.xhtml?id=abc",
                "services/service.xhtml?id=999999", "demand/imports.xhtml?id=abc")) {
            Api.Reply reply = api.page(REQUESTER, page);
            assertEquals(404, reply.status(), page);
            assertTrue(reply.body().contains("Not found"), page + ": " + reply.body());
            assertContainerSaysNothing(visibleText(reply.body()));
        }
    }

    /** What a person reads: no scripts (PrimeFaces' settings name ViewExpiredException), no tags or resource URLs. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ");
    }

    private static void assertContainerSaysNothing(String text) {
        for (String word : List.of("Exception", "Forbidden", "Payara", "HTTP Status", "jakarta.")) {
            assertFalse(text.contains(word), "the page says '" + word + "': " + text);
        }
    }

    private long decisionId(String reference) {
        return api.get("admin", "api/decisions").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("reference").equals(reference)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private long fundId(String name) {
        return api.get(REQUESTER, "api/funds").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
