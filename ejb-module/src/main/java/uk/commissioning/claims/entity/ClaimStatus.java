package uk.commissioning.claims.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * DRAFT → SUBMITTED → (QUERIED → RESUBMITTED)* → APPROVED | PARTIALLY_APPROVED | REJECTED; a draft may be WITHDRAWN.
 * A decided claim then moves APPROVED | PARTIALLY_APPROVED → SCHEDULED (every part of it is in a payment file) → PAID
 * (every part is paid): docs/PAYMENTS.md. A claim paid from funds of two bodies is SCHEDULED only once both bodies'
 * runs have scheduled their part, and PAID once both parts are paid.
 */
public enum ClaimStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    QUERIED("Queried"),
    RESUBMITTED("Resubmitted"),
    APPROVED("Approved"),
    PARTIALLY_APPROVED("Partly approved"),
    REJECTED("Rejected"),
    WITHDRAWN("Withdrawn"),
    SCHEDULED("In a payment run"),
    PAID("Paid");

    private static final Set<ClaimStatus> AWAITING_DECISION = EnumSet.of(SUBMITTED, RESUBMITTED);
    private static final Set<ClaimStatus> HOLDING_MONEY = EnumSet.of(SUBMITTED, QUERIED, RESUBMITTED);
    private static final Set<ClaimStatus> DECIDED = EnumSet.of(APPROVED, PARTIALLY_APPROVED, SCHEDULED, PAID);

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The workflow's arrows. */
    public boolean mayBecome(ClaimStatus next) {
        return switch (this) {
            case DRAFT -> next == SUBMITTED || next == WITHDRAWN;
            case SUBMITTED, RESUBMITTED -> next == QUERIED || next == APPROVED || next == PARTIALLY_APPROVED || next == REJECTED;
            case QUERIED -> next == RESUBMITTED || next == REJECTED;
            case APPROVED, PARTIALLY_APPROVED -> next == SCHEDULED;
            case SCHEDULED -> next == PAID;
            case REJECTED, WITHDRAWN, PAID -> false;
        };
    }

    /** Counts towards "one claim per contract per quarter": anything but a rejected or withdrawn claim. */
    public boolean isLive() {
        return this != REJECTED && this != WITHDRAWN;
    }

    /** Waiting for a commissioner: approve, query or reject. */
    public boolean awaitsDecision() {
        return AWAITING_DECISION.contains(this);
    }

    /** Its claimed amount sits in CLAIMED: submitted and not yet decided. */
    public boolean holdsClaimedMoney() {
        return HOLDING_MONEY.contains(this);
    }

    /** The provider may still add evidence: while drafting, and when a query asks for more. */
    public boolean takesEvidence() {
        return this == DRAFT || this == QUERIED;
    }

    /** Approved (in whole or part): its approved amounts are what it takes of the contract. */
    public boolean isDecided() {
        return DECIDED.contains(this);
    }
}
