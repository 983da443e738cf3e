package uk.commissioning.platform.web;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code reason} is the machine-readable business rule (e.g.
 * {@code INSUFFICIENT_REMAINING_BUDGET}); {@code field} names the request field at fault when there is one;
 * {@code errors} lists every field error of an invalid request.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({"type", "title", "status", "detail", "reason", "field", "errors"})
public record Problem(String type, String title, int status, String detail, String reason, String field,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://commissioning.example/problems/";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null, null);
    }

    public static Problem ofReason(int status, String reason, String detail, String field) {
        return new Problem(TYPES + reason.toLowerCase().replace('_', '-'), title(reason), status, detail, reason, field,
                field == null ? null : List.of(new FieldError(field, detail)));
    }

    /** A broken rule with several fields (or file lines) at fault, each with its own message. */
    public static Problem ofReasonOnEach(int status, String reason, String detail, List<FieldError> errors) {
        return new Problem(TYPES + reason.toLowerCase().replace('_', '-'), title(reason), status, detail, reason,
                errors.get(0).field(), errors);
    }

    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid: " + String.join(", ", errors.stream().map(FieldError::field).toList());
        return new Problem(TYPES + "invalid-request", "Invalid request", 400, detail, null,
                errors.get(0).field(), errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }

    private static String title(String reason) {
        String words = reason.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
