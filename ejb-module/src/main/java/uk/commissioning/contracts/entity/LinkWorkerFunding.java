package uk.commissioning.contracts.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.commissioning.money.Money;

/**
 * What a social prescribing link-worker post costs and what the NHS Additional Roles Reimbursement pays for it. The
 * scheme reimburses salary and employer on-costs up to a maximum per whole-time post; a non-NHS employer's on-costs are
 * reimbursed only up to a cap (£2,400 a post from November 2019). Supervision, travel, IT and premises are not
 * reimbursed, so the true cost is higher and someone has to top the post up.
 */
public final class LinkWorkerFunding {

    private LinkWorkerFunding() {
    }

    /** The scheme's limits for a year: the maximum per whole-time post, and the on-cost cap for non-NHS employers. */
    public record Scheme(Money maximumPerWholeTimePost, Money nonNhsOnCostCap) {
    }

    public record Post(String employer, boolean nhsEmployer, List<String> pcnsServed, BigDecimal fte, Money salary,
                       Money employerOnCosts, Money supervision, Money travel, Money it, Money premises, String toppedUpBy) {
    }

    public record Costing(Money salaryAndOnCosts, Money reimbursable, Money trueCost, Money shortfall, String toppedUpBy) {
    }

    /** Salary and on-costs are for the post as worked (its FTE); the maximum scales with FTE. */
    public static Costing cost(Post post, Scheme scheme) {
        Money onCostsReimbursable = post.nhsEmployer() || !post.employerOnCosts().isGreaterThan(scheme.nonNhsOnCostCap())
                ? post.employerOnCosts() : scheme.nonNhsOnCostCap();
        Money claimed = post.salary().plus(onCostsReimbursable);
        Money maximum = Money.of(scheme.maximumPerWholeTimePost().amount().multiply(post.fte())
                .setScale(2, RoundingMode.HALF_UP), scheme.maximumPerWholeTimePost().currency());
        Money reimbursable = claimed.isGreaterThan(maximum) ? maximum : claimed;
        Money salaryAndOnCosts = post.salary().plus(post.employerOnCosts());
        Money trueCost = salaryAndOnCosts.plus(post.supervision()).plus(post.travel()).plus(post.it()).plus(post.premises());
        return new Costing(salaryAndOnCosts, reimbursable, trueCost, trueCost.minus(reimbursable), post.toppedUpBy());
    }
}
