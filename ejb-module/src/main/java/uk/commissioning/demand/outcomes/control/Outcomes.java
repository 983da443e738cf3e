package uk.commissioning.demand.outcomes.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.demand.control.NeedBits;
import uk.commissioning.demand.imports.control.DemandReferenceData;
import uk.commissioning.demand.matching.control.Matching;
import uk.commissioning.demand.matching.control.ServiceOffer;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Group;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Ons4Item;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Pairs;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Shown;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;

/**
 * Outcomes of the period's referrals per service and need ({@link OutcomeCalculator}). The database sums the scores
 * per service and need set (referral.need_mask) in one GROUP BY; the sets are split into needs in memory
 * ({@link NeedBits}). Commissioners, board members and administrators see every service; a VCSE finance lead only the
 * services their organisation provides. Counts from 1 to 4 are hidden from all but administrators and the service's
 * provider ({@link uk.commissioning.demand.control.SmallNumbers}).
 */
@Stateless
public class Outcomes {

    /** ons4_{item}_before / _after column stems, in {@link Ons4Item} order. */
    private static final String[] ONS4_COLUMNS = {"ons4_satisfied", "ons4_worthwhile", "ons4_happy", "ons4_anxious"};

    @PersistenceContext
    EntityManager em;

    @Inject
    Matching matching;

    @Inject
    DemandReferenceData referenceData;

    /** A SWEMWBS rise of at least this many metric points counts as meaningful. */
    @Inject
    @ConfigProperty(name = "outcomes.swemwbs-meaningful-change", defaultValue = "3")
    String meaningfulChange;

    /** The rows as the viewer may see them ({@link OutcomeCalculator#disclose}). */
    public record Report(DemandPeriod period, String borough, BigDecimal swemwbsMeaningfulChange, List<Shown> rows) {
    }

    /** @param borough null or a borough code (already checked) */
    public Report report(DemandPeriod period, String borough, Viewer viewer) {
        BigDecimal threshold = new BigDecimal(meaningfulChange.strip());
        Map<Long, ServiceOffer> services = new HashMap<>();
        matching.directory().forEach(s -> services.put(s.id(), s));
        boolean ownServicesOnly = !viewer.seesEverything() && viewer.is(Role.VCSE_FINANCE);
        NeedBits needBits = referenceData.needBits();
        List<Group> groups = new ArrayList<>();
        for (Object[] row : rows(period, borough, threshold)) {
            Long serviceId = row[0] == null ? null : ((Number) row[0]).longValue();
            ServiceOffer service = serviceId == null ? null : services.get(serviceId);
            if (ownServicesOnly && (service == null || !service.providerId().equals(viewer.organisationId()))) {
                continue;
            }
            groups.add(group(row, serviceId, service, needBits.codes(((Number) row[2]).longValue())));
        }
        List<Shown> shown = OutcomeCalculator.summarise(groups, matching.needNames()).stream()
                .map(r -> OutcomeCalculator.disclose(r, seesExactly(viewer, r.serviceId() == null ? null : services.get(r.serviceId()))))
                .toList();
        return new Report(period, borough, threshold, shown);
    }

    /** An administrator sees exact numbers, and so does a service's own provider; everyone else small numbers hidden. */
    static boolean seesExactly(Viewer viewer, ServiceOffer service) {
        return viewer.seesEverything() || (service != null && viewer.is(Role.VCSE_FINANCE)
                && service.providerId().equals(viewer.organisationId()));
    }

    private static Group group(Object[] row, Long serviceId, ServiceOffer service, List<String> needs) {
        String name = service != null ? service.name() : row[1] == null ? null : ((String) row[1]).strip();
        Map<Ons4Item, Pairs> ons4 = new EnumMap<>(Ons4Item.class);
        int column = 8;
        for (Ons4Item item : Ons4Item.values()) {
            ons4.put(item, new Pairs(count(row[column]), decimal(row[column + 1]), decimal(row[column + 2])));
            column += 3;
        }
        return new Group(serviceId, name, service == null ? null : service.providerName(), needs, count(row[3]),
                count(row[4]), count(row[5]), count(row[6]), count(row[7]), ons4,
                new Pairs(count(row[20]), decimal(row[21]), decimal(row[22])), count(row[23]), count(row[24]), count(row[25]));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(DemandPeriod period, String borough, BigDecimal threshold) {
        StringBuilder sql = new StringBuilder("SELECT service_id, service_name, need_mask, COUNT(*)");
        for (String outcome : List.of("ACCEPTED", "DECLINED", "DID_NOT_ATTEND", "COMPLETED")) {
            sql.append(", SUM(CASE WHEN outcome = '").append(outcome).append("' THEN 1 ELSE 0 END)");
        }
        for (String stem : ONS4_COLUMNS) {
            pairSums(sql, stem + "_before", stem + "_after");
        }
        pairSums(sql, "swemwbs_before", "swemwbs_after");
        // The threshold is a number parsed from configuration, so writing it into the statement is safe.
        sql.append(", SUM(CASE WHEN swemwbs_before IS NOT NULL AND swemwbs_after IS NOT NULL AND swemwbs_after - swemwbs_before >= ")
                .append(threshold.toPlainString()).append(" THEN 1 ELSE 0 END)")
                .append(", COUNT(sessions_attended), SUM(COALESCE(sessions_attended, 0))")
                .append(" FROM referral WHERE quarter_start BETWEEN ?1 AND ?2")
                .append(borough == null ? "" : " AND borough_code = ?3")
                .append(" GROUP BY service_id, service_name, need_mask");
        Query query = em.createNativeQuery(sql.toString())
                .setParameter(1, java.sql.Date.valueOf(period.from()))
                .setParameter(2, java.sql.Date.valueOf(period.lastQuarterStart()));
        if (borough != null) {
            query.setParameter(3, borough);
        }
        return query.getResultList();
    }

    /** Pairs count, Σ before and Σ after over rows with both scores. */
    private static void pairSums(StringBuilder sql, String before, String after) {
        String both = "CASE WHEN " + before + " IS NOT NULL AND " + after + " IS NOT NULL THEN ";
        sql.append(", SUM(").append(both).append("1 ELSE 0 END)")
                .append(", SUM(").append(both).append(before).append(" ELSE 0 END)")
                .append(", SUM(").append(both).append(after).append(" ELSE 0 END)");
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : Matching.decimal(value);
    }
}
