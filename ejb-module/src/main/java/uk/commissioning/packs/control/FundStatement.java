package uk.commissioning.packs.control;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import uk.commissioning.funding.control.FundPosition.Figures;
import uk.commissioning.funding.control.FundPosition.PartnerFigures;
import uk.commissioning.funding.control.FundPositions.QuarterPosition;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.FundType;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.period.Quarter;

/**
 * Everything a fund position statement shows, so that rendering it looks nothing up: the fund, its position at the
 * quarter's last day, what moved during the quarter, the per-partner split, and who asked for it and when.
 */
public record FundStatement(Heading fund, Quarter quarter, boolean quarterClosed, Figures atQuarterEnd,
                            Figures movementInQuarter, List<PartnerFigures> partners, Instant generatedAt,
                            String generatedBy) {

    public FundStatement {
        partners = List.copyOf(partners);
    }

    /** The fund as the statement names it; {@code host} and {@code poolManager} only for a pooled fund. */
    public record Heading(String code, String name, FundType type, String owner, String host, String poolManager,
                          FinancialYear financialYear, Currency currency) {

        public static Heading of(Fund fund) {
            return new Heading(fund.code(), fund.name(), fund.type(), fund.owner().name(),
                    fund.host() == null ? null : fund.host().name(),
                    fund.poolManager() == null ? null : fund.poolManager().name(), fund.financialYear(), fund.currency());
        }
    }

    public static FundStatement of(Heading fund, QuarterPosition position, Instant generatedAt, String generatedBy) {
        return new FundStatement(fund, position.quarter(), position.closed(), position.atQuarterEnd().total(),
                position.movementInQuarter(), position.atQuarterEnd().partners(), generatedAt, generatedBy);
    }

    /**
     * A fund with one body behind it has a single "partner" carrying the whole position: a table repeating the
     * totals would only add a row to check. Pooled funds, and funds several bodies contributed to, get the split.
     */
    public boolean showsPartnerSplit() {
        return fund.type().isPooled() || partners.size() > 1;
    }
}
