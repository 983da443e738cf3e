package uk.commissioning.rules;

/**
 * Why the system refused a request that was well-formed but broke a business rule. The code travels to API clients
 * as the problem's {@code reason}; the HTTP status says whether it is a conflict with the current state (409) or a
 * request that can never succeed as written (422).
 */
public enum Reason {
    INSUFFICIENT_REMAINING_BUDGET(409),
    INSUFFICIENT_BALANCE(409),
    QUARTER_CLOSED(409),
    QUARTER_ALREADY_CLOSED(409),
    SELF_APPROVAL(409),
    NOT_PENDING(409),
    ALREADY_REVERSED(409),
    CANNOT_REVERSE_REVERSAL(409),
    FUND_CLOSED(409),
    DUPLICATE(409),
    MIXED_CURRENCY(422),
    UNBALANCED_ENTRY(422),
    SAME_FUND(422),
    RISK_SHARES_INVALID(422),
    NOT_A_PARTNER(422),
    WRONG_ORGANISATION_TYPE(422),
    OUTSIDE_FINANCIAL_YEAR(422),
    WEAK_PASSWORD(422),
    FCR_DRIVERS_INVALID(422),
    WRONG_STATUS(409),
    FUNDING_SPLIT_INVALID(422),
    SCHEDULE_INVALID(422),
    PERIOD_INVALID(422),
    ALLOCATION_EXCEEDED(409),
    SUBCONTRACTS_EXCEED_LEAD(409),
    DECISION_REQUIRED(422),
    NOT_YOUR_ORGANISATION(403),
    STALE_VERSION(409),
    INVALID_AMOUNT(422),
    NO_CHANGE(422),
    SERVICE_NOT_PROVIDERS(422),
    // The server has no key to pseudonymise NHS numbers with, so it refuses to read them at all.
    PSEUDONYM_KEY_MISSING(503),
    // Proposals spend only a micro-commissioning pot.
    WRONG_FUND_TYPE(422);

    private final int httpStatus;

    Reason(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
