package uk.commissioning.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;
import uk.commissioning.rules.RuleViolation.FieldProblem;

class RemittanceCheckTest {

    private static final LocalDate RUN = LocalDate.of(2019, 7, 10);
    private static final Map<String, RemittanceCheck.Scheduled> SCHEDULED = Map.of(
            "CLM-12/A", new RemittanceCheck.Scheduled(1L, 10L, Money.pounds("1200.00"), false),
            "CLM-12/B", new RemittanceCheck.Scheduled(2L, 20L, Money.pounds("600.00"), false),
            "CLM-13/A", new RemittanceCheck.Scheduled(3L, 10L, Money.pounds("50.00"), true));

    private static RemittanceLine line(int n, String claim, String fund, String amount, LocalDate paid) {
        return new RemittanceLine(n, claim, fund, new BigDecimal(amount), paid, "R" + n);
    }

    @Test
    void matchingLinesPass() {
        assertEquals(List.of(), RemittanceCheck.problems(List.of(line(2, "CLM-12", "A", "1200.00", RUN),
                line(3, "CLM-12", "B", "600.00", RUN.plusDays(5))), SCHEDULED, RUN, (fund, q) -> false));
    }

    @Test
    void everyFaultIsNamedByItsLine() {
        // Q2 2019-20 is closed for fund 20 (fund B) only.
        List<FieldProblem> problems = RemittanceCheck.problems(List.of(
                line(2, "CLM-12", "A", "1000.00", RUN),
                line(3, "CLM-99", "A", "1.00", RUN),
                line(4, "CLM-12", "B", "600.00", RUN.minusDays(1)),
                line(5, "CLM-12", "A", "1200.00", RUN),
                line(6, "CLM-13", "A", "50.00", RUN),
                line(7, "CLM-12", "B", "600.00", RUN)), SCHEDULED, RUN,
                (fund, q) -> fund == 20L && q.equals(Quarter.parse("2019-20 Q2")));
        assertEquals(List.of(
                new FieldProblem("line 2", "amount £1,000.00 does not match the £1,200.00 scheduled"),
                new FieldProblem("line 3", "CLM-99 from fund A is not in this payment run"),
                new FieldProblem("line 4", "paid date 2019-07-09 is before the payment run's date 2019-07-10"),
                new FieldProblem("line 5", "CLM-12 from fund A is on an earlier line of this file too"),
                new FieldProblem("line 6", "CLM-13 from fund A is already paid"),
                new FieldProblem("line 7", "CLM-12 from fund B is on an earlier line of this file too; paid date 2019-07-10 is in "
                        + "2019-20 Q2, which is closed for fund B")), problems);
    }
}
