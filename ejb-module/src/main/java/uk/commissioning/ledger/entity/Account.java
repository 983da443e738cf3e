package uk.commissioning.ledger.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states money can be in within a fund. Money enters a fund from a partner (a credit to {@link #FUNDING},
 * a debit to {@link #AVAILABLE}) and then moves forward: available → allocated → committed → claimed → approved → paid.
 * Every journal entry sums to zero, so the whole ledger does too. Accruals are a memo pair outside the budget.
 */
public enum Account {
    /** Contra account: money put in by partners (negative = contributed). Carries the partner. */
    FUNDING,
    AVAILABLE,
    ALLOCATED,
    COMMITTED,
    CLAIMED,
    APPROVED,
    PAID,
    /** Approved-but-unpaid recognised at quarter end; memo, does not change the budget. */
    ACCRUED,
    ACCRUAL_OFFSET;

    private static final Set<Account> BUDGET_STATES = EnumSet.of(AVAILABLE, ALLOCATED, COMMITTED, CLAIMED, APPROVED, PAID);

    /** True for the states whose sum is the fund's budget; none of them may go below zero. */
    public boolean isBudgetState() {
        return BUDGET_STATES.contains(this);
    }
}
