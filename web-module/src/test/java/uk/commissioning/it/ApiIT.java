package uk.commissioning.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the black-box API integration tests: deploys the real WAR on a managed Payara Micro (one JVM per test
 * class, so group related tests into few classes) and talks to it over loopback only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.commissioningWar();
    }

    @ArquillianResource
    URL deployed;

    Api api;
    Scenario given;

    @BeforeEach
    void connect() {
        api = new Api(Deployments.loopback(deployed));
        given = new Scenario(api);
    }
}
