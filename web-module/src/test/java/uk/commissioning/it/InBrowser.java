package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** Base of the browser ITs: the real WAR (as {@link ApiIT}), driven in Debian's headless Chromium when it is installed. */
abstract class InBrowser extends ApiIT {

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    /** Waits, with a deadline, for the demo referrals that the first start of the app imports in the background. */
    void awaitDemoDemand() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (api.get("admin", "api/demand/imports").expect(200).array().stream().map(JsonValue::asJsonObject)
                .anyMatch(i -> i.getString("fileName").startsWith("demo-") && List.of("QUEUED", "RUNNING").contains(i.getString("status")))) {
            assertTrue(System.currentTimeMillis() < deadline, "the demo demand import did not finish in 3 minutes");
            Thread.sleep(1_000);
        }
    }
}
