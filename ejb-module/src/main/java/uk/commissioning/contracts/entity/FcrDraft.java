package uk.commissioning.contracts.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import uk.commissioning.contracts.entity.FullCostRecovery.OverheadPool;
import uk.commissioning.money.Money;

/** A full-cost-recovery budget as submitted: validated field by field at the boundary, drivers checked by the calculation. */
public record FcrDraft(Currency currency, Map<OverheadPool, Money> pools, BigDecimal totalHeadcount,
                       BigDecimal totalStaffTime, List<ActivityDraft> activities) {

    public record ActivityDraft(String name, Long serviceId, BigDecimal headcount, BigDecimal staffTime,
                                BigDecimal unitsPerYear, List<CostLineDraft> lines) {

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
