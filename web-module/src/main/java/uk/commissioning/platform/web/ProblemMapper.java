package uk.commissioning.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Every failure leaves the API as problem+json. Bad input is a 4xx naming the field; a rule violation carries its
 * reason, with the status {@link #status} gives it; only a genuine fault is a 500, and that one says nothing about
 * internals.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        return problemFor(thrown).toResponse();
    }

    Problem problemFor(Throwable thrown) {
        Throwable cause = unwrapEjb(thrown);
        if (cause instanceof RuleViolation v) {
            if (v.reason() == Reason.INVALID_INPUT) {
                return Problem.invalid(v.problems().stream().map(p -> new FieldError(p.field(), p.message())).toList());
            }
            if (v.problems().size() > 1) {
                // Every field (or file line) at fault, each with its own message: a remittance names all its bad lines.
                return Problem.ofReasonOnEach(status(v.reason()), v.reason().name(), v.getMessage(),
                        v.problems().stream().map(p -> new FieldError(p.field(), p.message())).toList());
            }
            return Problem.ofReason(status(v.reason()), v.reason().name(), v.getMessage(), v.field());
        }
        if (cause instanceof NotFoundException nf) {
            // A missing thing named in the body is the request's fault (422); a missing thing in the URL is a 404.
            return nf.field() == null ? Problem.of(404, "Not found", nf.getMessage())
                    : Problem.ofReason(422, "UNKNOWN_REFERENCE", nf.getMessage(), nf.field());
        }
        if (cause instanceof InvalidRequestException invalid) {
            return Problem.invalid(invalid.errors());
        }
        if (cause instanceof EJBAccessException) {
            return Problem.of(403, "Forbidden", "you do not have a role that may do this");
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "request failed", web);
            }
            return Problem.of(status, web.getResponse().getStatusInfo().getReasonPhrase(), web.getMessage());
        }
        if (cause instanceof JsonException || cause instanceof JsonbException || cause instanceof ProcessingException) {
            return Problem.of(400, "Malformed JSON", "the request body is not valid JSON: " + cause.getMessage());
        }
        Problem fromDatabase = databaseRefusal(cause);
        if (fromDatabase != null) {
            return fromDatabase;
        }
        LOG.log(Level.SEVERE, "unexpected failure", thrown);
        return Problem.of(500, "Internal error", "the request could not be completed; nothing was saved");
    }

    /**
     * 409 when the request conflicts with the current state (it might succeed later or elsewhere), 422 when it can
     * never succeed as written; no default, so a new reason does not compile until someone decides.
     */
    static int status(Reason reason) {
        return switch (reason) {
            case INSUFFICIENT_REMAINING_BUDGET, INSUFFICIENT_BALANCE, QUARTER_CLOSED, QUARTER_ALREADY_CLOSED,
                    QUARTER_OUT_OF_ORDER, SELF_APPROVAL, NOT_PENDING, ALREADY_REVERSED, CANNOT_REVERSE_REVERSAL, FUND_CLOSED, DUPLICATE, WRONG_STATUS,
                    ALLOCATION_EXCEEDED, SUBCONTRACTS_EXCEED_LEAD, STALE_VERSION, CLAIM_EXCEEDS_REMAINING, PAYMENT_RUN_IN_PROGRESS -> 409;
            case MIXED_CURRENCY, UNBALANCED_ENTRY, SAME_FUND, RISK_SHARES_INVALID, NOT_A_PARTNER, WRONG_ORGANISATION_TYPE,
                    OUTSIDE_FINANCIAL_YEAR, WEAK_PASSWORD, FCR_DRIVERS_INVALID, FUNDING_SPLIT_INVALID, SCHEDULE_INVALID,
                    PERIOD_INVALID, DECISION_REQUIRED, DECISION_OF_ANOTHER_ORGANISATION, INVALID_AMOUNT, NO_CHANGE, SERVICE_NOT_PROVIDERS,
                    WRONG_FUND_TYPE, REMITTANCE_MISMATCH -> 422;
            // Input, not a rule about the state of things: the same 400 as a body the API could not read.
            case INVALID_INPUT -> 400;
            case NOT_YOUR_ORGANISATION -> 403;
            // The server is not set up to do this at all, whoever asks.
            case PSEUDONYM_KEY_MISSING -> 503;
            // Said in HTTP's own words, so a client can tell a file to shrink from a file of the wrong kind.
            case FILE_TOO_LARGE -> 413;
            case UNSUPPORTED_FILE_TYPE -> 415;
        };
    }

    private static Throwable unwrapEjb(Throwable thrown) {
        Throwable t = thrown;
        // A transactional boundary (@Transactional) wraps what failed at commit, as the EJB container wraps the rest.
        while ((t instanceof EJBException || t instanceof jakarta.transaction.TransactionalException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * The database's own guards (MySQL triggers, unique keys) caught something the service layer did not, e.g. two
     * requests racing for the same unique reference. Still the caller's conflict, not a server fault.
     */
    private static Problem databaseRefusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String message = String.valueOf(sql.getMessage());
                if ("45000".equals(sql.getSQLState()) && message.contains(Reason.QUARTER_CLOSED.name())) {
                    return Problem.ofReason(status(Reason.QUARTER_CLOSED), Reason.QUARTER_CLOSED.name(), "the quarter is closed",
                            "valueDate");
                }
                if (sql.getSQLState().startsWith("23")) {
                    return Problem.ofReason(status(Reason.DUPLICATE), Reason.DUPLICATE.name(),
                            "this would duplicate an existing record", null);
                }
            }
        }
        return null;
    }
}
