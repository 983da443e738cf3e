package uk.commissioning.demand.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What demand data the system holds, per source system: how many referrals and over which dates, how many
 * aggregate counts. Commissioners check it before they trust a matching figure; the import tests check it to prove
 * that re-imports and restarts add nothing twice.
 */
@Stateless
public class DemandHoldings {

    @PersistenceContext
    EntityManager em;

    public record Holding(String sourceSystem, long referrals, long people, LocalDate firstReferral, LocalDate lastReferral,
                          long aggregateRows, long aggregateReferrals) {
    }

    @SuppressWarnings("unchecked")
    public List<Holding> bySourceSystem() {
        Map<String, Holding> holdings = new TreeMap<>();
        List<Object[]> referrals = em.createNativeQuery("SELECT source_system, COUNT(*), COUNT(DISTINCT person_key), "
                + "MIN(referral_date), MAX(referral_date) FROM referral GROUP BY source_system").getResultList();
        for (Object[] row : referrals) {
            holdings.put((String) row[0], new Holding((String) row[0], count(row[1]), count(row[2]), date(row[3]),
                    date(row[4]), 0, 0));
        }
        List<Object[]> aggregates = em.createNativeQuery("SELECT source_system, COUNT(*), SUM(referrals) "
                + "FROM demand_aggregate GROUP BY source_system").getResultList();
        for (Object[] row : aggregates) {
            Holding base = holdings.getOrDefault((String) row[0], new Holding((String) row[0], 0, 0, null, null, 0, 0));
            holdings.put(base.sourceSystem(), new Holding(base.sourceSystem(), base.referrals(), base.people(),
                    base.firstReferral(), base.lastReferral(), count(row[1]), count(row[2])));
        }
        return List.copyOf(holdings.values());
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
