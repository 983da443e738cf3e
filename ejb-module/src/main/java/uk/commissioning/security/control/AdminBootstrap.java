package uk.commissioning.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.OrgId;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.organisations.entity.OrganisationType;

/**
 * A production database starts with no users. On first start, if {@code ADMIN_PASSWORD} is set and nobody exists yet,
 * this creates the user {@code admin} in the hosting organisation ({@code HOST_ORG_ID} / {@code HOST_ORG_NAME}), who
 * can then set everything else up. The password is never logged.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "host.org.id")
    Optional<String> hostOrgId;

    @Inject
    @ConfigProperty(name = "host.org.name", defaultValue = "Hosting organisation")
    String hostOrgName;

    @Inject
    Organisations organisations;

    @Inject
    Users users;

    @PostConstruct
    void createFirstAdmin() {
        if (adminPassword.isEmpty()) {
            return;
        }
        long existing = em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        if (adminPassword.get().length() < 12) {
            throw new IllegalStateException("ADMIN_PASSWORD must be at least 12 characters");
        }
        OrgId orgId = hostOrgId.map(OrgId::of).orElse(null);
        Organisation host = orgId == null ? null : organisations.byOrgId(orgId).orElse(null);
        if (host == null) {
            host = organisations.register(orgId, hostOrgName, OrganisationType.OTHER_FUNDER, Viewer.SYSTEM.username());
        }
        users.create("admin", "Administrator", adminPassword.get(), Role.ADMIN, host, Viewer.SYSTEM.username());
        LOG.info("Created the first administrator, 'admin', in " + host.name());
    }
}
