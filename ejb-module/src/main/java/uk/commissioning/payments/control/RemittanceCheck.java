package uk.commissioning.payments.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;
import uk.commissioning.rules.RuleViolation.FieldProblem;

/**
 * Checks a remittance's lines against the run's scheduled lines before anything is applied: each must name a line
 * of the run (claim and fund), once, for exactly its amount, not already paid, paid on or after the run's date and in
 * a quarter open for the fund. Every fault is listed, naming its line; an empty list means all may be applied.
 */
public final class RemittanceCheck {

    private RemittanceCheck() {
    }

    /** A line of the run as the check needs it. */
    public record Scheduled(Long paymentLineId, Long fundId, Money amount, boolean paid) {
    }

    /**
     * @param scheduled the run's lines by {@link RemittanceLine#key()}
     * @param closed    whether a fund's book-keeper has closed a quarter
     */
    public static List<FieldProblem> problems(List<RemittanceLine> lines, Map<String, Scheduled> scheduled, LocalDate runDate,
                                              BiPredicate<Long, Quarter> closed) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RemittanceLine line : lines) {
            String field = "line " + line.line();
            Scheduled target = scheduled.get(line.key());
            if (target == null) {
                problems.add(new FieldProblem(field, "%s from fund %s is not in this payment run"
                        .formatted(line.claimReference(), line.fundCode())));
                continue;
            }
            List<String> faults = new ArrayList<>();
            if (!seen.add(line.key())) {
                faults.add("%s from fund %s is on an earlier line of this file too".formatted(line.claimReference(), line.fundCode()));
            }
            if (target.paid()) {
                faults.add("%s from fund %s is already paid".formatted(line.claimReference(), line.fundCode()));
            }
            Money amount = Money.of(line.amount(), target.amount().currency());
            if (!amount.equals(target.amount())) {
                faults.add("amount %s does not match the %s scheduled".formatted(amount.display(), target.amount().display()));
            }
            if (line.paidOn().isBefore(runDate)) {
                faults.add("paid date %s is before the payment run's date %s".formatted(line.paidOn(), runDate));
            } else if (closed.test(target.fundId(), Quarter.containing(line.paidOn()))) {
                faults.add("paid date %s is in %s, which is closed for fund %s".formatted(line.paidOn(),
                        Quarter.containing(line.paidOn()).label(), line.fundCode()));
            }
            if (!faults.isEmpty()) {
                problems.add(new FieldProblem(field, String.join("; ", faults)));
            }
        }
        return problems;
    }
}
