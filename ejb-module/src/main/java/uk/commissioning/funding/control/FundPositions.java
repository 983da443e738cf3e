package uk.commissioning.funding.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.FundPartner;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.period.Quarter;

/** Positions of funds, always computed from the ledger (one grouped query over a covering index). */
@Stateless
public class FundPositions {

    @Inject
    Funds funds;

    @Inject
    Ledger ledger;

    public FundPosition asOf(Long fundId, LocalDate asOf) {
        Fund fund = funds.get(fundId);
        List<PositionCalculator.Partner> partners = new ArrayList<>();
        for (FundPartner p : fund.partners()) {
            partners.add(new PositionCalculator.Partner(p.organisation().id(), p.organisation().orgId().value(),
                    p.organisation().name(), p.shareType(), p.riskSharePct()));
        }
        if (partners.isEmpty()) {
            partners.add(new PositionCalculator.Partner(fund.owner().id(), fund.owner().orgId().value(),
                    fund.owner().name(), null, null));
        }
        FundPosition position = PositionCalculator.compute(fund.id(), fund.code(), asOf, fund.currency(),
                fund.type().isPooled(), partners, ledger.balancesAsOf(fundId, asOf));
        return position;
    }

    /** The position at the quarter's last day, and what moved during the quarter. */
    public QuarterPosition forQuarter(Long fundId, Quarter quarter) {
        FundPosition atEnd = asOf(fundId, quarter.endDate());
        FundPosition atStart = asOf(fundId, quarter.startDate().minusDays(1));
        FundPosition.Figures end = atEnd.total();
        FundPosition.Figures start = atStart.total();
        FundPosition.Figures movement = new FundPosition.Figures(
                end.budget().minus(start.budget()), end.allocated().minus(start.allocated()),
                end.committed().minus(start.committed()), end.claimed().minus(start.claimed()),
                end.approved().minus(start.approved()), end.paid().minus(start.paid()),
                end.accrued().minus(start.accrued()), end.remaining().minus(start.remaining()),
                end.forecastOutturn().minus(start.forecastOutturn()));
        return new QuarterPosition(quarter, ledger.isClosed(quarter), atEnd, movement);
    }

    public record QuarterPosition(Quarter quarter, boolean closed, FundPosition atQuarterEnd,
                                  FundPosition.Figures movementInQuarter) {
    }
}
