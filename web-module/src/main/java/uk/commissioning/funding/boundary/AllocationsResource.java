package uk.commissioning.funding.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.funding.boundary.FundingJson.AllocationJson;
import uk.commissioning.funding.control.Allocations;
import uk.commissioning.funding.entity.Allocation;
import uk.commissioning.funding.entity.AllocationTarget;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.platform.web.Json.MoneyJson;
import uk.commissioning.platform.web.RequestFields;

@Path("allocations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Allocations", description = "Earmarking part of a fund for a procurement, contract, grant award or pot")
public class AllocationsResource {

    @Inject
    Allocations allocations;

    @Inject
    Caller caller;

    public record CreateAllocation(Long fundId, MoneyJson amount, String purpose, AllocationTarget targetType,
                                   String targetRef, Long decisionId, @Schema(example = "2019-12-17") LocalDate valueDate) {
    }

    @POST
    @Operation(summary = "Allocate from a fund's remaining budget (refused with INSUFFICIENT_REMAINING_BUDGET if short)")
    @RequestBody(content = @Content(schema = @Schema(implementation = CreateAllocation.class)))
    public Response allocate(JsonObject body) {
        Viewer viewer = caller.requireMoneyManager();
        RequestFields fields = RequestFields.of(body);
        Long fundId = fields.id("fundId", true);
        Money amount = fields.money("amount", true);
        String purpose = fields.text("purpose", 500, true);
        AllocationTarget target = fields.enumeration("targetType", AllocationTarget.class, true);
        String targetRef = fields.text("targetRef", 100, false);
        Long decisionId = fields.id("decisionId", false);
        LocalDate valueDate = fields.date("valueDate", true);
        fields.validate();
        Allocation a = allocations.allocate(fundId, amount, purpose, target, targetRef, decisionId, valueDate, viewer);
        return Response.created(URI.create("/api/funds/" + fundId + "/allocations")).entity(AllocationJson.of(a)).build();
    }
}
