package uk.commissioning.ledger.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states money can be in within a fund. Money enters a fund from a partner (a credit to {@link #FUNDING},
 * a debit to {@link #AVAILABLE}) and then moves forward: available → allocated → committed → claimed → approved → paid.
 * A payment run moves approved money to scheduled (in the payment file sent to the finance system) and the
 * remittance moves it to paid. A reclaim of an overpayment moves paid money to receivable (owed back by the provider)
 * until it is recovered. Every journal entry sums to zero, so the whole ledger does too. Accruals are a memo pair
 * outside the budget.
 */
public enum Account {
    /** Contra account: money put in by partners (negative = contributed). Carries the partner. */
    FUNDING,
    AVAILABLE,
    ALLOCATED,
    COMMITTED,
    CLAIMED,
    APPROVED,
    /** Approved and in a payment file sent to the finance system, not yet confirmed paid by its remittance. */
    SCHEDULED,
    PAID,
    /** Paid to a provider and reclaimed as an overpayment: owed back to the fund until it is recovered. */
    RECEIVABLE,
    /** Approved-but-unpaid recognised at quarter end; memo, does not change the budget. */
    ACCRUED,
    ACCRUAL_OFFSET;

    private static final Set<Account> BUDGET_STATES = EnumSet.of(AVAILABLE, ALLOCATED, COMMITTED, CLAIMED, APPROVED, SCHEDULED, PAID, RECEIVABLE);

    /** True for the states whose sum is the fund's budget; none of them may go below zero. */
    public boolean isBudgetState() {
        return BUDGET_STATES.contains(this);
    }
}
