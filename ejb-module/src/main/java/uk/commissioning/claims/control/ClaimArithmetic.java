package uk.commissioning.claims.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.money.Money;

/** The pure sums of claiming, unit-tested on their own: line amounts, what remains of a line, splits across funds. */
public final class ClaimArithmetic {

    private ClaimArithmetic() {
    }

    /** A unit-cost line: units × the service's unit cost, exact (unit costs are in pence). */
    public static Money unitCostAmount(int units, Money unitPrice) {
        return unitPrice.times(BigDecimal.valueOf(units));
    }

    /** What a line can still claim: its limit less what other live claims take of it (never below zero). */
    public static Money remaining(Money limit, Money takenByOthers) {
        Money left = limit.minus(takenByOthers);
        return left.isNegative() ? Money.zero(limit.currency()) : left;
    }

    /**
     * {@code total} split across funds in proportion to {@code weights} (fund id → share), largest remainder, so the
     * parts add up to the penny; a single fund takes all of it.
     */
    public static Map<Long, Money> split(Money total, Map<Long, Money> weights) {
        List<Long> funds = new ArrayList<>(weights.keySet());
        List<Money> parts = funds.size() == 1 ? List.of(total)
                : total.allocate(funds.stream().map(f -> weights.get(f).amount()).toList());
        Map<Long, Money> split = new LinkedHashMap<>();
        for (int i = 0; i < funds.size(); i++) {
            split.put(funds.get(i), parts.get(i));
        }
        return split;
    }

    /**
     * What a claim's recoveries give back to each of its lines: {@code recovered} in proportion to the lines' approved
     * amounts (largest remainder, to the penny), since a reclaim is raised on the claim, not on a line. No recovery,
     * or nothing approved to weigh it by: zero for every line.
     */
    public static List<BigDecimal> recoveredPerLine(BigDecimal recovered, List<BigDecimal> approved) {
        List<BigDecimal> weights = approved.stream().map(a -> a == null ? BigDecimal.ZERO : a).toList();
        if (recovered == null || recovered.signum() == 0 || weights.stream().allMatch(w -> w.signum() == 0)) {
            return weights.stream().map(w -> BigDecimal.ZERO.setScale(2)).toList();
        }
        return Money.allocate(recovered.setScale(2), weights);
    }
}
