package uk.commissioning.payments.boundary;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.payments.boundary.PaymentsJson.ReclaimJson;
import uk.commissioning.payments.control.Reclaims;
import uk.commissioning.platform.web.Json.MoneyJson;
import uk.commissioning.platform.web.RequestFields;

/** Reclaims of overpayments on paid claims, and their recoveries (docs/PAYMENTS.md). */
@Path("reclaims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reclaims", description = "Overpayments reclaimed from paid claims (PAID → RECEIVABLE) and their recovery (RECEIVABLE → COMMITTED)")
public class ReclaimsResource {

    @Inject
    Reclaims reclaims;

    @Inject
    Caller caller;

    public record RecordRecovery(MoneyJson amount,
                                 @Schema(description = "date the money came back; default today", example = "2019-11-01") LocalDate recoveredOn) {
    }

    @GET
    @Operation(summary = "Reclaims on the claims the caller may see, newest first (?claimId= for one claim's)")
    public List<ReclaimJson> list(@QueryParam("claimId") Long claimId) {
        return reclaims.list(claimId, caller.viewer()).stream().map(ReclaimJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One reclaim with its recoveries")
    public ReclaimJson one(@PathParam("id") Long id) {
        return ReclaimJson.of(reclaims.get(id, caller.viewer()));
    }

    @POST
    @Path("{id}/recoveries")
    @Operation(summary = "Record money recovered on a reclaim: at most what is outstanding; it goes back to the contract's commitment")
    @RequestBody(content = @Content(schema = @Schema(implementation = RecordRecovery.class)))
    public Response recover(@PathParam("id") Long id, JsonObject body) {
        RequestFields fields = RequestFields.of(body);
        Money amount = fields.money("amount", true);
        LocalDate on = fields.date("recoveredOn", false);
        fields.validate();
        reclaims.recover(id, amount, on == null ? today() : on, caller.viewer());
        return Response.status(201).entity(ReclaimJson.of(reclaims.get(id, caller.viewer()))).build();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
