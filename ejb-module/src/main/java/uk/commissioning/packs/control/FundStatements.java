package uk.commissioning.packs.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import uk.commissioning.funding.control.FundPositions;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.identity.Viewer;
import uk.commissioning.period.Quarter;

/** Builds fund position statements from the ledger, for what the viewer may see. */
@Stateless
public class FundStatements {

    @Inject
    Funds funds;

    @Inject
    FundPositions positions;

    /**
     * The statement of a fund at the end of a quarter. Another tenant's fund is "not found", exactly as its position
     * is: both lookups go through the viewer.
     */
    public FundStatement forQuarter(Long fundId, Quarter quarter, Viewer viewer) {
        FundStatement.Heading fund = FundStatement.Heading.of(funds.readable(fundId, viewer));
        return FundStatement.of(fund, positions.forQuarter(fundId, quarter, viewer), Instant.now(), viewer.username());
    }
}
