package uk.commissioning.funding.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.funding.boundary.FundingJson.DecisionJson;
import uk.commissioning.funding.control.Decisions;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.DecisionType;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.platform.web.RequestFields;

@Path("decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions", description = "Formal decisions (e.g. DD2419) that authorise transfers and allocations")
public class DecisionsResource {

    @Inject
    Decisions decisions;

    @Inject
    Caller caller;

    public record RecordDecision(@Schema(example = "DD2419") String reference, DecisionType type, String title,
                                 Long organisationId, String signatory, String signatoryRole,
                                 @Schema(example = "2019-12-17") LocalDate dateSigned, String summary) {
    }

    @GET
    @Operation(summary = "The caller's organisation's decisions and its fund partners' (administrators: all), most recently signed first")
    public List<DecisionJson> all() {
        return decisions.visibleTo(caller.viewer()).stream().map(DecisionJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One decision")
    public DecisionJson one(@PathParam("id") Long id) {
        return DecisionJson.of(decisions.get(id, caller.viewer()));
    }

    @POST
    @Operation(summary = "Record a signed decision of the caller's own organisation",
            description = "organisationId must be the caller's organisation (administrators: any); another body's is "
                    + "refused with 403 and reason NOT_YOUR_ORGANISATION. A reference already recorded is 409 DUPLICATE.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RecordDecision.class)))
    public Response record(JsonObject body) {
        Viewer viewer = caller.requireMoneyManager();
        RequestFields fields = RequestFields.of(body);
        String reference = fields.text("reference", 40, true);
        DecisionType type = fields.enumeration("type", DecisionType.class, true);
        String title = fields.text("title", 300, true);
        Long organisationId = fields.id("organisationId", true);
        String signatory = fields.text("signatory", 200, true);
        String role = fields.text("signatoryRole", 200, true);
        LocalDate signed = fields.date("dateSigned", true);
        String summary = fields.text("summary", 4000, false);
        fields.validate();
        Decision d = decisions.record(reference, type, title, organisationId, signatory, role, signed, summary, viewer);
        return Response.created(URI.create("/api/decisions/" + d.id())).entity(DecisionJson.of(d)).build();
    }
}
