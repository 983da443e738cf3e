package uk.commissioning.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;

/** Base of the browser ITs: the real WAR (as {@link ApiIT}), driven in Debian's headless Chromium when it is installed. */
abstract class InBrowser extends ApiIT {

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
    }
}
