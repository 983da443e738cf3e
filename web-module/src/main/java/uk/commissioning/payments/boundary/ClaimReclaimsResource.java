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

/**
 * A claim's reclaims (docs/PAYMENTS.md): a root resource of its own, whose longer path JAX-RS prefers to the claims
 * resource's, so the claims feature need not know of payments.
 */
@Path("claims/{id}/reclaims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reclaims", description = "Overpayments reclaimed from paid claims (PAID → RECEIVABLE) and their recovery (RECEIVABLE → COMMITTED)")
public class ClaimReclaimsResource {

    @Inject
    Reclaims reclaims;

    @Inject
    Caller caller;

    public record RaiseReclaim(MoneyJson amount, String reason,
                               @Schema(description = "value date of the reclaim; default today", example = "2019-10-01") LocalDate raisedOn) {
    }

    @POST
    @Operation(summary = "Reclaim an overpayment on a paid claim (a commissioner who may decide it): at most what it was paid and not already reclaimed")
    @RequestBody(content = @Content(schema = @Schema(implementation = RaiseReclaim.class)))
    public Response raise(@PathParam("id") Long claimId, JsonObject body) {
        RequestFields fields = RequestFields.of(body);
        Money amount = fields.money("amount", true);
        String reason = fields.text("reason", 1000, true);
        LocalDate on = fields.date("raisedOn", false);
        fields.validate();
        var reclaim = reclaims.raise(claimId, amount, reason, on == null ? today() : on, caller.viewer());
        return Response.created(URI.create("/api/reclaims/" + reclaim.id()))
                .entity(ReclaimJson.of(reclaims.get(reclaim.id(), caller.viewer()))).build();
    }

    @GET
    @Operation(summary = "A claim's reclaims with what is recovered and outstanding")
    public List<ReclaimJson> ofClaim(@PathParam("id") Long claimId) {
        return reclaims.list(claimId, caller.viewer()).stream().map(ReclaimJson::of).toList();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
