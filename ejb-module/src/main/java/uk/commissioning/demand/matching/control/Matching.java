package uk.commissioning.demand.matching.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.commissioning.areas.control.AreaIndex;
import uk.commissioning.areas.control.Areas;
import uk.commissioning.contracts.entity.CapacityUnit;
import uk.commissioning.contracts.entity.ServiceStatus;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.demand.control.NeedBits;
import uk.commissioning.demand.imports.control.DemandReferenceData;
import uk.commissioning.demand.matching.control.ContractedCapacity.CapacityLine;
import uk.commissioning.demand.matching.control.ContractedCapacity.ContractLine;
import uk.commissioning.demand.matching.control.LinkWorkerCoverage.Coverage;
import uk.commissioning.demand.matching.control.MatchingCalculator.Cell;
import uk.commissioning.demand.matching.control.MatchingCalculator.Demand;
import uk.commissioning.demand.matching.control.MatchingCalculator.IdleService;
import uk.commissioning.demand.matching.control.MatchingCalculator.Level;
import uk.commissioning.demand.matching.control.MatchingCalculator.Matrix;
import uk.commissioning.demand.matching.control.MatchingCalculator.Totals;
import uk.commissioning.identity.Viewer;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.Database;

/**
 * Reads what matching needs and hands it to {@link MatchingCalculator}. The cost is fixed by design: one GROUP BY over
 * the period's referrals (quarter × ward × need set × service; {@link DemandScan} splits the sets into needs) and one
 * over demand_aggregate; for the report, one more over the referrals for the distinct people (caseload); small reads
 * of contracts, services, posts and reference data; everything else happens in memory. Filters (a borough, a need)
 * choose rows after the whole period is matched, so a cell's figures never depend on the filter (a service covering
 * two boroughs shares its capacity across both whichever one is asked for).
 * <p>
 * The two scans of referral are full scans of the period's rows (the table has no index but its primary key, so
 * imports load fast) and return a hundred thousand groups for a million referrals, so they are read with plain JDBC
 * and typed getters rather than through JPA's row arrays. Matching only reads: it joins a caller's transaction (a
 * proposal being made) and otherwise runs without one, so the scans read on autocommit connections.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Matching {

    private static final String DEMAND_SQL = "SELECT quarter_start, ward_code, need_mask, service_id, COUNT(*) FROM referral "
            + "WHERE quarter_start BETWEEN ? AND ? GROUP BY quarter_start, ward_code, need_mask, service_id";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Areas areas;

    @Inject
    DemandReferenceData referenceData;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** How many sessions of a session-counted service one person takes; converts sessions to people and costs. */
    @Inject
    @ConfigProperty(name = "matching.sessions-per-person", defaultValue = "6")
    String sessionsPerPerson;

    /**
     * A period matched and viewed, with the areas and need names it was matched with (for labelling it), and what of
     * it the viewer may see ({@link MatchingDisclosure}): every view of the report (screen, JSON, CSV) hides the same.
     */
    public record Report(DemandPeriod period, Level level, String borough, String need, BigDecimal sessionsPerPerson,
                         List<Cell> cells, List<Cell> yearTotals, Totals totals, List<Coverage> coverage,
                         List<IdleService> idleServices, AreaIndex areas, Map<String, String> needNames,
                         MatchingDisclosure disclosure) {
    }

    /**
     * A period matched, with the reference data and contracted capacity it was matched against.
     *
     * @param referredServices the services some referral of the period named
     */
    public record Snapshot(AreaIndex areas, Map<String, String> needNames, List<ServiceOffer> directory,
                           BigDecimal sessionsPerPerson, List<CapacityLine> capacity, Matrix matrix,
                           Set<Long> referredServices) {
    }

    /**
     * @param borough null or a borough code; @param need null or a need code (both already checked by the caller)
     * @param viewer  only an administrator sees counts from 1 to 4 ({@link MatchingDisclosure})
     */
    public Report report(DemandPeriod period, Level level, String borough, String need, Viewer viewer) {
        // The caseload scan (distinct people per area) and the demand scan are independent full scans of the period's
        // referrals, each run by one thread in the database: side by side on two connections (and two cores), the
        // report waits for the slower of the two instead of their sum. At a million referrals on MariaDB they take
        // about 1.9 s and 1.3 s, so this is the difference between about 2 s and 3 s.
        Alongside<Map<String, Long>> people = new Alongside<>(executor, () -> peopleReferred(period, level, borough));
        try {
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
            List<LinkWorkerCoverage.Post> posts = posts(period);
            List<Coverage> coverage = LinkWorkerCoverage.of(areas, level, areaCodes, posts, people.result(),
                    period.quarters().size());
            List<IdleService> idle = matrix.idleServices(snapshot.capacity(), snapshot.referredServices(), borough, need);
            return new Report(period, level, borough, need, snapshot.sessionsPerPerson(), cells, yearTotals, totals,
                    coverage, idle, areas, snapshot.needNames(),
                    MatchingDisclosure.of(cells, yearTotals, viewer.seesEverything()));
        } catch (RuntimeException e) {
            people.abandon();
            throw e;
        }
    }

    public Snapshot snapshot(DemandPeriod period) {
        AreaIndex areas = areas();
        Map<String, String> needNames = needNames();
        List<ServiceOffer> directory = directory();
        BigDecimal perPerson = sessionsPerPerson();
        List<CapacityLine> capacity = capacity(period, directory, perPerson);
        DemandScan scan = scanReferrals(period, referenceData.needBits());
        List<Demand> demand = scan.demand();
        demand.addAll(aggregates(period));
        Matrix matrix = new MatchingCalculator(areas, needNames, directory, perPerson, Money.DEFAULT_CURRENCY)
                .match(period, demand, capacity);
        return new Snapshot(areas, needNames, directory, perPerson, capacity, matrix, scan.referredServices());
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
        return areas.index();
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

    /** The period's referrals per quarter × ward × need set, in one scan (see the class comment). */
    private DemandScan scanReferrals(DemandPeriod period, NeedBits needs) {
        DemandScan scan = new DemandScan(needs, period);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(DEMAND_SQL)) {
            query.setObject(1, period.from());
            query.setObject(2, period.lastQuarterStart());
            // The date read as java.sql.Date and converted once per quarter: getObject(…, LocalDate.class) goes
            // through the pool's connection wrapper by reflection on every call, and Connector/J makes getString of a
            // DATE with String.format; either cost more than the rest of the row.
            Map<Long, LocalDate> dates = new HashMap<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    java.sql.Date date = rs.getDate(1);
                    LocalDate quarterStart = dates.computeIfAbsent(date.getTime(), t -> date.toLocalDate());
                    long service = rs.getLong(4);
                    if (!rs.wasNull()) {
                        scan.referredTo(service);
                    }
                    scan.add(quarterStart, rs.getString(2), rs.getLong(3), rs.getLong(5));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("matching could not read the referrals: " + e.getMessage(), e);
        }
        return scan;
    }

    /** The period's aggregate counts per quarter × area (a ward, or a borough when the source gave no ward) × need. */
    private List<Demand> aggregates(DemandPeriod period) {
        Map<LocalDate, Quarter> quarters = new HashMap<>();
        period.quarters().forEach(q -> quarters.put(q.startDate(), q));
        List<Demand> demand = new ArrayList<>();
        for (Object[] row : rows("SELECT quarter_start, area_code, need_code, SUM(referrals) FROM demand_aggregate "
                + "WHERE quarter_start BETWEEN ?1 AND ?2 GROUP BY quarter_start, area_code, need_code", range(period))) {
            Quarter quarter = quarters.get(date(row[0]));
            if (quarter != null && row[3] != null) {
                demand.add(new Demand(quarter, ((String) row[1]).strip(), (String) row[2], ((Number) row[3]).longValue()));
            }
        }
        return demand;
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

    private List<LinkWorkerCoverage.Post> posts(DemandPeriod period) {
        List<LinkWorkerCoverage.Post> posts = new ArrayList<>();
        for (Object[] row : rows("SELECT area_code, fte FROM link_worker_post WHERE financial_year = ?1 AND area_code IS NOT NULL",
                period.year().code())) {
            posts.add(new LinkWorkerCoverage.Post(((String) row[0]).strip(), decimal(row[1])));
        }
        return posts;
    }

    /** Distinct people (person_key) referred per ward or borough in the period, optionally in one borough only. */
    private Map<String, Long> peopleReferred(DemandPeriod period, Level level, String borough) {
        String groups = level == Level.WARD ? "borough_code, ward_code" : "borough_code";
        int columns = level == Level.WARD ? 3 : 2;
        Map<String, Long> people = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + groups + ", COUNT(DISTINCT person_key) "
                     + "FROM referral WHERE quarter_start BETWEEN ? AND ?" + (borough == null ? "" : " AND borough_code = ?")
                     + " GROUP BY " + groups)) {
            query.setObject(1, period.from());
            query.setObject(2, period.lastQuarterStart());
            if (borough != null) {
                query.setString(3, borough);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    people.put(rs.getString(columns - 1).strip(), rs.getLong(columns));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("matching could not count the people referred: " + e.getMessage(), e);
        }
        return people;
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    private static Object[] range(DemandPeriod period) {
        return new Object[] {java.sql.Date.valueOf(period.from()), java.sql.Date.valueOf(period.lastQuarterStart())};
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

    public static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
    }

    /**
     * Work handed to the managed executor that the caller does itself if no executor thread has started it by the
     * time the caller needs the result: the default executor may be busy (a batch job runs on it), and then the
     * report is as fast as doing the two scans in turn, never slower.
     */
    private static final class Alongside<T> {

        private final AtomicBoolean started = new AtomicBoolean();
        private final Supplier<T> work;
        private final Future<T> future;

        Alongside(ManagedExecutorService executor, Supplier<T> work) {
            this.work = work;
            Future<T> submitted;
            try {
                submitted = executor.submit(() -> started.compareAndSet(false, true) ? work.get() : null);
            } catch (RejectedExecutionException e) {
                submitted = null;
            }
            this.future = submitted;
        }

        T result() {
            if (started.compareAndSet(false, true)) {
                return work.get();
            }
            try {
                return future.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the caseload scan", e);
            }
        }

        /** The caller failed: the work is not wanted, and need not start. */
        void abandon() {
            if (!started.compareAndSet(false, true) && future != null) {
                future.cancel(true);
            }
        }
    }
}
