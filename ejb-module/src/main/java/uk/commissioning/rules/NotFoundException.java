package uk.commissioning.rules;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist (or, once tenants are enforced, is not the caller's to see). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String what, Object id) {
        this(null, what, id);
    }

    /** When the missing thing was named by a request field, e.g. {@code decisionId}. */
    public NotFoundException(String field, String what, Object id) {
        super(what + " " + id + " not found");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
