package uk.commissioning.contracts.entity;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import uk.commissioning.contracts.control.FullCostRecovery.OverheadPool;
import uk.commissioning.money.Money;

/** A full-cost-recovery budget as submitted: validated field by field at the boundary, drivers checked by the calculation. */
public record FcrDraft(Currency currency, Map<OverheadPool, Money> pools, BigDecimal totalHeadcount,
                       BigDecimal totalStaffTime, List<ActivityDraft> activities) {

    public record ActivityDraft(String name, Long serviceId, BigDecimal headcount, BigDecimal staffTime,
                                BigDecimal unitsPerYear, List<CostLineDraft> lines) {
    }

    /** STAFF lines carry fte, salary and onCostPct; every other category carries amount. */
    public record CostLineDraft(CostCategory category, String description, BigDecimal fte, Money salary,
                                BigDecimal onCostPct, Money amount) {
    }
}
