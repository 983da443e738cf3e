package uk.commissioning.contracts.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.commissioning.money.Money;
import uk.commissioning.period.FinancialYear;

/**
 * Compares what a contract pays in one financial year with the full cost (from the provider's FCR budget) of what it
 * buys in that year. Income is the contract's value net of subcontracts, pro rata to the days of the contract that fall
 * in the year; the cost of a whole service is its full cost pro rata to the days of the year the contract covers, and
 * of a number of units a quarter, the full cost per unit times those units. Pure, unit-tested.
 */
public final class RecoveryCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal QUARTERS = BigDecimal.valueOf(4);

    /** A service the contract buys, costed from the FCR budget; {@code unitsPerQuarter} null = the whole service. */
    public record CostedService(Money fullCost, Money fullCostPerUnit, Integer unitsPerQuarter) {
    }

    /** Positive shortfall: the provider subsidises the contract; percent is of the full cost. */
    public record Recovery(Money income, Money fullCost, Money shortfall, BigDecimal percentOfFullCost) {
    }

    private RecoveryCalculator() {
    }

    /** Null if the contract has no days in the year. */
    public static Recovery forYear(Money netValue, LocalDate start, LocalDate end, FinancialYear year,
                                   List<CostedService> services) {
        LocalDate from = start.isAfter(year.startDate()) ? start : year.startDate();
        LocalDate to = end.isBefore(year.endDate()) ? end : year.endDate();
        if (to.isBefore(from)) {
            return null;
        }
        BigDecimal daysInYearCovered = days(from, to);
        BigDecimal contractDays = days(start, end);
        BigDecimal daysInYear = days(year.startDate(), year.endDate());
        Money income = proRata(netValue, daysInYearCovered, contractDays);
        Money fullCost = Money.zero(netValue.currency());
        for (CostedService service : services) {
            Money yearCost = service.unitsPerQuarter() == null || service.fullCostPerUnit() == null
                    ? service.fullCost()
                    : service.fullCostPerUnit().times(BigDecimal.valueOf(service.unitsPerQuarter()).multiply(QUARTERS));
            fullCost = fullCost.plus(proRata(yearCost, daysInYearCovered, daysInYear));
        }
        Money shortfall = fullCost.minus(income);
        BigDecimal pct = fullCost.isZero() ? BigDecimal.ZERO
                : shortfall.amount().multiply(HUNDRED).divide(fullCost.amount(), 2, RoundingMode.HALF_UP);
        return new Recovery(income, fullCost, shortfall, pct);
    }

    private static Money proRata(Money amount, BigDecimal part, BigDecimal whole) {
        return Money.of(amount.amount().multiply(part).divide(whole, amount.currency().getDefaultFractionDigits(),
                RoundingMode.HALF_UP), amount.currency());
    }

    private static BigDecimal days(LocalDate from, LocalDate to) {
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to) + 1);
    }
}
