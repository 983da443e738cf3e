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
 * Every failure leaves the API as problem+json. Bad input is a 4xx naming the field; a rule violation is 409/422
 * with its reason; only a genuine fault is a 500, and that one says nothing about internals.
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
            return Problem.ofReason(v.reason().httpStatus(), v.reason().name(), v.getMessage(), v.field());
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

    private static Throwable unwrapEjb(Throwable thrown) {
        Throwable t = thrown;
        while (t instanceof EJBException && t.getCause() != null) {
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
                    return Problem.ofReason(409, Reason.QUARTER_CLOSED.name(), "the quarter is closed", "valueDate");
                }
                if (sql.getSQLState().startsWith("23")) {
                    return Problem.ofReason(409, Reason.DUPLICATE.name(), "this would duplicate an existing record", null);
                }
            }
        }
        return null;
    }
}
