package uk.commissioning.funding.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.commissioning.money.Money;

/**
 * A fund's position at a date, computed from the ledger. The lifecycle figures are cumulative: {@code committed}
 * includes what has since been claimed, approved, scheduled and paid (and what was paid and is now reclaimed,
 * {@code receivable}, since a recovery returns to the commitment); {@code approved} includes scheduled and paid;
 * {@code scheduled} (in a payment file, not yet confirmed paid) includes paid; {@code allocated} includes committed.
 * {@code remaining = budget − allocated}. {@code forecastOutturn} is paid + approved + claimed + outstanding commitments
 * (committed not yet claimed): the cumulative {@code committed}.
 */
public record FundPosition(Long fundId, String fundCode, LocalDate asOf, Figures total, List<PartnerFigures> partners) {

    public record Figures(Money budget, Money allocated, Money committed, Money claimed, Money approved, Money paid,
                          Money accrued, Money remaining, Money forecastOutturn, Money scheduled, Money receivable) {
    }

    /**
     * One partner's part: what it contributed, and its share (risk share for a pooled fund, else its share of the
     * contributions) of every figure. Shares add up to the fund's figures to the penny.
     */
    public record PartnerFigures(Long organisationId, String orgId, String name, BigDecimal sharePct, Money contributed,
                                 Figures figures) {
    }
}
