package uk.commissioning.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.audit.entity.AuditEvent;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.platform.web.RequestFields;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when, before and after")
public class AuditResource {

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    public record AuditJson(Long id, String entity, String entityId, String action, String actor, Instant occurredAt,
                            JsonValue before, JsonValue after) {
        static AuditJson of(AuditEvent e) {
            return new AuditJson(e.id(), e.entityType(), e.entityId(), e.action(), e.actor(), e.occurredAt(),
                    parse(e.beforeState()), parse(e.afterState()));
        }

        private static JsonValue parse(String json) {
            if (json == null) {
                return null;
            }
            try (var reader = Json.createReader(new StringReader(json))) {
                return reader.readValue();
            }
        }
    }

    @GET
    @Operation(summary = "Audit events, newest first; filter by entity type (e.g. Transfer), id and time (from inclusive, to exclusive)")
    public List<AuditJson> search(@QueryParam("entity") String entity, @QueryParam("id") String id,
                                  @Parameter(example = "2019-12-01") @QueryParam("from") String from,
                                  @Parameter(example = "2020-01-01T00:00:00Z") @QueryParam("to") String to,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Viewer viewer = caller.requireAnyRole(Role.COMMISSIONER, Role.ADMIN, Role.BOARD_MEMBER);
        RequestFields query = RequestFields.forQuery();
        Instant fromTime = query.parse("from", from, AuditResource::instant, null);
        Instant toTime = query.parse("to", to, AuditResource::instant, null);
        query.validate();
        return audit.search(viewer, entity, id, fromTime, toTime, uk.commissioning.platform.web.Json.page(page),
                uk.commissioning.platform.web.Json.size(size, 100)).stream().map(AuditJson::of).toList();
    }

    /** A date (midnight UTC) or a full ISO instant. */
    static Instant instant(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date YYYY-MM-DD or an instant such as 2020-01-01T00:00:00Z");
        }
    }
}
