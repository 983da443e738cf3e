package uk.commissioning.home.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.commissioning.funding.control.FundPosition;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.money.Money;

/** A fund with its position, as the funds overview shows it (bar lengths in % of the largest budget on the page). */
public record FundSummary(Fund fund, FundPosition position, BigDecimal scale) {

    public FundPosition.Figures getFigures() {
        return position.total();
    }

    public Fund getFund() {
        return fund;
    }

    public String barWidth(Money amount) {
        if (scale.signum() == 0 || amount.isNegative()) {
            return "0";
        }
        return amount.amount().multiply(BigDecimal.valueOf(100)).divide(scale, 1, RoundingMode.HALF_UP).toPlainString();
    }
}
