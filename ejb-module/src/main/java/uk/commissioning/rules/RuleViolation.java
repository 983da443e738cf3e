package uk.commissioning.rules;

import jakarta.ejb.ApplicationException;

/**
 * A business rule said no. Rolls back the transaction (nothing half-written) and reaches the client as a
 * problem+json with the {@link Reason} and, where one field is at fault, its name.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final Reason reason;
    private final String field;

    public RuleViolation(Reason reason, String message) {
        this(reason, null, message);
    }

    public RuleViolation(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    /** The request field at fault, or {@code null} when the rule concerns the request as a whole. */
    public String field() {
        return field;
    }
}
