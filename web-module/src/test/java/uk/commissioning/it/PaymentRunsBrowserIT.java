package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The payment runs screen as grace.lin (Waltham Forest keeps the pool's books): the demo's run with its paid claim,
 * a remittance refused line by line in words, and a new run started with its progress shown until it completes;
 * axe finds nothing serious on any of them.
 */
class PaymentRunsBrowserIT extends InBrowser {

    private static final String GRACE = "grace.lin";

    @Test
    void theDemoRunIsPaidARefusedRemittanceListsItsLinesAndANewRunShowsItsProgress() throws Exception {
        List<String> problems = new ArrayList<>();
        JsonObject demo = api.get(GRACE, "api/payment-runs").expect(200).array().stream().map(v -> v.asJsonObject())
                .filter(r -> r.getInt("lineCount") > 0).reduce((newer, older) -> older).orElseThrow();
        long demoRun = demo.getJsonNumber("id").longValue();
        JsonObject line = api.get(GRACE, "api/payment-runs/" + demoRun).expect(200).json().getJsonArray("lines").getJsonObject(0);
        Path wrong = Files.createTempFile("remittance-", ".csv");
        Files.writeString(wrong, "claim_reference,fund_code,amount,paid_date,payment_reference\n"
                + line.getString("claimReference") + "," + line.getString("fundCode") + ",5000.00,2026-01-01,X1\n", StandardCharsets.UTF_8);
        try (Browser browser = new Browser(Deployments.loopback(deployed))) {
            browser.signIn(GRACE);
            browser.clickLink("Payment runs");
            browser.waitForText("Recent payment runs");
            String row = browser.rowText(demo.getString("reference"));
            assertTrue(row.contains("Completed") && row.contains("£5,375.00"), row);
            scan(browser, "payment-runs", problems);

            browser.clickLink(demo.getString("reference"));
            browser.waitForText("Payments in this run");
            assertTrue(browser.rowText(line.getString("claimReference")).contains("LBWF-BACS-"), "the demo claim is paid");
            browser.attach("remittance:file", wrong);
            browser.click("remittance:remit");
            browser.waitForText("Lines that do not match");
            String refused = browser.rowText("line 2");
            assertTrue(refused.contains("already paid") && refused.contains("does not match the £5,375.00 scheduled"), refused);
            assertTrue(browser.text().contains("No remittance was applied"), browser.text());
            scan(browser, "payment-run-refused-remittance", problems);

            browser.click("start:startRun");
            browser.waitForText("started");
            browser.waitUntil("the new run completes", () -> browser.texts("#status").stream().anyMatch(t -> t.contains("Completed")));
            assertEquals(List.of("100%"), browser.texts("#progress\\:bar .ui-progressbar-label"));
            scan(browser, "payment-run-progress", problems);
        }
        assertEquals(List.of(), problems);
    }

    private static void scan(Browser browser, String name, List<String> problems) throws Exception {
        browser.screenshot(name);
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(name + ": " + v));
    }
}
