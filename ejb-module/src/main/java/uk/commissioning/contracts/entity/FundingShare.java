package uk.commissioning.contracts.entity;

import uk.commissioning.money.Money;

/** What one fund is asked to pay towards a contract; an allocation id draws the commitment from that earmark. */
public record FundingShare(Long fundId, Long allocationId, Money amount) {
}
