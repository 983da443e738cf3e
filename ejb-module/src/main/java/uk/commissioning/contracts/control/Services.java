package uk.commissioning.contracts.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.commissioning.areas.control.Areas;
import uk.commissioning.areas.entity.GssCode;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.contracts.entity.ServiceStatus;
import uk.commissioning.contracts.entity.ServiceTerms;
import uk.commissioning.contracts.entity.VcseService;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.organisations.entity.OrganisationType;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * The directory of VCSE services. Everyone signed in can read it (it is what link workers and commissioners browse);
 * a provider's own finance leads, commissioners and administrators maintain it, and every change is audited.
 */
@Stateless
public class Services {

    @PersistenceContext
    EntityManager em;

    @Inject
    Areas areas;

    @Inject
    Organisations organisations;

    @Inject
    NeedCategories needs;

    @Inject
    AuditTrail audit;

    public VcseService create(Long providerId, ServiceTerms terms, Viewer viewer) {
        Organisation provider = organisations.get(providerId, "providerId");
        if (provider.type().sector() != OrganisationType.Sector.VCSE) {
            throw new RuleViolation(Reason.WRONG_ORGANISATION_TYPE, "providerId",
                    provider.name() + " is a commissioner; services in the directory are run by VCSE organisations");
        }
        requireMayEdit(viewer, provider);
        check(terms);
        VcseService service = new VcseService(provider, terms, viewer.username());
        em.persist(service);
        em.flush();
        audit.record("VcseService", service.id(), "CREATED", viewer.username(), null, service.auditView());
        return service;
    }

    /**
     * Replaces a service's terms. {@code expectedVersion} (from the copy the editor read) guards against two people
     * overwriting each other: a stale version is a 409, never a silent lost update.
     */
    public VcseService update(Long id, ServiceTerms terms, Integer expectedVersion, Viewer viewer) {
        VcseService service = get(id);
        requireMayEdit(viewer, service.provider());
        if (expectedVersion != null && expectedVersion != service.rowVersion()) {
            throw new RuleViolation(Reason.STALE_VERSION, "version", "the service was changed by someone else (version "
                    + service.rowVersion() + ", you edited " + expectedVersion + "); reload and try again");
        }
        check(terms);
        Map<String, Object> before = service.auditView();
        service.apply(terms);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new RuleViolation(Reason.STALE_VERSION, "version", "the service was changed by someone else; reload and try again");
        }
        audit.record("VcseService", id, "UPDATED", viewer.username(), before, service.auditView());
        return service;
    }

    public VcseService get(Long id) {
        return get(id, null);
    }

    /** @param field the request field that named the service, so a wrong id is the request's fault (422) */
    public VcseService get(Long id, String field) {
        VcseService service = id == null ? null : em.find(VcseService.class, id);
        if (service == null) {
            throw new NotFoundException(field, "service", id);
        }
        return service;
    }

    /**
     * Services matching every filter given: a need category, an area by code or place name (a ward matches services for
     * the ward or its borough; a borough matches services for the borough or any of its wards), a provider, a status.
     */
    public List<VcseService> search(String need, String area, Long providerId, ServiceStatus status) {
        StringBuilder jpql = new StringBuilder("SELECT DISTINCT s FROM VcseService s WHERE 1 = 1");
        if (need != null) {
            needs.get(need, "need");
            jpql.append(" AND :need MEMBER OF s.needs");
        }
        // A place name is as good as its code: the area lookup's rules decide which area (or refuse, saying why).
        List<String> areaCodes = area == null ? List.of() : areaAndItsParts(areas.find(area, "area").code());
        if (area != null) {
            jpql.append(" AND EXISTS (SELECT a FROM VcseService x JOIN x.areas a WHERE x = s AND a IN :areas)");
        }
        if (providerId != null) {
            jpql.append(" AND s.provider.id = :provider");
        }
        if (status != null) {
            jpql.append(" AND s.status = :status");
        }
        jpql.append(" ORDER BY s.name, s.id");
        TypedQuery<VcseService> query = em.createQuery(jpql.toString(), VcseService.class);
        if (need != null) {
            query.setParameter("need", need);
        }
        if (area != null) {
            query.setParameter("areas", areaCodes);
        }
        if (providerId != null) {
            query.setParameter("provider", providerId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    /** The services of one provider, for its finance lead's screens and FCR activities. */
    public List<VcseService> ofProvider(Long providerId) {
        return search(null, null, providerId, null);
    }

    /** Every ward (E05…) or borough (E09…) code must be a London area the system knows. */
    public void requireKnownAreas(Set<String> codes, String field) {
        for (String code : codes) {
            if (areaName(code) == null) {
                throw new NotFoundException(field, "area (ward E05… or borough E09…)", code);
            }
        }
    }

    /** The name of a ward or borough, or null if the code is neither. */
    public String areaName(String code) {
        return GssCode.parse(code).flatMap(areas::name).orElse(null);
    }

    private List<String> areaAndItsParts(String code) {
        List<String> codes = GssCode.parse(code).map(areas::withOverlapping).orElse(List.of());
        if (codes.isEmpty()) {
            throw new NotFoundException("area", "area (ward E05… or borough E09…)", code);
        }
        return codes;
    }

    private void check(ServiceTerms terms) {
        needs.requireKnown(terms.needs(), "needs");
        requireKnownAreas(terms.areas(), "areas");
    }

    /**
     * A provider's own finance leads edit its services; commissioners and administrators may edit any. The screens ask
     * this too, so they offer only what the service will accept.
     */
    public static boolean mayEdit(Viewer viewer, Organisation provider) {
        return viewer.seesEverything() || viewer.is(Role.COMMISSIONER)
                || (viewer.is(Role.VCSE_FINANCE) && provider.id().equals(viewer.organisationId()));
    }

    static void requireMayEdit(Viewer viewer, Organisation provider) {
        if (mayEdit(viewer, provider)) {
            return;
        }
        throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, "providerId",
                "only " + provider.name() + "'s own finance leads, commissioners or administrators can change its services");
    }
}
