package uk.commissioning.demand.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.commissioning.contracts.entity.CapacityUnit;
import uk.commissioning.contracts.entity.ServiceStatus;
import uk.commissioning.demand.control.ContractedCapacity.CapacityLine;
import uk.commissioning.demand.control.ContractedCapacity.ContractLine;
import uk.commissioning.demand.control.LinkWorkerCoverage.Coverage;
import uk.commissioning.demand.control.MatchingCalculator.Cell;
import uk.commissioning.demand.control.MatchingCalculator.Demand;
import uk.commissioning.demand.control.MatchingCalculator.IdleService;
import uk.commissioning.demand.control.MatchingCalculator.Level;
import uk.commissioning.demand.control.MatchingCalculator.Matrix;
import uk.commissioning.demand.control.MatchingCalculator.Totals;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;

/**
 * Reads what matching needs and hands it to {@link MatchingCalculator}. The cost is fixed by design: one GROUP BY over
 * referral_need and one over demand_aggregate for the period, one over referral for the distinct people (caseload),
 * and small reads of contracts, services, posts and reference data; everything else happens in memory. Filters (a
 * borough, a need) choose rows after the whole period is matched, so a cell's figures never depend on the filter
 * (a service covering two boroughs shares its capacity across both whichever one is asked for).
 */
@Stateless
public class Matching {

    @PersistenceContext
    EntityManager em;

    /** How many sessions of a session-counted service one person takes; converts sessions to people and costs. */
    @Inject
    @ConfigProperty(name = "matching.sessions-per-person", defaultValue = "6")
    String sessionsPerPerson;

    public record Report(DemandPeriod period, Level level, String borough, String need, BigDecimal sessionsPerPerson,
                         List<Cell> cells, List<Cell> yearTotals, Totals totals, List<Coverage> coverage,
                         List<IdleService> idleServices) {
    }

    /** A period matched, with the reference data and contracted capacity it was matched against. */
    public record Snapshot(AreaIndex areas, Map<String, String> needNames, List<ServiceOffer> directory,
                           BigDecimal sessionsPerPerson, List<CapacityLine> capacity, Matrix matrix) {
    }

    /** @param borough null or a borough code; @param need null or a need code (both already checked by the caller) */
    public Report report(DemandPeriod period, Level level, String borough, String need) {
        Snapshot snapshot = snapshot(period);
        AreaIndex areas = snapshot.areas();
        Matrix matrix = snapshot.matrix();
        List<Cell> cells = matrix.cells(level, borough, need);
        List<Cell> yearTotals = matrix.yearTotals(level, borough, need);
        Totals totals = matrix.totals(period.isYear() ? yearTotals : cells);
        List<String> areaCodes = new ArrayList<>();
        for (AreaIndex.Borough b : areas.boroughs()) {
            if (borough == null || borough.equals(b.code())) {
                if (level == Level.BOROUGH) {
                    areaCodes.add(b.code());
                } else {
                    areas.wardsOf(b.code()).forEach(w -> areaCodes.add(w.code()));
                }
            }
        }
        List<Coverage> coverage = LinkWorkerCoverage.of(areas, level, areaCodes, posts(period),
                peopleReferred(period, level, borough), period.quarters().size());
        List<IdleService> idle = matrix.idleServices(snapshot.capacity(), referredServices(period), borough, need);
        return new Report(period, level, borough, need, snapshot.sessionsPerPerson(), cells, yearTotals, totals,
                coverage, idle);
    }

    public Snapshot snapshot(DemandPeriod period) {
        AreaIndex areas = areas();
        Map<String, String> needNames = needNames();
        List<ServiceOffer> directory = directory();
        BigDecimal perPerson = sessionsPerPerson();
        List<CapacityLine> capacity = capacity(period, directory, perPerson);
        Matrix matrix = new MatchingCalculator(areas, needNames, directory, perPerson, Money.GBP)
                .match(period, demand(period), capacity);
        return new Snapshot(areas, needNames, directory, perPerson, capacity, matrix);
    }

    public BigDecimal sessionsPerPerson() {
        BigDecimal value = new BigDecimal(sessionsPerPerson.strip());
        if (value.signum() <= 0) {
            throw new IllegalStateException("matching.sessions-per-person must be more than zero, not " + sessionsPerPerson);
        }
        return value;
    }

    // ------------------------------------------------------------------------------------------------ reading

    public AreaIndex areas() {
        List<AreaIndex.Borough> boroughs = new ArrayList<>();
        for (Object[] row : rows("SELECT code, name FROM borough")) {
            boroughs.add(new AreaIndex.Borough((String) row[0], (String) row[1]));
        }
        List<AreaIndex.Ward> wards = new ArrayList<>();
        for (Object[] row : rows("SELECT code, name, borough_code, population, imd_average_score FROM ward")) {
            wards.add(new AreaIndex.Ward((String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue(),
                    decimal(row[4])));
        }
        return new AreaIndex(boroughs, wards);
    }

    /** Need categories in display order, code → name. */
    public Map<String, String> needNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Object[] row : rows("SELECT code, name FROM need_category ORDER BY sort_order, code")) {
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }

    /** Every directory service with its needs and areas: three small reads, whatever the directory's size. */
    public List<ServiceOffer> directory() {
        Map<Long, Set<String>> needs = new HashMap<>();
        for (Object[] row : rows("SELECT service_id, need_code FROM vcse_service_need")) {
            needs.computeIfAbsent(((Number) row[0]).longValue(), id -> new TreeSet<>()).add((String) row[1]);
        }
        Map<Long, Set<String>> areas = new HashMap<>();
        for (Object[] row : rows("SELECT service_id, area_code FROM vcse_service_area")) {
            areas.computeIfAbsent(((Number) row[0]).longValue(), id -> new TreeSet<>()).add((String) row[1]);
        }
        List<ServiceOffer> services = new ArrayList<>();
        for (Object[] row : rows("SELECT s.id, s.name, o.id, o.name, s.capacity_unit, s.capacity_per_quarter, s.unit_cost, "
                + "s.currency, s.status FROM vcse_service s JOIN organisation o ON o.id = s.provider_id ORDER BY s.id")) {
            long id = ((Number) row[0]).longValue();
            services.add(new ServiceOffer(id, (String) row[1], ((Number) row[2]).longValue(), (String) row[3],
                    CapacityUnit.valueOf((String) row[4]), ((Number) row[5]).intValue(),
                    Money.of(decimal(row[6]), Money.currency(((String) row[7]).strip())), ServiceStatus.valueOf((String) row[8]),
                    needs.getOrDefault(id, Set.of()), areas.getOrDefault(id, Set.of())));
        }
        return services;
    }

    /** The period's referrals per quarter × ward × need and aggregate counts per quarter × area × need. */
    private List<Demand> demand(DemandPeriod period) {
        Map<LocalDate, Quarter> quarters = quartersByStart(period);
        List<Demand> demand = new ArrayList<>();
        for (Object[] row : rows("SELECT quarter_start, ward_code, need_code, COUNT(*) FROM referral_need "
                + "WHERE quarter_start BETWEEN ?1 AND ?2 GROUP BY quarter_start, ward_code, need_code", range(period))) {
            addDemand(demand, quarters, row);
        }
        for (Object[] row : rows("SELECT quarter_start, area_code, need_code, SUM(referrals) FROM demand_aggregate "
                + "WHERE quarter_start BETWEEN ?1 AND ?2 GROUP BY quarter_start, area_code, need_code", range(period))) {
            addDemand(demand, quarters, row);
        }
        return demand;
    }

    private static void addDemand(List<Demand> demand, Map<LocalDate, Quarter> quarters, Object[] row) {
        Quarter quarter = quarters.get(date(row[0]));
        if (quarter != null && row[3] != null) {
            demand.add(new Demand(quarter, ((String) row[1]).strip(), (String) row[2], ((Number) row[3]).longValue()));
        }
    }

    /**
     * Contract lines of ACTIVE, ENDED and TERMINATED contracts whose period overlaps the period, with the effective
     * date of the variation that closed a closed one.
     */
    private List<CapacityLine> capacity(DemandPeriod period, List<ServiceOffer> directory, BigDecimal perPerson) {
        List<ContractLine> lines = new ArrayList<>();
        for (Object[] row : rows("SELECT c.id, c.reference, c.lead_contract_id, c.start_date, c.end_date, c.status, "
                + "v.effective_date, cs.service_id, cs.units_per_quarter FROM contract c "
                + "JOIN contract_service cs ON cs.contract_id = c.id "
                + "LEFT JOIN contract_variation v ON v.contract_id = c.id AND v.kind IN ('END', 'TERMINATION') "
                + "WHERE c.status IN ('ACTIVE', 'ENDED', 'TERMINATED') AND c.start_date <= ?2 AND c.end_date >= ?1",
                java.sql.Date.valueOf(period.from()), java.sql.Date.valueOf(period.to()))) {
            boolean closed = !"ACTIVE".equals(row[5]);
            LocalDate end = ContractedCapacity.effectiveEnd(date(row[4]), closed, row[6] == null ? null : date(row[6]));
            lines.add(new ContractLine(((Number) row[0]).longValue(), (String) row[1],
                    row[2] == null ? null : ((Number) row[2]).longValue(), date(row[3]), end,
                    ((Number) row[7]).longValue(), row[8] == null ? null : ((Number) row[8]).intValue()));
        }
        Map<Long, ServiceOffer> byId = new HashMap<>();
        directory.forEach(s -> byId.put(s.id(), s));
        return ContractedCapacity.perQuarter(period.quarters(), lines, byId, perPerson);
    }

    /**
     * Contracted services that some referral_need row of the period names: one probe of ix_referral_need_service per
     * contracted service. (Written as a scalar subquery with LIMIT 1 because MariaDB turns EXISTS into a semi-join that
     * reads the whole index.)
     */
    private Set<Long> referredServices(DemandPeriod period) {
        Set<Long> ids = new HashSet<>();
        for (Object id : em.createNativeQuery("SELECT s.service_id FROM (SELECT DISTINCT service_id FROM contract_service) s "
                        + "WHERE (SELECT 1 FROM referral_need n WHERE n.service_id = s.service_id "
                        + "AND n.quarter_start BETWEEN ?1 AND ?2 LIMIT 1) IS NOT NULL")
                .setParameter(1, java.sql.Date.valueOf(period.from()))
                .setParameter(2, java.sql.Date.valueOf(period.lastQuarterStart())).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    private List<LinkWorkerCoverage.Post> posts(DemandPeriod period) {
        List<LinkWorkerCoverage.Post> posts = new ArrayList<>();
        for (Object[] row : rows("SELECT area_code, fte FROM link_worker_post WHERE financial_year = ?1 AND area_code IS NOT NULL",
                period.year().code())) {
            posts.add(new LinkWorkerCoverage.Post(((String) row[0]).strip(), decimal(row[1])));
        }
        return posts;
    }

    /**
     * Distinct people (person_key) referred per ward or borough in the period. Grouped by a prefix of
     * ix_referral_caseload (borough, ward, person), so the database counts while reading the index in order.
     */
    private Map<String, Long> peopleReferred(DemandPeriod period, Level level, String borough) {
        String groups = level == Level.WARD ? "borough_code, ward_code" : "borough_code";
        Object[] params = borough == null ? range(period) : new Object[] {range(period)[0], range(period)[1], borough};
        Map<String, Long> people = new HashMap<>();
        for (Object[] row : rows("SELECT " + groups + ", COUNT(DISTINCT person_key) FROM referral WHERE quarter_start "
                + "BETWEEN ?1 AND ?2" + (borough == null ? "" : " AND borough_code = ?3") + " GROUP BY " + groups, params)) {
            people.put(((String) row[row.length - 2]).strip(), ((Number) row[row.length - 1]).longValue());
        }
        return people;
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    private static Object[] range(DemandPeriod period) {
        return new Object[] {java.sql.Date.valueOf(period.from()), java.sql.Date.valueOf(period.lastQuarterStart())};
    }

    private static Map<LocalDate, Quarter> quartersByStart(DemandPeriod period) {
        Map<LocalDate, Quarter> quarters = new HashMap<>();
        period.quarters().forEach(q -> quarters.put(q.startDate(), q));
        return quarters;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getResultList();
    }

    static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value).substring(0, 10));
    }

    static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
    }
}
