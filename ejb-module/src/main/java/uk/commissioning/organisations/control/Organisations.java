package uk.commissioning.organisations.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.organisations.entity.OrgId;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.organisations.entity.OrganisationType;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

@Stateless
public class Organisations {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Registers an organisation; without a register identifier it gets a generated {@code 360G-…} one. */
    public Organisation register(OrgId orgId, String name, OrganisationType type, String actor) {
        OrgId id = orgId == null ? OrgId.generate() : orgId;
        if (byOrgId(id).isPresent()) {
            throw new RuleViolation(Reason.DUPLICATE, "orgId", id + " is already registered");
        }
        Organisation organisation = new Organisation(id, name, type, actor);
        em.persist(organisation);
        em.flush();
        audit.record("Organisation", organisation.id(), "CREATED", actor, null, organisation.auditView());
        return organisation;
    }

    public Optional<Organisation> byOrgId(OrgId orgId) {
        return em.createNamedQuery(Organisation.BY_ORG_ID, Organisation.class)
                .setParameter("orgId", orgId.value()).getResultStream().findFirst();
    }

    public Organisation get(Long id) {
        return get(id, null);
    }

    /** @param field the request field that named it, so a missing one is reported against that field */
    public Organisation get(Long id, String field) {
        Organisation organisation = id == null ? null : em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException(field, "organisation", id);
        }
        return organisation;
    }

    public List<Organisation> all() {
        return em.createNamedQuery(Organisation.ALL, Organisation.class).getResultList();
    }
}
