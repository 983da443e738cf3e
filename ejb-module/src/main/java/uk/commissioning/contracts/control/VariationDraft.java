package uk.commissioning.contracts.control;

import java.time.LocalDate;
import java.util.List;
import uk.commissioning.contracts.entity.FundingShare;
import uk.commissioning.contracts.entity.ScheduleItem;
import uk.commissioning.money.Money;

/**
 * A change to an active contract. Null value, start or end means unchanged. {@code funding} gives each fund's new
 * share when the value changes (otherwise the change is split in proportion to the current shares); {@code schedule}
 * replaces the part of the payment schedule still to come on the effective date (otherwise that part is re-spread
 * quarterly); what fell due before it, and milestones whose report was accepted, stay as they are.
 */
public record VariationDraft(Long decisionId, String reason, LocalDate effectiveDate, Money newValue,
                             LocalDate newStartDate, LocalDate newEndDate, List<FundingShare> funding,
                             List<ContractDraft.ServiceLine> addServices, List<Long> removeServices,
                             List<ScheduleItem> schedule) {
}
