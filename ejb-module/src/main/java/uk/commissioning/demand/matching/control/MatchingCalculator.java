package uk.commissioning.demand.matching.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.commissioning.areas.control.AreaIndex;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.demand.matching.control.ContractedCapacity.CapacityLine;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;

/**
 * Demand against contracted capacity, per quarter × area × need. Pure (no database), so the method is unit-tested on
 * hand-made data; {@link Matching} feeds it.
 * <p>
 * The method. Referrals are counted per ward row (borough-only counts on the borough's "ward not given" row). Each
 * service's contracted people for the quarter are shared among the rows × needs it covers in proportion to the
 * referrals there (to the hundredth of a person, largest remainder), or evenly when none of its cells has any, so no
 * capacity is counted twice. Then per cell: used = min(referrals, capacity), unmet = max(0, referrals − capacity),
 * idle = capacity when there are no referrals, utilisation = used ÷ capacity. A borough cell and a year cell are sums
 * of their ward and quarter cells (so a borough's unmet demand is what its wards lack, not netted against spare
 * capacity in other wards that the services there cannot reach). Unit cost per person is the capacity-weighted mean
 * of the contracted services in the cell, else of the active directory services offering the need anywhere, else
 * unknown. Unfunded demand of a ward cell in one quarter = unmet × unit cost, rounded half up to the penny; a borough
 * or year cell adds up its cells' unfunded demand, so totals are the same in every view.
 */
public final class MatchingCalculator {

    public enum Level {
        WARD, BOROUGH
    }

    public enum UnitCostSource {
        CONTRACTED, DIRECTORY, NONE
    }

    /** Referrals counted for a ward (E05…) or, where the source gave no ward, a borough (E09…). */
    public record Demand(Quarter quarter, String areaCode, String needCode, long referrals) {
    }

    /**
     * One row of the result. {@code period} is the quarter code ({@code 2019-20-Q2}) or, for a year total, the year
     * code. {@code wardNotGiven} marks a borough's row for counts without a ward (its area code is the borough's).
     */
    public record Cell(String period, String areaCode, String areaName, String boroughCode, boolean wardNotGiven,
                       String needCode, String needName, long referrals, BigDecimal capacity, BigDecimal usedCapacity,
                       BigDecimal utilisation, BigDecimal unmet, BigDecimal idleCapacity, Money unitCost,
                       UnitCostSource unitCostSource, String unitCostBasis, Money unfundedDemand) {
    }

    /** Sums over a list of cells; {@code unmetWithoutUnitCost} is the unmet demand that could not be priced. */
    public record Totals(long referrals, BigDecimal capacity, BigDecimal usedCapacity, BigDecimal utilisation,
                         BigDecimal unmet, BigDecimal idleCapacity, Money unfundedDemand, BigDecimal unmetWithoutUnitCost) {
    }

    /** A service whose contracted capacity in the period no referral named. */
    public record IdleService(long serviceId, String name, String providerName, List<String> contracts,
                              BigDecimal capacity, Set<String> needs, Set<String> areas) {
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final AreaIndex areas;
    private final Map<String, String> needNames;
    private final Map<String, Integer> needOrder = new HashMap<>();
    private final BigDecimal sessionsPerPerson;
    private final Currency currency;
    private final Map<String, Money> directoryCost = new HashMap<>();
    private final Map<String, Integer> directoryCount = new HashMap<>();
    /** Per need, the basis of a unit cost without contracted capacity (the directory's, or none: one or the other). */
    private final Map<String, String> uncontractedBasis = new HashMap<>();

    /**
     * @param needNames the need categories in display order, code → name
     * @param directory every directory service (only ACTIVE ones price demand that no contract covers)
     * @param currency  unit costs in other currencies are left out of the means
     */
    public MatchingCalculator(AreaIndex areas, Map<String, String> needNames, Collection<ServiceOffer> directory,
                              BigDecimal sessionsPerPerson, Currency currency) {
        this.areas = areas;
        this.needNames = new LinkedHashMap<>(needNames);
        int i = 0;
        for (String code : needNames.keySet()) {
            needOrder.put(code, i++);
        }
        this.sessionsPerPerson = sessionsPerPerson;
        this.currency = currency;
        priceDirectory(directory);
    }

    private void priceDirectory(Collection<ServiceOffer> directory) {
        Map<String, BigDecimal> weighted = new HashMap<>();
        Map<String, BigDecimal> weights = new HashMap<>();
        for (ServiceOffer service : directory) {
            Money cost = service.costPerPerson(sessionsPerPerson);
            if (!service.isActive() || !cost.currency().equals(currency)) {
                continue;
            }
            BigDecimal people = service.people(BigDecimal.valueOf(service.capacityPerQuarter()), sessionsPerPerson);
            for (String need : service.needs()) {
                directoryCount.merge(need, 1, Integer::sum);
                weighted.merge(need, people.multiply(cost.amount()), BigDecimal::add);
                weights.merge(need, people, BigDecimal::add);
            }
        }
        weights.forEach((need, weight) -> {
            if (weight.signum() > 0) {
                directoryCost.put(need, Money.of(weighted.get(need).divide(weight, currencyScale(), RoundingMode.HALF_UP), currency));
            }
        });
    }

    public Matrix match(DemandPeriod period, Collection<Demand> demand, Collection<CapacityLine> capacity) {
        Map<Key, Tally> cells = new HashMap<>();
        Set<Quarter> quarters = Set.copyOf(period.quarters());
        for (Demand d : demand) {
            String row = areas.isWard(d.areaCode()) || areas.isBorough(d.areaCode()) ? d.areaCode() : null;
            if (row != null && d.referrals() > 0 && quarters.contains(d.quarter())) {
                cells.computeIfAbsent(new Key(d.quarter(), row, d.needCode()), k -> new Tally()).referrals += d.referrals();
            }
        }
        Map<Long, List<Key>> coveredByService = new HashMap<>();
        for (CapacityLine line : capacity) {
            if (line.people().signum() <= 0) {
                continue;
            }
            List<Key> covered = coveredByService.computeIfAbsent(line.service().id(), id -> covered(line.service()));
            if (!covered.isEmpty()) {
                apportion(line, covered, cells);
            }
        }
        cells.forEach(this::settle);
        return new Matrix(period, cells);
    }

    /** The service's cells (rows × needs) with a null quarter, need-major so ties in apportioning fall predictably. */
    private List<Key> covered(ServiceOffer service) {
        List<Key> keys = new ArrayList<>();
        List<String> rows = areas.rowsCovered(service.areas());
        for (String need : new TreeSet<>(service.needs())) {
            for (String row : rows) {
                keys.add(new Key(null, row, need));
            }
        }
        return keys;
    }

    private void apportion(CapacityLine line, List<Key> covered, Map<Key, Tally> cells) {
        List<Key> keys = covered.stream().map(k -> new Key(line.quarter(), k.row(), k.need())).toList();
        List<Long> weights = new ArrayList<>(keys.size());
        long referred = 0;
        for (Key key : keys) {
            Tally tally = cells.get(key);
            long referrals = tally == null ? 0 : tally.referrals;
            weights.add(referrals);
            referred += referrals;
        }
        if (referred == 0) {
            weights.replaceAll(w -> 1L);
        }
        List<BigDecimal> parts = apportion(line.people(), weights);
        Money cost = line.service().costPerPerson(sessionsPerPerson);
        boolean priced = cost.currency().equals(currency);
        for (int i = 0; i < keys.size(); i++) {
            BigDecimal part = parts.get(i);
            if (part.signum() == 0) {
                continue;
            }
            Tally tally = cells.computeIfAbsent(keys.get(i), k -> new Tally());
            tally.capacity = tally.capacity.add(part);
            if (priced) {
                tally.costWeighted = tally.costWeighted.add(part.multiply(cost.amount()));
                tally.costWeight = tally.costWeight.add(part);
            }
        }
    }

    /**
     * Splits {@code total} people (to the hundredth) in proportion to whole-number weights so the parts add up
     * exactly, by the largest-remainder rule money is split by ({@link Money#allocate(BigDecimal, List)}).
     */
    static List<BigDecimal> apportion(BigDecimal total, List<Long> weights) {
        return Money.allocate(total.setScale(2, RoundingMode.UNNECESSARY),
                weights.stream().map(BigDecimal::valueOf).toList());
    }

    private int currencyScale() {
        return currency.getDefaultFractionDigits();
    }

    /** A cell: quarter (null for a year total), ward row or borough code, need. */
    private record Key(Quarter quarter, String row, String need) {
    }

    /**
     * A cell of a view with what it is sorted by, looked up once per cell rather than once per comparison: by quarter,
     * borough, its wards before its "ward not given" row, row, then need in display order (unknown needs last).
     */
    private record Placed(Key key, Tally tally, String borough, int boroughRow, int needRank) {

        static final Comparator<Placed> ORDER = Comparator
                .comparing((Placed p) -> p.key().quarter(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Placed::borough, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(Placed::boroughRow)
                .thenComparing(p -> p.key().row())
                .thenComparingInt(Placed::needRank)
                .thenComparing(p -> p.key().need());
    }

    /**
     * What a cell adds up: referrals and capacity; once a ward cell is settled, its used, unmet and idle capacity and
     * its unfunded demand (null while no part of the cell could be priced). Borough and year cells add these up.
     */
    private static final class Tally {
        long referrals;
        BigDecimal capacity = ZERO;
        BigDecimal used = ZERO;
        BigDecimal unmet = ZERO;
        BigDecimal idle = ZERO;
        /** Σ capacity × cost per person, over the contracted capacity priced in the reporting currency. */
        BigDecimal costWeighted = BigDecimal.ZERO;
        BigDecimal costWeight = ZERO;
        BigDecimal unfunded;

        void add(Tally other) {
            referrals += other.referrals;
            capacity = capacity.add(other.capacity);
            used = used.add(other.used);
            unmet = unmet.add(other.unmet);
            idle = idle.add(other.idle);
            costWeighted = costWeighted.add(other.costWeighted);
            costWeight = costWeight.add(other.costWeight);
            if (other.unfunded != null) {
                unfunded = unfunded == null ? other.unfunded : unfunded.add(other.unfunded);
            }
        }
    }

    /** A ward cell in one quarter: its used, unmet and idle capacity from its referrals and capacity, and its price. */
    private void settle(Key key, Tally t) {
        BigDecimal referred = BigDecimal.valueOf(t.referrals);
        t.used = t.capacity.min(referred).setScale(2);
        t.unmet = referred.subtract(t.capacity).max(BigDecimal.ZERO).setScale(2);
        t.idle = t.referrals == 0 ? t.capacity : ZERO;
        Money unitCost = unitCost(key.need(), t);
        t.unfunded = unitCost == null ? null : unitCost.times(t.unmet).amount();
    }

    /** The capacity-weighted mean cost per person of the cell's contracted services, else the directory's for the need. */
    private Money unitCost(String need, Tally t) {
        if (t.costWeight.signum() > 0) {
            return Money.of(t.costWeighted.divide(t.costWeight, currencyScale(), RoundingMode.HALF_UP), currency);
        }
        return directoryCost.get(need);
    }

    /** The settled ward cells of a period, viewed per ward or per borough, per quarter or for the year. */
    public final class Matrix {

        private final DemandPeriod period;
        private final Map<Key, Tally> wardCells;
        /** Period codes of the cells, made once: a year by ward has some 38,000 cells and four quarters. */
        private final Map<Quarter, String> quarterCodes = new HashMap<>();
        private final String yearCode;

        private Matrix(DemandPeriod period, Map<Key, Tally> wardCells) {
            this.period = period;
            this.wardCells = wardCells;
            period.quarters().forEach(q -> quarterCodes.put(q, q.code()));
            this.yearCode = period.year().code();
        }

        public DemandPeriod period() {
            return period;
        }

        /** One cell per quarter × area × need with referrals or capacity; filters are optional (null = all). */
        public List<Cell> cells(Level level, String boroughFilter, String needFilter) {
            return view(level, false, boroughFilter, needFilter);
        }

        /** For a year: one cell per area × need summing its quarters. Empty for a single quarter. */
        public List<Cell> yearTotals(Level level, String boroughFilter, String needFilter) {
            return period.isYear() ? view(level, true, boroughFilter, needFilter) : List.of();
        }

        private List<Cell> view(Level level, boolean yearTotals, String boroughFilter, String needFilter) {
            Map<Key, Tally> view = new HashMap<>();
            for (Map.Entry<Key, Tally> entry : wardCells.entrySet()) {
                Key ward = entry.getKey();
                String borough = areas.boroughOf(ward.row());
                if ((boroughFilter != null && !boroughFilter.equals(borough)) || (needFilter != null && !needFilter.equals(ward.need()))) {
                    continue;
                }
                Key key = new Key(yearTotals ? null : ward.quarter(), level == Level.BOROUGH ? borough : ward.row(), ward.need());
                view.computeIfAbsent(key, k -> new Tally()).add(entry.getValue());
            }
            List<Placed> placed = new ArrayList<>(view.size());
            view.forEach((key, tally) -> placed.add(new Placed(key, tally, areas.boroughOf(key.row()),
                    areas.isBorough(key.row()) ? 1 : 0, needOrder.getOrDefault(key.need(), Integer.MAX_VALUE))));
            placed.sort(Placed.ORDER);
            List<Cell> cells = new ArrayList<>(placed.size());
            placed.forEach(p -> cells.add(cell(p.key(), p.tally(), level)));
            return cells;
        }

        private Cell cell(Key key, Tally t, Level level) {
            boolean wardNotGiven = level == Level.WARD && areas.isBorough(key.row());
            String name = wardNotGiven ? areas.wardNotGivenName(key.row()) : areas.name(key.row());
            BigDecimal utilisation = t.capacity.signum() == 0 ? null : t.used.divide(t.capacity, 4, RoundingMode.HALF_UP);
            String needName = needNames.getOrDefault(key.need(), key.need());
            Money unitCost = unitCost(key.need(), t);
            UnitCostSource source;
            String basis;
            if (t.costWeight.signum() > 0) {
                source = UnitCostSource.CONTRACTED;
                basis = "contracted services in this cell";
            } else {
                source = unitCost != null ? UnitCostSource.DIRECTORY : UnitCostSource.NONE;
                basis = uncontractedBasis.computeIfAbsent(key.need(), need -> unitCost != null
                        ? "no contracted capacity: " + directoryCount.get(need) + " active directory service(s) offering " + needName
                        : "unknown: no contracted capacity and no active directory service offers " + needName);
            }
            Money unfunded = t.unfunded == null ? null : Money.of(t.unfunded, currency);
            return new Cell(key.quarter() == null ? yearCode : quarterCodes.get(key.quarter()), key.row(), name,
                    areas.boroughOf(key.row()), wardNotGiven, key.need(), needName, t.referrals, t.capacity, t.used,
                    utilisation, t.unmet, t.idle, unitCost, source, basis, unfunded);
        }

        /** Sums of the cells; utilisation of the sums is used ÷ capacity. */
        public Totals totals(List<Cell> cells) {
            return MatchingCalculator.totals(cells, currency);
        }

        /** Services with contracted capacity in the period that no referral named, optionally those in a borough or offering a need. */
        public List<IdleService> idleServices(Collection<CapacityLine> capacity, Set<Long> referredServices,
                                              String boroughFilter, String needFilter) {
            Map<Long, BigDecimal> people = new TreeMap<>();
            Map<Long, ServiceOffer> services = new HashMap<>();
            Map<Long, TreeSet<String>> contracts = new HashMap<>();
            for (CapacityLine line : capacity) {
                ServiceOffer service = line.service();
                if (referredServices.contains(service.id()) || line.people().signum() <= 0
                        || (needFilter != null && !service.needs().contains(needFilter))
                        || (boroughFilter != null && areas.rowsCovered(service.areas()).stream()
                        .noneMatch(row -> boroughFilter.equals(areas.boroughOf(row))))) {
                    continue;
                }
                people.merge(service.id(), line.people(), BigDecimal::add);
                services.put(service.id(), service);
                contracts.computeIfAbsent(service.id(), id -> new TreeSet<>()).addAll(line.contracts());
            }
            return people.entrySet().stream().map(e -> {
                ServiceOffer s = services.get(e.getKey());
                return new IdleService(s.id(), s.name(), s.providerName(), List.copyOf(contracts.get(s.id())), e.getValue(),
                        new TreeSet<>(s.needs()), new TreeSet<>(s.areas()));
            }).sorted(Comparator.comparing(IdleService::name).thenComparing(IdleService::serviceId)).toList();
        }
    }

    /** Sums of any cells (a row, a column or a whole view of a table); utilisation of the sums is used ÷ capacity. */
    public static Totals totals(Collection<Cell> cells, Currency currency) {
        long referrals = 0;
        BigDecimal capacity = ZERO;
        BigDecimal used = ZERO;
        BigDecimal unmet = ZERO;
        BigDecimal idle = ZERO;
        BigDecimal unpriced = ZERO;
        Money unfunded = Money.zero(currency);
        for (Cell cell : cells) {
            referrals += cell.referrals();
            capacity = capacity.add(cell.capacity());
            used = used.add(cell.usedCapacity());
            unmet = unmet.add(cell.unmet());
            idle = idle.add(cell.idleCapacity());
            if (cell.unfundedDemand() == null) {
                unpriced = unpriced.add(cell.unmet());
            } else {
                unfunded = unfunded.plus(cell.unfundedDemand());
            }
        }
        BigDecimal utilisation = capacity.signum() == 0 ? null : used.divide(capacity, 4, RoundingMode.HALF_UP);
        return new Totals(referrals, capacity, used, utilisation, unmet, idle, unfunded, unpriced);
    }
}
