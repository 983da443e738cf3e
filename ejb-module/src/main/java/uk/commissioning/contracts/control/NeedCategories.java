package uk.commissioning.contracts.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.contracts.entity.NeedCategory;
import uk.commissioning.rules.NotFoundException;

/** The reference list of needs, and the check that a code named in a request is on it. */
@Stateless
public class NeedCategories {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<NeedCategory> all() {
        return em.createNamedQuery(NeedCategory.ALL, NeedCategory.class).getResultList();
    }

    public NeedCategory get(String code, String field) {
        NeedCategory need = code == null ? null : em.find(NeedCategory.class, code);
        if (need == null) {
            throw new NotFoundException(field, "need category", code);
        }
        return need;
    }

    /** Every code must be on the list; the first that is not is reported against {@code field}. */
    public void requireKnown(Collection<String> codes, String field) {
        for (String code : codes) {
            get(code, field);
        }
    }

    /** An administrator maps a need to a SNOMED CT concept (or clears the mapping with nulls). */
    public NeedCategory mapToSnomed(String code, String snomedCode, String snomedTerm, String actor) {
        NeedCategory need = get(code, null);
        Map<String, Object> before = snomedView(need);
        need.mapToSnomed(snomedCode, snomedTerm);
        audit.record("NeedCategory", code, "SNOMED_MAPPED", actor, before, snomedView(need));
        return need;
    }

    private static Map<String, Object> snomedView(NeedCategory need) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("snomedCode", need.snomedCode());
        view.put("snomedTerm", need.snomedTerm());
        return view;
    }
}
