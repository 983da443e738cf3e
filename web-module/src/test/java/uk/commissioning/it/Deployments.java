package uk.commissioning.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way integration tests deploy: the real WAR that {@code mvn package} built, black-box, exactly as it runs
 * on Payara Micro in production.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive commissioningWar() {
        File war = new File("target/commissioning.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/commissioning.war is missing: run the ITs with mvn verify");
        }
        return ShrinkWrap.create(ZipImporter.class, "commissioning.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * Arquillian reports the server under whatever address it bound; tests only ever talk to loopback.
     */
    public static URI loopback(URL deployed) {
        return URI.create("http://127.0.0.1:" + deployed.getPort() + deployed.getPath().replaceAll("/?$", "/"));
    }
}
