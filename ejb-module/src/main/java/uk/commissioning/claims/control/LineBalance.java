package uk.commissioning.claims.control;

import uk.commissioning.money.Money;

/**
 * What a claim line may take: {@code limit} (a schedule line's amount, or the contract's committed value for unit-cost
 * and cost lines), {@code takenByOthers} (what the contract's other live claims take of it: approved amounts once
 * decided, claimed amounts until then), {@code remaining}, the most this line may claim, and {@code approvedToDate},
 * the part of {@code takenByOthers} that other claims already had approved (what an approver sets beside the claim).
 */
public record LineBalance(Money limit, Money takenByOthers, Money remaining, Money approvedToDate) {
}
