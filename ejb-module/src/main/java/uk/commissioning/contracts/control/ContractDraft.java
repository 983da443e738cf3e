package uk.commissioning.contracts.control;

import java.time.LocalDate;
import java.util.List;
import uk.commissioning.contracts.entity.ContractType;
import uk.commissioning.contracts.entity.FundingShare;
import uk.commissioning.contracts.entity.ScheduleItem;
import uk.commissioning.money.Money;

/**
 * A contract as proposed, before it is a draft in the database. A subcontract names its lead contract and has no
 * funding lines; anything else names the commissioners and the funds that pay, with amounts adding up to the value
 * (checked as a {@link uk.commissioning.contracts.entity.FundingSplit}). An empty schedule means quarterly
 * instalments in arrears over the period ({@link uk.commissioning.contracts.entity.PaymentSchedule}).
 */
public record ContractDraft(String reference, String title, ContractType type, Long providerId, Long leadContractId,
                            List<Long> commissionerIds, LocalDate startDate, LocalDate endDate, Money value,
                            String conditions, Long decisionId, List<FundingShare> funding, List<ServiceLine> services,
                            List<ScheduleItem> schedule) {

    /** A service bought, and how many units a quarter (null: the whole service). */
    public record ServiceLine(Long serviceId, Integer unitsPerQuarter) {
    }
}
