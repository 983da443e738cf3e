package uk.commissioning.contracts.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.commissioning.money.Money;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * The ACEVO / New Philanthropy Capital full-cost-recovery calculation for one organisation and year. Each overhead pool
 * is shared between the organisation's activities in proportion to a driver: premises and office by headcount, central
 * functions (finance, HR, IT) by staff time, governance and strategic development and general fundraising by
 * expenditure (direct costs). Average, not marginal, cost; no flat percentage. Every pool is recovered to the penny.
 */
public final class FullCostRecovery {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public enum Driver { HEADCOUNT, STAFF_TIME, EXPENDITURE }

    public enum OverheadPool {
        PREMISES_AND_OFFICE(Driver.HEADCOUNT),
        CENTRAL_FUNCTIONS(Driver.STAFF_TIME),
        GOVERNANCE_AND_STRATEGY(Driver.EXPENDITURE),
        FUNDRAISING(Driver.EXPENDITURE);

        private final Driver driver;

        OverheadPool(Driver driver) {
            this.driver = driver;
        }

        public Driver driver() {
            return driver;
        }

        /** How the API and the screens name the pool's amount: premisesAndOffice, centralFunctions, … */
        public String field() {
            String[] words = name().toLowerCase().split("_");
            StringBuilder name = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return name.toString();
        }
    }

    /** A post on a service: full-time equivalents, annual salary per FTE, employer on-costs as % of salary. */
    public record StaffLine(String role, BigDecimal fte, Money salary, BigDecimal onCostPct) {
        public Money cost() {
            BigDecimal exact = salary.amount().multiply(fte).multiply(HUNDRED.add(onCostPct)).divide(HUNDRED);
            return Money.of(exact.setScale(salary.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP), salary.currency());
        }
    }

    /** Travel, materials, volunteers' expenses, training, supervision, evaluation… */
    public record OtherLine(String item, Money amount) {
    }

    /**
     * One activity of the organisation (a funded service, or "other activities" so the drivers cover the whole
     * organisation), with its own headcount and staff time and how many units (referrals, sessions) it delivers a year.
     */
    public record Activity(String name, List<StaffLine> staff, List<OtherLine> other, BigDecimal headcount,
                           BigDecimal staffTime, BigDecimal unitsPerYear) {

        public Money directCost(Currency currency) {
            Money total = Money.zero(currency);
            for (StaffLine line : staff) {
                total = total.plus(line.cost());
            }
            for (OtherLine line : other) {
                total = total.plus(line.amount());
            }
            return total;
        }
    }

    /** The organisation's overhead pools and its own totals for the headcount and staff-time drivers. */
    public record Organisation(Currency currency, Map<OverheadPool, Money> pools, BigDecimal totalHeadcount,
                               BigDecimal totalStaffTime, List<Activity> activities) {
    }

    /** What one activity really costs: direct, each pool's share, full cost and full cost per unit. */
    public record ActivityCost(String name, Money direct, Map<OverheadPool, Money> overheads, Money fullCost,
                               Money fullCostPerUnit) {

        /** How far a price falls short of the full cost: the amount, and as % of the full cost (2 dp). */
        public Shortfall against(Money paid) {
            Money gap = fullCost.minus(paid);
            BigDecimal pct = fullCost.isZero() ? BigDecimal.ZERO
                    : gap.amount().multiply(HUNDRED).divide(fullCost.amount(), 2, RoundingMode.HALF_UP);
            return new Shortfall(gap, pct);
        }
    }

    /** Positive: under-recovery (the provider subsidises the funder); negative: the price exceeds full cost. */
    public record Shortfall(Money amount, BigDecimal percentOfFullCost) {
    }

    private FullCostRecovery() {
    }

    public static List<ActivityCost> calculate(Organisation org) {
        if (org.activities().isEmpty()) {
            throw new RuleViolation(Reason.FCR_DRIVERS_INVALID, "activities", "a budget needs at least one activity");
        }
        Currency currency = org.currency();
        List<Money> direct = org.activities().stream().map(a -> a.directCost(currency)).toList();
        Map<Driver, List<BigDecimal>> drivers = new EnumMap<>(Driver.class);
        drivers.put(Driver.HEADCOUNT, org.activities().stream().map(Activity::headcount).toList());
        drivers.put(Driver.STAFF_TIME, org.activities().stream().map(Activity::staffTime).toList());
        drivers.put(Driver.EXPENDITURE, direct.stream().map(Money::amount).toList());
        requireDriversAddUp(org, drivers);

        Map<OverheadPool, List<Money>> shares = new EnumMap<>(OverheadPool.class);
        for (Map.Entry<OverheadPool, Money> pool : org.pools().entrySet()) {
            shares.put(pool.getKey(), pool.getValue().allocate(drivers.get(pool.getKey().driver())));
        }
        List<ActivityCost> costs = new ArrayList<>();
        for (int i = 0; i < org.activities().size(); i++) {
            Activity activity = org.activities().get(i);
            Map<OverheadPool, Money> overheads = new LinkedHashMap<>();
            Money full = direct.get(i);
            for (OverheadPool pool : OverheadPool.values()) {
                if (shares.containsKey(pool)) {
                    Money share = shares.get(pool).get(i);
                    overheads.put(pool, share);
                    full = full.plus(share);
                }
            }
            Money perUnit = activity.unitsPerYear() == null || activity.unitsPerYear().signum() == 0 ? null
                    : Money.of(full.amount().divide(activity.unitsPerYear(), currency.getDefaultFractionDigits(),
                            RoundingMode.HALF_UP), currency);
            costs.add(new ActivityCost(activity.name(), direct.get(i), overheads, full, perUnit));
        }
        return costs;
    }

    /** Headcount and staff time per activity must add up exactly to the organisation's totals; every driver must be usable. */
    private static void requireDriversAddUp(Organisation org, Map<Driver, List<BigDecimal>> drivers) {
        List<String> problems = new ArrayList<>();
        check(problems, "headcount", drivers.get(Driver.HEADCOUNT), org.totalHeadcount());
        check(problems, "staff time", drivers.get(Driver.STAFF_TIME), org.totalStaffTime());
        for (Map.Entry<OverheadPool, Money> pool : org.pools().entrySet()) {
            Objects.requireNonNull(pool.getValue(), "pool amount");
            if (pool.getValue().isNegative()) {
                problems.add(pool.getKey() + " is negative");
            }
            List<BigDecimal> weights = drivers.get(pool.getKey().driver());
            if (pool.getValue().isPositive() && weights.stream().allMatch(w -> w.signum() == 0)) {
                problems.add(pool.getKey() + " cannot be shared: every activity's " + pool.getKey().driver() + " is zero");
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(Reason.FCR_DRIVERS_INVALID, "drivers", String.join("; ", problems));
        }
    }

    private static void check(List<String> problems, String name, List<BigDecimal> values, BigDecimal total) {
        if (values.stream().anyMatch(v -> v == null || v.signum() < 0)) {
            problems.add(name + " must be given for every activity and not be negative");
            return;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total == null || sum.compareTo(total) != 0) {
            problems.add("%s adds up to %s across activities but the organisation's total is %s"
                    .formatted(name, sum.stripTrailingZeros().toPlainString(),
                            total == null ? "missing" : total.stripTrailingZeros().toPlainString()));
        }
    }
}
