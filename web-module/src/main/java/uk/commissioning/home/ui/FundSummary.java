package uk.commissioning.home.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import uk.commissioning.funding.control.FundPosition;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.money.Money;

/**
 * A fund with its position at the fund's default date (its year end, or today while the year runs), as the home
 * cards and the funds overview show it; bar lengths in % of the largest budget on the page.
 */
public record FundSummary(Fund fund, FundPosition position, BigDecimal scale) {

    public FundPosition.Figures getFigures() {
        return position.total();
    }

    public Fund getFund() {
        return fund;
    }

    public LocalDate getAsOf() {
        return position.asOf();
    }

    public String barWidth(Money amount) {
        if (scale.signum() == 0 || amount.isNegative()) {
            return "0";
        }
        return amount.amount().multiply(BigDecimal.valueOf(100)).divide(scale, 1, RoundingMode.HALF_UP).toPlainString();
    }

    /** The share of this fund's own budget, for one part of its stacked bar (allocated, remaining). */
    public String shareOfBudget(Money amount) {
        BigDecimal budget = position.total().budget().amount();
        if (budget.signum() <= 0 || amount.isNegative()) {
            return "0";
        }
        return amount.amount().multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_UP).toPlainString();
    }
}
