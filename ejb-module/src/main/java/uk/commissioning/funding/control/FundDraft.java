package uk.commissioning.funding.control;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import uk.commissioning.funding.entity.FundType;
import uk.commissioning.funding.entity.RiskShareType;
import uk.commissioning.period.FinancialYear;

/** What it takes to set up a fund; validated by {@link Funds#create}. */
public record FundDraft(String code, String name, FundType type, Long ownerId, FinancialYear financialYear,
                        String purpose, Currency currency, Long hostId, Long poolManagerId, List<PartnerShare> partners) {

    public record PartnerShare(Long organisationId, RiskShareType shareType, BigDecimal riskSharePct) {
    }
}
