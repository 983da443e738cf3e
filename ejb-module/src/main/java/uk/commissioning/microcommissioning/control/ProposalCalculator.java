package uk.commissioning.microcommissioning.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.commissioning.demand.matching.control.MatchingCalculator;
import uk.commissioning.money.Money;

/**
 * How a micro-commissioning pot is shared among the gaps matching found. Each gap (a cell's unfunded demand in £)
 * gets a weight = gap × deprivation weight, where the deprivation weight is the area's IMD 2019 average score over the
 * population-weighted mean score of the areas in scope (1 when deprivation weighting is off). The amount is shared in
 * proportion to weight, each share capped at min(maximum award, gap), and what a capped share cannot take is shared
 * again among the others (water-filling). Then, while some share rounds down below the minimum award, the smallest is
 * dropped and the amount shared again among the rest. Awards are rounded down to whole pounds; what is left over is
 * reported as unallocated. Pure, unit-tested.
 */
public final class ProposalCalculator {

    private static final int SCALE = 10;

    /** Why a line got what it got. */
    public enum Outcome {
        /** Its share in proportion to its weight. */
        SHARE,
        /** Held at the maximum award. */
        CAPPED_AT_MAXIMUM,
        /** Held at its gap: it needs no more. */
        CAPPED_AT_GAP,
        /** Dropped: its share was below the minimum award. */
        BELOW_MINIMUM
    }

    /** A gap to fund: a cell's unfunded demand and its area's deprivation weight (4 places). */
    public record Gap(Money unfunded, BigDecimal deprivationWeight) {
    }

    /** @param weight gap × deprivation weight, to 4 places */
    public record Award(Gap gap, BigDecimal weight, Money amount, Outcome outcome) {
    }

    public record Result(List<Award> awards, Money total, Money unallocated) {
    }

    private ProposalCalculator() {
    }

    /** A gap's weight: its unfunded demand times its deprivation weight, to 4 places. */
    public static BigDecimal weight(Gap gap) {
        return gap.unfunded().amount().multiply(gap.deprivationWeight()).setScale(4, RoundingMode.HALF_UP);
    }

    /** An area's IMD score over the mean of the areas in scope, to 4 places. */
    public static BigDecimal deprivationWeight(BigDecimal areaScore, BigDecimal meanScore) {
        return areaScore.divide(meanScore, 4, RoundingMode.HALF_UP);
    }

    /** Shares {@code amount} among the gaps, in their order (which decides ties). */
    public static Result share(List<Gap> gaps, Money amount, Money minAward, Money maxAward) {
        int n = gaps.size();
        List<BigDecimal> weights = new ArrayList<>(n);
        List<BigDecimal> caps = new ArrayList<>(n);
        for (Gap gap : gaps) {
            weights.add(weight(gap));
            caps.add(gap.unfunded().amount().min(maxAward.amount()));
        }
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        BigDecimal[] shares;
        while (true) {
            shares = waterFill(amount.amount(), weights, caps, active);
            int drop = -1;
            for (int i = 0; i < n; i++) {
                if (!active[i] || wholePounds(shares[i]).compareTo(minAward.amount()) >= 0) {
                    continue;
                }
                if (drop < 0 || shares[i].compareTo(shares[drop]) < 0
                        || (shares[i].compareTo(shares[drop]) == 0 && weights.get(i).compareTo(weights.get(drop)) <= 0)) {
                    drop = i;
                }
            }
            if (drop < 0) {
                break;
            }
            active[drop] = false;
        }
        List<Award> awards = new ArrayList<>(n);
        Money total = Money.zero(amount.currency());
        for (int i = 0; i < n; i++) {
            Money award = Money.of(active[i] ? wholePounds(shares[i]) : BigDecimal.ZERO, amount.currency());
            Outcome outcome = !active[i] ? Outcome.BELOW_MINIMUM
                    : shares[i].compareTo(caps.get(i)) < 0 ? Outcome.SHARE
                    : maxAward.amount().compareTo(gaps.get(i).unfunded().amount()) < 0 ? Outcome.CAPPED_AT_MAXIMUM
                    : Outcome.CAPPED_AT_GAP;
            awards.add(new Award(gaps.get(i), weights.get(i), award, outcome));
            total = total.plus(award);
        }
        return new Result(awards, total, amount.minus(total));
    }

    /**
     * Shares in proportion to weight among the active lines; any share above its cap is held at the cap and the rest
     * shared again, until no share exceeds its cap. Exact to ten places.
     */
    static BigDecimal[] waterFill(BigDecimal amount, List<BigDecimal> weights, List<BigDecimal> caps, boolean[] active) {
        int n = weights.size();
        BigDecimal[] shares = new BigDecimal[n];
        Arrays.fill(shares, BigDecimal.ZERO);
        boolean[] held = new boolean[n];
        while (true) {
            BigDecimal remaining = amount;
            BigDecimal weight = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                if (active[i] && held[i]) {
                    remaining = remaining.subtract(caps.get(i));
                } else if (active[i]) {
                    weight = weight.add(weights.get(i));
                }
            }
            if (weight.signum() == 0) {
                return shares;
            }
            boolean capped = false;
            for (int i = 0; i < n; i++) {
                if (active[i] && !held[i]) {
                    shares[i] = remaining.multiply(weights.get(i)).divide(weight, SCALE, RoundingMode.HALF_UP);
                    if (shares[i].compareTo(caps.get(i)) > 0) {
                        shares[i] = caps.get(i);
                        held[i] = true;
                        capped = true;
                    }
                }
            }
            if (!capped) {
                return shares;
            }
        }
    }

    /**
     * The sentence a line carries: the cell's figures, the weight and why the award is what it is.
     *
     * @param deprivation how the deprivation weight came about, e.g. "IMD 2019 score 30.00 against 22.00 across the
     *                    areas in scope", or "deprivation weighting off"
     */
    public static String explanation(MatchingCalculator.Cell cell, String periodLabel, String deprivation, Award award,
                                     Money shared, Money minAward, Money maxAward) {
        String figures = "%s in %s, %s: %d referrals against contracted capacity for %s people leave %s unmet; at %s a "
                + "person (%s) that is %s of unfunded demand. Deprivation weight %s (%s) makes its weight %s. ";
        String text = figures.formatted(cell.needName(), cell.areaName(), periodLabel, cell.referrals(),
                people(cell.capacity()), people(cell.unmet()), cell.unitCost().display(),
                cell.unitCostSource() == MatchingCalculator.UnitCostSource.CONTRACTED ? "contracted services here"
                        : "directory services offering the need", award.gap().unfunded().display(),
                award.gap().deprivationWeight().toPlainString(), deprivation, award.weight().toPlainString());
        return text + switch (award.outcome()) {
            case SHARE -> "Its share of the " + shared.display() + " shared, in proportion to weight and rounded down to "
                    + "whole pounds, is " + award.amount().display() + ".";
            case CAPPED_AT_MAXIMUM -> "Its share reaches the maximum award, so it gets " + award.amount().display()
                    + " (the maximum " + maxAward.display() + ", in whole pounds) and the rest goes to the other lines.";
            case CAPPED_AT_GAP -> "Its share covers its whole unfunded demand, so it gets " + award.amount().display()
                    + " (in whole pounds) and the rest goes to the other lines.";
            case BELOW_MINIMUM -> "Its share would be below the minimum award of " + minAward.display()
                    + ", so it gets nothing and its share goes to the other lines.";
        };
    }

    /**
     * People in whole numbers for a sentence: capacity is shared among cells to the hundredth of a person (so sums are
     * exact), but nobody reads "189.79 people"; a rounded figure says "about".
     */
    static String people(BigDecimal people) {
        BigDecimal whole = people.setScale(0, RoundingMode.HALF_UP);
        return (whole.compareTo(people) == 0 ? "" : "about ") + whole.toPlainString();
    }

    private static BigDecimal wholePounds(BigDecimal share) {
        return share.setScale(0, RoundingMode.DOWN);
    }
}
