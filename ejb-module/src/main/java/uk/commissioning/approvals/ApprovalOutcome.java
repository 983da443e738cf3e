package uk.commissioning.approvals;

import java.util.Set;
import uk.commissioning.identity.Role;
import uk.commissioning.money.Money;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/** What one person's approval achieves under an {@link ApprovalPolicy}. */
public sealed interface ApprovalOutcome {

    /** Enough approvals: whatever waited for them may now happen (e.g. the transfer is booked). */
    record Approved() implements ApprovalOutcome {
    }

    /**
     * This approval counts, but the amount is above the policy's limit: a different person holding one of
     * {@code roles} must approve as well before anything happens.
     */
    record NeedsSecondApproval(Money limit, Set<Role> roles) implements ApprovalOutcome {
    }

    /** This person may not approve it. */
    record Refused(Reason reason, String message) implements ApprovalOutcome {

        public RuleViolation violation() {
            return new RuleViolation(reason, message);
        }
    }

    /** The outcome, unless it is a refusal, which is thrown as the {@link RuleViolation} it stands for. */
    default ApprovalOutcome orThrow() {
        if (this instanceof Refused refused) {
            throw refused.violation();
        }
        return this;
    }
}
