package uk.commissioning.funding.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.FundPartner;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.control.AccountBalance;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;

/**
 * Positions of funds, always computed from the ledger: the fund's last closing balance plus the postings since
 * ({@link Ledger#balancesAsOf}), ranged sums over a covering index.
 */
@Stateless
public class FundPositions {

    @Inject
    Funds funds;

    @Inject
    Ledger ledger;

    public FundPosition asOf(Long fundId, LocalDate asOf, Viewer viewer) {
        return position(funds.readable(fundId, viewer), asOf, ledger.balancesAsOf(fundId, asOf));
    }

    /**
     * The position at the quarter's last day, and what moved during the quarter. The postings are read once: those
     * before the quarter and those in it; the figures are linear in the balances, so the movement's figures are the
     * figures of the quarter's postings alone.
     */
    public QuarterPosition forQuarter(Long fundId, Quarter quarter, Viewer viewer) {
        Fund fund = funds.readable(fundId, viewer);
        List<AccountBalance> opening = ledger.balancesAsOf(fundId, quarter.startDate().minusDays(1));
        List<AccountBalance> movement = ledger.balances(fundId, quarter.startDate(), quarter.endDate());
        List<AccountBalance> closing = new ArrayList<>(opening);
        closing.addAll(movement);
        Map<Account, Money> moved = new EnumMap<>(Account.class);
        for (AccountBalance b : movement) {
            moved.merge(b.account(), Money.of(b.amount(), fund.currency()), Money::plus);
        }
        return new QuarterPosition(quarter, ledger.isClosed(fund, quarter), position(fund, quarter.endDate(), closing),
                PositionCalculator.figures(moved, fund.currency()));
    }

    private FundPosition position(Fund fund, LocalDate asOf, List<AccountBalance> balances) {
        List<PositionCalculator.Partner> partners = new ArrayList<>();
        for (FundPartner p : fund.partners()) {
            partners.add(new PositionCalculator.Partner(p.organisation().id(), p.organisation().orgId().value(),
                    p.organisation().name(), p.shareType(), p.riskSharePct()));
        }
        if (partners.isEmpty()) {
            partners.add(new PositionCalculator.Partner(fund.owner().id(), fund.owner().orgId().value(),
                    fund.owner().name(), null, null));
        }
        return PositionCalculator.compute(fund.id(), fund.code(), asOf, fund.currency(), fund.type().isPooled(),
                partners, balances);
    }

    public record QuarterPosition(Quarter quarter, boolean closed, FundPosition atQuarterEnd,
                                  FundPosition.Figures movementInQuarter) {
    }
}
