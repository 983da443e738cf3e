package uk.commissioning.funding.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.funding.entity.RiskShareType;
import uk.commissioning.ledger.control.AccountBalance;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.money.Money;

/**
 * Turns account balances into a position, and splits it between partners. Pure arithmetic, no database, so the
 * rules are unit-tested on their own.
 */
public final class PositionCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A partner as the calculator needs it: fixed share in %, or {@code null} for a share that follows contributions. */
    public record Partner(Long organisationId, String orgId, String name, RiskShareType shareType, BigDecimal fixedPct) {
    }

    private PositionCalculator() {
    }

    public static FundPosition.Figures figures(Map<Account, Money> balances, Currency currency) {
        Money zero = Money.zero(currency);
        Money paid = balances.getOrDefault(Account.PAID, zero);
        Money scheduled = balances.getOrDefault(Account.SCHEDULED, zero).plus(paid);
        Money approved = balances.getOrDefault(Account.APPROVED, zero).plus(scheduled);
        Money claimed = balances.getOrDefault(Account.CLAIMED, zero).plus(approved);
        Money receivable = balances.getOrDefault(Account.RECEIVABLE, zero);
        Money committed = balances.getOrDefault(Account.COMMITTED, zero).plus(receivable).plus(claimed);
        Money allocated = balances.getOrDefault(Account.ALLOCATED, zero).plus(committed);
        Money remaining = balances.getOrDefault(Account.AVAILABLE, zero);
        Money budget = remaining.plus(allocated);
        Money accrued = balances.getOrDefault(Account.ACCRUED, zero);
        // Forecast outturn: what the fund will have spent if every commitment is claimed and paid — paid + approved +
        // claimed + committed not yet claimed, i.e. the cumulative committed figure. Earmarks not yet committed are
        // intentions, not spend, so allocated money no longer counts (issue 12).
        return new FundPosition.Figures(budget, allocated, committed, claimed, approved, paid, accrued, remaining, committed,
                scheduled, receivable);
    }

    /**
     * @param pooled     whether risk shares apply; otherwise partners share in proportion to what they contributed
     * @param partners   the fund's partners (for a fund with none, the owner alone)
     */
    public static FundPosition compute(Long fundId, String fundCode, java.time.LocalDate asOf, Currency currency,
                                       boolean pooled, List<Partner> partners, List<AccountBalance> balances) {
        Map<Account, Money> byAccount = new EnumMap<>(Account.class);
        Map<Long, Money> contributedBy = new LinkedHashMap<>();
        for (AccountBalance b : balances) {
            Money amount = Money.of(b.amount(), currency);
            byAccount.merge(b.account(), amount, Money::plus);
            if (b.account() == Account.FUNDING && b.partnerId() != null) {
                contributedBy.merge(b.partnerId(), amount.negate(), Money::plus);
            }
        }
        FundPosition.Figures total = figures(byAccount, currency);

        List<Partner> sharing = new ArrayList<>(partners);
        for (Long contributor : contributedBy.keySet()) {
            if (sharing.stream().noneMatch(p -> p.organisationId().equals(contributor))) {
                sharing.add(new Partner(contributor, null, null, RiskShareType.VARIABLE, null));
            }
        }
        List<BigDecimal> weights = shares(pooled, sharing, contributedBy, currency);
        List<FundPosition.PartnerFigures> split = new ArrayList<>();
        if (!sharing.isEmpty()) {
            // Split the budget and the lifecycle figures; each partner's remaining is then its budget less its
            // allocated, so every row adds up and every column sums to the fund's figure to the penny.
            List<List<Money>> columns = List.of(
                    total.budget().allocate(weights), total.allocated().allocate(weights),
                    total.committed().allocate(weights), total.claimed().allocate(weights),
                    total.approved().allocate(weights), total.paid().allocate(weights),
                    total.accrued().allocate(weights), total.scheduled().allocate(weights),
                    total.receivable().allocate(weights));
            BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            for (int i = 0; i < sharing.size(); i++) {
                Partner p = sharing.get(i);
                int row = i;
                List<Money> c = columns.stream().map(col -> col.get(row)).toList();
                Money remaining = c.get(0).minus(c.get(1));
                BigDecimal pct = weights.get(i).multiply(HUNDRED).divide(weightSum, 2, RoundingMode.HALF_UP);
                split.add(new FundPosition.PartnerFigures(p.organisationId(), p.orgId(), p.name(), pct,
                        contributedBy.getOrDefault(p.organisationId(), Money.zero(currency)),
                        new FundPosition.Figures(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6),
                                remaining, c.get(2), c.get(7), c.get(8))));
            }
        }
        return new FundPosition(fundId, fundCode, asOf, total, split);
    }

    /**
     * Pooled: fixed partners take their %, variable partners share what is left by contribution (equally while
     * nobody has contributed). Not pooled: by contribution, equally while nobody has contributed.
     */
    static List<BigDecimal> shares(boolean pooled, List<Partner> partners, Map<Long, Money> contributedBy,
                                   Currency currency) {
        List<BigDecimal> weights = new ArrayList<>();
        BigDecimal fixedTotal = BigDecimal.ZERO;
        if (pooled) {
            for (Partner p : partners) {
                if (p.shareType() == RiskShareType.FIXED && p.fixedPct() != null) {
                    fixedTotal = fixedTotal.add(p.fixedPct());
                }
            }
        }
        BigDecimal variablePool = HUNDRED.subtract(fixedTotal);
        BigDecimal variableContributions = BigDecimal.ZERO;
        int variableCount = 0;
        for (Partner p : partners) {
            if (!pooled || p.shareType() != RiskShareType.FIXED) {
                variableCount++;
                variableContributions = variableContributions.add(
                        contributedBy.getOrDefault(p.organisationId(), Money.zero(currency)).amount().max(BigDecimal.ZERO));
            }
        }
        for (Partner p : partners) {
            if (pooled && p.shareType() == RiskShareType.FIXED) {
                weights.add(p.fixedPct() == null ? BigDecimal.ZERO : p.fixedPct());
            } else if (variableContributions.signum() > 0) {
                BigDecimal contributed = contributedBy.getOrDefault(p.organisationId(), Money.zero(currency))
                        .amount().max(BigDecimal.ZERO);
                weights.add(variablePool.multiply(contributed).divide(variableContributions, 10, RoundingMode.HALF_EVEN));
            } else {
                weights.add(variablePool.divide(BigDecimal.valueOf(variableCount), 10, RoundingMode.HALF_EVEN));
            }
        }
        if (weights.stream().allMatch(w -> w.signum() == 0)) {
            weights.replaceAll(w -> BigDecimal.ONE);
        }
        return weights;
    }
}
