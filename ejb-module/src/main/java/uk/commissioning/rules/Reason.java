package uk.commissioning.rules;

/**
 * Why the system refused a request that was well-formed but broke a business rule. The code travels to API clients
 * as the problem's {@code reason}; which HTTP status it answers with is the web layer's decision, made once for every
 * reason (the API's {@code ProblemMapper}), so adding a reason here forces that decision.
 */
public enum Reason {
    INSUFFICIENT_REMAINING_BUDGET,
    INSUFFICIENT_BALANCE,
    QUARTER_CLOSED,
    QUARTER_ALREADY_CLOSED,
    // A quarter closed while an earlier one that holds postings is still open: quarters close in order.
    QUARTER_OUT_OF_ORDER,
    SELF_APPROVAL,
    NOT_PENDING,
    ALREADY_REVERSED,
    CANNOT_REVERSE_REVERSAL,
    FUND_CLOSED,
    DUPLICATE,
    MIXED_CURRENCY,
    // Postings of one journal entry that do not sum to zero; a bad amount is INVALID_AMOUNT.
    UNBALANCED_ENTRY,
    SAME_FUND,
    RISK_SHARES_INVALID,
    NOT_A_PARTNER,
    WRONG_ORGANISATION_TYPE,
    OUTSIDE_FINANCIAL_YEAR,
    WEAK_PASSWORD,
    FCR_DRIVERS_INVALID,
    WRONG_STATUS,
    FUNDING_SPLIT_INVALID,
    SCHEDULE_INVALID,
    PERIOD_INVALID,
    ALLOCATION_EXCEEDED,
    SUBCONTRACTS_EXCEED_LEAD,
    DECISION_REQUIRED,
    // A decision cited for money its organisation has no say over (it neither owns, hosts, manages nor shares the fund).
    DECISION_OF_ANOTHER_ORGANISATION,
    NOT_YOUR_ORGANISATION,
    STALE_VERSION,
    // An amount that is zero or negative where a rule needs more, or finer than its currency's minor unit.
    INVALID_AMOUNT,
    NO_CHANGE,
    SERVICE_NOT_PROVIDERS,
    // A claim line for more than remains of it (committed or scheduled, less what other live claims take).
    CLAIM_EXCEEDS_REMAINING,
    // The server has no key to pseudonymise NHS numbers with, so it refuses to read them at all.
    PSEUDONYM_KEY_MISSING,
    // Proposals spend only a micro-commissioning pot.
    WRONG_FUND_TYPE,
    // A draft's own input rules (InputRules): a value missing, negative or out of range, every field at fault listed
    // at once. It is about what was typed, not the state of things, so the API answers it as input it could not read.
    INVALID_INPUT,
    // An upload over the evidence size limit; nothing past the limit is read.
    FILE_TOO_LARGE,
    // An upload whose bytes are none of the accepted evidence types, whatever its name or Content-Type says.
    UNSUPPORTED_FILE_TYPE,
    // A payment run of the organisation is still queued or running: one at a time.
    PAYMENT_RUN_IN_PROGRESS,
    // A remittance file with lines that do not match the run's scheduled lines: every line at fault is listed.
    REMITTANCE_MISMATCH
}
