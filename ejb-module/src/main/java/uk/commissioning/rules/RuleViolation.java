package uk.commissioning.rules;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A business rule said no. Rolls back the transaction (nothing half-written) and reaches the caller as itself, not
 * wrapped: the client as a problem+json with the {@link Reason} and the fields at fault, a screen as a message on each
 * field's input.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    /** One field at fault and what is wrong with it, e.g. {@code activities[0].headcount}, "must not be negative". */
    public record FieldProblem(String field, String message) {
    }

    private final Reason reason;
    private final List<FieldProblem> problems;

    public RuleViolation(Reason reason, String message) {
        this(reason, null, message);
    }

    public RuleViolation(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.problems = field == null ? List.of() : List.of(new FieldProblem(field, message));
    }

    /** Several fields at fault at once; the message names each ("minAward must not be negative; …"). */
    public RuleViolation(Reason reason, List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a violation of input rules names at least one field");
        }
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    /** The (first) request field at fault, or {@code null} when the rule concerns the request as a whole. */
    public String field() {
        return problems.isEmpty() ? null : problems.get(0).field();
    }

    /** Every field at fault, in the order the rules found them; empty when the rule concerns the request as a whole. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
