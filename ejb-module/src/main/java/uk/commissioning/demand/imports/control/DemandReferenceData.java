package uk.commissioning.demand.imports.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.commissioning.areas.control.AreaIndex;
import uk.commissioning.areas.control.Areas;
import uk.commissioning.demand.control.NeedBits;

/**
 * Reads the reference data an import checks rows against (wards, boroughs, needs, referral sources, services).
 * Outside any transaction: the import job calls it inside the batch runtime's chunk transaction, which must not
 * enlist the application's database (see {@link DemandRowStore}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemandReferenceData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Areas areas;

    public ReferenceData load() {
        AreaIndex index = areas.index();
        Map<String, String> boroughOfWard = new HashMap<>();
        Set<String> boroughs = new HashSet<>();
        for (AreaIndex.Borough borough : index.boroughs()) {
            boroughs.add(borough.code());
            index.wardsOf(borough.code()).forEach(ward -> boroughOfWard.put(ward.code(), borough.code()));
        }
        Map<String, String> needs = new HashMap<>();
        for (Object[] row : rows("SELECT code, name, snomed_code FROM need_category")) {
            String code = (String) row[0];
            needs.put(ReferenceData.key(code), code);
            needs.put(ReferenceData.key((String) row[1]), code);
            if (row[2] != null) {
                needs.put(ReferenceData.key((String) row[2]), code);
            }
        }
        Map<String, String> sources = new HashMap<>();
        for (Object[] row : rows("SELECT code, name FROM referral_source")) {
            sources.put(ReferenceData.key((String) row[0]), (String) row[0]);
            sources.put(ReferenceData.key((String) row[1]), (String) row[0]);
        }
        Set<Long> services = new HashSet<>();
        for (Object id : em.createNativeQuery("SELECT id FROM vcse_service").getResultList()) {
            services.add(((Number) id).longValue());
        }
        return new ReferenceData(boroughOfWard, boroughs, needs, sources, services, needBits());
    }

    /** The bit of referral.need_mask each need category holds. */
    public NeedBits needBits() {
        Map<String, Integer> bits = new HashMap<>();
        for (Object[] row : rows("SELECT code, bit_position FROM need_category")) {
            bits.put((String) row[0], ((Number) row[1]).intValue());
        }
        return new NeedBits(bits);
    }

    /** Code and name of each referral source, in the order forms show them. */
    public List<String[]> referralSources() {
        return rows("SELECT code, name FROM referral_source ORDER BY sort_order").stream()
                .map(row -> new String[] {(String) row[0], (String) row[1]}).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
