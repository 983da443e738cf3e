package uk.commissioning.ledger.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.ledger.boundary.LedgerJson.PeriodJson;
import uk.commissioning.ledger.control.Periods;
import uk.commissioning.ledger.entity.PeriodClose;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.web.RequestFields;

@Path("periods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Periods", description = "Quarter close per organisation: a closed quarter refuses every posting dated in it into the funds whose books that organisation keeps")
public class PeriodsResource {

    @Inject
    Periods periods;

    @Inject
    Caller caller;

    public record CloseQuarter(String note) {
    }

    @GET
    @Operation(summary = "Closed quarters, each with the organisation that closed it (each organisation closes the "
            + "quarters of the funds whose books it keeps: a pooled fund's host, otherwise the owner)")
    public List<PeriodJson> closed() {
        caller.username();
        Map<Long, String> names = new HashMap<>();
        return periods.closed().stream().map(c -> PeriodJson.of(c,
                names.computeIfAbsent(c.organisationId(), periods::organisationName),
                periods.postingsIn(c.organisationId(), c.quarter()))).toList();
    }

    @POST
    @Path("{quarter}/close")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Close a quarter for good for the caller's organisation (an administrator names the "
            + "organisation); later corrections are reversals in an open quarter")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = CloseQuarter.class)))
    public PeriodJson close(@Parameter(example = "2019-20-Q3") @PathParam("quarter") String quarter,
                            @Parameter(description = "whose quarter: required for administrators; a commissioner's own "
                                    + "organisation otherwise") @QueryParam("organisationId") Long organisationId,
                            JsonObject body) {
        Viewer viewer = caller.requireMoneyManager();
        RequestFields fields = body == null ? RequestFields.forQuery() : RequestFields.of(body);
        Quarter q = fields.parse("quarter", quarter, Quarter::parse, null);
        String note = fields.text("note", 500, false);
        fields.validate();
        PeriodClose close = periods.close(q, note, organisationId, viewer);
        return PeriodJson.of(close, periods.organisationName(close.organisationId()),
                periods.postingsIn(close.organisationId(), q));
    }
}
