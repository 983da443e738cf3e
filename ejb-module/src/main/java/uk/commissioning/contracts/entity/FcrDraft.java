package uk.commissioning.contracts.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import uk.commissioning.contracts.entity.FullCostRecovery.OverheadPool;
import uk.commissioning.contracts.entity.FullCostRecovery;
import uk.commissioning.money.Money;
import uk.commissioning.rules.InputRules;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * A full-cost-recovery budget as submitted. Its input rules ({@link #enforceInputRules}) are the one check of every
 * figure for the API and the screen alike; whether the drivers add up is the calculation's.
 */
public record FcrDraft(Currency currency, Map<OverheadPool, Money> pools, BigDecimal totalHeadcount,
                       BigDecimal totalStaffTime, List<ActivityDraft> activities) {

    /**
     * Every pool amount, total, name, description and figure given and none negative, at least one activity: else
     * INVALID_INPUT naming each field as the API does ({@code premisesAndOffice}, {@code activities[0].lines[1].fte}).
     */
    public void enforceInputRules() {
        InputRules rules = new InputRules();
        for (OverheadPool pool : OverheadPool.values()) {
            Money amount = pools == null ? null : pools.get(pool);
            rules.requiredNotNegative(pool.field(), amount);
        }
        rules.requiredNotNegative("totalHeadcount", totalHeadcount).requiredNotNegative("totalStaffTime", totalStaffTime);
        rules.unless(activities != null && !activities.isEmpty(), "activities",
                "is required: at least one activity (a service, and the organisation's other work)");
        for (int i = 0; activities != null && i < activities.size(); i++) {
            activities.get(i).check(rules, "activities[" + i + "].");
        }
        rules.enforce();
    }

    /**
     * Every pool and cost line in the budget's own currency: else MIXED_CURRENCY naming the first figure that is not.
     * Run after {@link #enforceInputRules}, so every figure is present; the calculation would otherwise fail adding
     * pounds to euros, which is a server error to the caller rather than their mistake named.
     */
    public void requireOneCurrency() {
        for (OverheadPool pool : OverheadPool.values()) {
            requireCurrency(pools.get(pool), pool.field());
        }
        for (int i = 0; i < activities.size(); i++) {
            List<CostLineDraft> lines = activities.get(i).lines();
            for (int j = 0; lines != null && j < lines.size(); j++) {
                CostLineDraft line = lines.get(j);
                String at = "activities[" + i + "].lines[" + j + "].";
                requireCurrency(line.isStaff() ? line.salary() : line.amount(), at + (line.isStaff() ? "salary" : "amount"));
            }
        }
    }

    private void requireCurrency(Money money, String field) {
        if (money != null && !money.currency().equals(currency)) {
            throw new RuleViolation(Reason.MIXED_CURRENCY, field, "is in " + money.currency().getCurrencyCode()
                    + " but the budget is in " + currency.getCurrencyCode());
        }
    }

    public record ActivityDraft(String name, Long serviceId, BigDecimal headcount, BigDecimal staffTime,
                                BigDecimal unitsPerYear, List<CostLineDraft> lines) {

        void check(InputRules rules, String at) {
            rules.required(at + "name", name).requiredNotNegative(at + "headcount", headcount)
                    .requiredNotNegative(at + "staffTime", staffTime).notNegative(at + "unitsPerYear", unitsPerYear);
            for (int j = 0; lines != null && j < lines.size(); j++) {
                lines.get(j).check(rules, at + "lines[" + j + "].");
            }
        }

        FullCostRecovery.Activity calculation() {
            List<FullCostRecovery.StaffLine> staff = new ArrayList<>();
            List<FullCostRecovery.OtherLine> other = new ArrayList<>();
            for (CostLineDraft line : lines) {
                if (line.isStaff()) {
                    staff.add(line.staffLine());
                } else {
                    other.add(new FullCostRecovery.OtherLine(line.description(), line.amount()));
                }
            }
            return new FullCostRecovery.Activity(name, staff, other, headcount, staffTime, unitsPerYear);
        }
    }

    /** STAFF lines carry fte, salary and onCostPct; every other category carries amount. */
    public record CostLineDraft(CostCategory category, String description, BigDecimal fte, Money salary,
                                BigDecimal onCostPct, Money amount) {

        boolean isStaff() {
            return category == CostCategory.STAFF;
        }

        /** A STAFF line needs its FTE, salary and on-cost %; any other line its amount. */
        void check(InputRules rules, String at) {
            rules.required(at + "category", category).required(at + "description", description);
            if (isStaff()) {
                rules.requiredNotNegative(at + "fte", fte).requiredNotNegative(at + "salary", salary)
                        .requiredNotNegative(at + "onCostPct", onCostPct);
            } else {
                rules.requiredNotNegative(at + "amount", amount);
            }
        }

        FullCostRecovery.StaffLine staffLine() {
            return new FullCostRecovery.StaffLine(description, fte, salary, onCostPct);
        }

        /** What the line costs a year: the staff cost with on-costs, or the amount. */
        Money cost() {
            return isStaff() ? staffLine().cost() : amount;
        }
    }

    /** The calculation's view of the budget: the one translation, for a draft being checked and a stored budget alike. */
    public FullCostRecovery.Organisation calculation() {
        return new FullCostRecovery.Organisation(currency, pools, totalHeadcount, totalStaffTime,
                activities.stream().map(ActivityDraft::calculation).toList());
    }
}
