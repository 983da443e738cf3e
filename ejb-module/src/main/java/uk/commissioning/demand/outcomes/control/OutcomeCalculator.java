package uk.commissioning.demand.outcomes.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.demand.control.SmallNumbers;
import uk.commissioning.demand.control.SmallNumbers.Count;

/**
 * Outcomes per service and need. ONS4's four questions are reported one by one, never added into a score; each item
 * over the referrals with both a before and an after answer (pairs): mean before, mean after, mean change. For
 * anxiety a fall is an improvement ({@code lowerIsBetter}). SWEMWBS (metric score): pairs, means, and how many improved
 * by at least the meaningful change. Attendance: people with sessions recorded, total and mean sessions. A referral
 * naming several needs counts under each. Means to 2 places, shares to 4, half up. Pure, unit-tested.
 */
public final class OutcomeCalculator {

    /**
     * The fewest before/after pairs over which a mean change is called better or worse. ONS4 answers are whole numbers
     * from 0 to 10 and a person's change typically spreads by about 2 points, so over n pairs the mean change has a
     * standard error of roughly 2/√n: under 10 pairs that is over 0.6 of a point, a change of a point or so cannot be
     * told from chance, and one or two people decide the sign. Below it the direction is "too few to tell".
     */
    public static final int MIN_PAIRS_FOR_DIRECTION = 10;

    /** Which way a mean change went, for the person answering (for anxiety a fall is better). */
    public enum Direction {
        BETTER("better"), WORSE("worse"), NO_CHANGE("no change"), TOO_FEW_TO_TELL("too few to tell");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Direction of(long pairs, BigDecimal meanChange, boolean lowerIsBetter) {
            if (pairs < MIN_PAIRS_FOR_DIRECTION || meanChange == null) {
                return TOO_FEW_TO_TELL;
            }
            if (meanChange.signum() == 0) {
                return NO_CHANGE;
            }
            return (meanChange.signum() < 0) == lowerIsBetter ? BETTER : WORSE;
        }
    }

    public enum Ons4Item {
        SATISFIED(false), WORTHWHILE(false), HAPPY(false), ANXIOUS(true);

        private final boolean lowerIsBetter;

        Ons4Item(boolean lowerIsBetter) {
            this.lowerIsBetter = lowerIsBetter;
        }

        public boolean lowerIsBetter() {
            return lowerIsBetter;
        }
    }

    /** Sums over the referrals with both a before and an after score. */
    public record Pairs(long pairs, BigDecimal sumBefore, BigDecimal sumAfter) {

        public static final Pairs NONE = new Pairs(0, BigDecimal.ZERO, BigDecimal.ZERO);

        Pairs plus(Pairs other) {
            return new Pairs(pairs + other.pairs, sumBefore.add(other.sumBefore), sumAfter.add(other.sumAfter));
        }
    }

    /**
     * Referrals that share a service and a list of needs, summed (one referral is a group of one).
     *
     * @param serviceId        the directory service, or null when the referral names none (or only a free-text name)
     * @param swemwbsImproving pairs whose after − before is at least the meaningful change
     * @param attended         referrals with sessions attended recorded
     */
    public record Group(Long serviceId, String serviceName, String providerName, List<String> needs, long referrals,
                        long accepted, long declined, long didNotAttend, long completed, Map<Ons4Item, Pairs> ons4,
                        Pairs swemwbs, long swemwbsImproving, long attended, long sessions) {
    }

    public record ItemSummary(long pairs, BigDecimal meanBefore, BigDecimal meanAfter, BigDecimal meanChange,
                              boolean lowerIsBetter, Direction direction) {
    }

    /** @param shareImproving improving ÷ pairs, a fraction to 4 places */
    public record SwemwbsSummary(long pairs, BigDecimal meanBefore, BigDecimal meanAfter, BigDecimal meanChange,
                                 long improving, BigDecimal shareImproving) {
    }

    public record Attendance(long people, long totalSessions, BigDecimal meanSessions) {
    }

    public record Row(Long serviceId, String serviceName, String providerName, String needCode, String needName,
                      long referrals, long accepted, long declined, long didNotAttend, long completed,
                      Map<Ons4Item, ItemSummary> ons4, SwemwbsSummary swemwbs, Attendance attendance) {
    }

    private OutcomeCalculator() {
    }

    /** One row per service × need, by service name (no service last), then need in {@code needNames} order. */
    public static List<Row> summarise(Collection<Group> groups, Map<String, String> needNames) {
        Map<List<Object>, Group> merged = new LinkedHashMap<>();
        for (Group group : groups) {
            for (String need : group.needs().stream().distinct().toList()) {
                List<Object> key = java.util.Arrays.asList(group.serviceId(), group.serviceId() == null ? group.serviceName() : null, need);
                merged.merge(key, group, OutcomeCalculator::add);
            }
        }
        Map<String, Integer> order = new HashMap<>();
        needNames.keySet().forEach(code -> order.put(code, order.size()));
        List<Row> rows = new ArrayList<>();
        merged.forEach((key, g) -> rows.add(row(g, (String) key.get(2), needNames)));
        rows.sort(Comparator.comparing(Row::serviceName, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::serviceId, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> order.getOrDefault(r.needCode(), Integer.MAX_VALUE))
                .thenComparing(Row::needCode));
        return rows;
    }

    private static Group add(Group a, Group b) {
        Map<Ons4Item, Pairs> ons4 = new EnumMap<>(Ons4Item.class);
        for (Ons4Item item : Ons4Item.values()) {
            ons4.put(item, a.ons4().getOrDefault(item, Pairs.NONE).plus(b.ons4().getOrDefault(item, Pairs.NONE)));
        }
        return new Group(a.serviceId(), firstNonNull(a.serviceName(), b.serviceName()),
                firstNonNull(a.providerName(), b.providerName()), a.needs(), a.referrals() + b.referrals(),
                a.accepted() + b.accepted(), a.declined() + b.declined(), a.didNotAttend() + b.didNotAttend(),
                a.completed() + b.completed(), ons4, a.swemwbs().plus(b.swemwbs()),
                a.swemwbsImproving() + b.swemwbsImproving(), a.attended() + b.attended(), a.sessions() + b.sessions());
    }

    /** A referral to no directory service has no provider, and one naming no service at all no name either. */
    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static Row row(Group g, String need, Map<String, String> needNames) {
        Map<Ons4Item, ItemSummary> ons4 = new EnumMap<>(Ons4Item.class);
        for (Ons4Item item : Ons4Item.values()) {
            Pairs p = g.ons4().getOrDefault(item, Pairs.NONE);
            BigDecimal change = mean(p.sumAfter().subtract(p.sumBefore()), p.pairs());
            ons4.put(item, new ItemSummary(p.pairs(), mean(p.sumBefore(), p.pairs()), mean(p.sumAfter(), p.pairs()),
                    change, item.lowerIsBetter(), Direction.of(p.pairs(), change, item.lowerIsBetter())));
        }
        Pairs s = g.swemwbs();
        SwemwbsSummary swemwbs = new SwemwbsSummary(s.pairs(), mean(s.sumBefore(), s.pairs()), mean(s.sumAfter(), s.pairs()),
                mean(s.sumAfter().subtract(s.sumBefore()), s.pairs()), g.swemwbsImproving(),
                s.pairs() == 0 ? null : BigDecimal.valueOf(g.swemwbsImproving()).divide(BigDecimal.valueOf(s.pairs()), 4, RoundingMode.HALF_UP));
        Attendance attendance = new Attendance(g.attended(), g.sessions(), mean(BigDecimal.valueOf(g.sessions()), g.attended()));
        return new Row(g.serviceId(), g.serviceName(), g.providerName(), need, needNames.getOrDefault(need, need),
                g.referrals(), g.accepted(), g.declined(), g.didNotAttend(), g.completed(), ons4, swemwbs, attendance);
    }

    /** One ONS4 question as a viewer may see it; under 5 pairs outside the provider, no means (one person's answers). */
    public record ShownItem(Count pairs, BigDecimal meanBefore, BigDecimal meanAfter, BigDecimal meanChange,
                            Direction direction) {
    }

    public record ShownSwemwbs(Count pairs, BigDecimal meanBefore, BigDecimal meanAfter, BigDecimal meanChange,
                               Count improving, BigDecimal shareImproving) {
    }

    /** With under 5 people outside the provider, neither their sessions nor the mean. */
    public record ShownAttendance(Count people, Long totalSessions, BigDecimal meanSessions) {
    }

    /** A row as a viewer may see it ({@link SmallNumbers}); {@code exact} when nothing was hidden by rule. */
    public record Shown(Long serviceId, String serviceName, String providerName, String needCode, String needName,
                        boolean exact, Count referrals, Count accepted, Count declined, Count didNotAttend,
                        Count completed, Map<Ons4Item, ShownItem> ons4, ShownSwemwbs swemwbs, ShownAttendance attendance) {

        /** Whether the rule hid any count of this row (a viewer who is not {@code exact} may still see every one). */
        public boolean hidesAny() {
            return java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(referrals, accepted, declined, didNotAttend, completed, swemwbs.pairs(),
                            swemwbs.improving(), attendance.people()),
                    ons4.values().stream().map(ShownItem::pairs)).anyMatch(Count::isHidden);
        }
    }

    /**
     * The row as shown to a viewer: exactly to an administrator or the service's provider ({@code exact}), else with
     * {@link SmallNumbers}' rule: referrals and its four outcomes as one row (a hidden outcome cannot be got from the
     * referrals), improving and not improving as one row of the SWEMWBS pairs, and no means over fewer than 5 pairs.
     */
    public static Shown disclose(Row r, boolean exact) {
        List<Count> outcomes = SmallNumbers.row(r.referrals(),
                List.of(r.accepted(), r.declined(), r.didNotAttend(), r.completed()), exact);
        Map<Ons4Item, ShownItem> ons4 = new EnumMap<>(Ons4Item.class);
        r.ons4().forEach((item, s) -> {
            Count pairs = SmallNumbers.shown(s.pairs(), exact);
            ons4.put(item, pairs.isHidden() ? new ShownItem(pairs, null, null, null, Direction.TOO_FEW_TO_TELL)
                    : new ShownItem(pairs, s.meanBefore(), s.meanAfter(), s.meanChange(), s.direction()));
        });
        SwemwbsSummary s = r.swemwbs();
        Count pairs = SmallNumbers.shown(s.pairs(), exact);
        ShownSwemwbs swemwbs;
        if (pairs.isHidden()) {
            swemwbs = new ShownSwemwbs(pairs, null, null, null, new Count(null, SmallNumbers.Hidden.UNDER_FIVE), null);
        } else {
            Count improving = SmallNumbers.row(s.pairs(), List.of(s.improving(), s.pairs() - s.improving()), exact).get(1);
            swemwbs = new ShownSwemwbs(pairs, s.meanBefore(), s.meanAfter(), s.meanChange(), improving,
                    improving.isHidden() ? null : s.shareImproving());
        }
        Attendance a = r.attendance();
        Count people = SmallNumbers.shown(a.people(), exact);
        ShownAttendance attendance = people.isHidden() ? new ShownAttendance(people, null, null)
                : new ShownAttendance(people, a.totalSessions(), a.meanSessions());
        return new Shown(r.serviceId(), r.serviceName(), r.providerName(), r.needCode(), r.needName(), exact,
                outcomes.get(0), outcomes.get(1), outcomes.get(2), outcomes.get(3), outcomes.get(4), ons4, swemwbs,
                attendance);
    }

    private static BigDecimal mean(BigDecimal sum, long n) {
        return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }
}
