package uk.commissioning.claims.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.claims.boundary.ClaimsJson.ClaimJson;
import uk.commissioning.claims.boundary.ClaimsJson.ClaimSummaryJson;
import uk.commissioning.claims.control.ClaimLineRequest;
import uk.commissioning.claims.control.Claims;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.claims.entity.ClaimStatus;
import uk.commissioning.claims.entity.LineKind;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.web.Json.MoneyJson;
import uk.commissioning.platform.web.RequestFields;

@Path("claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "A provider's quarterly claims against its contracts: drafted and submitted by its VCSE "
        + "finance leads, queried, approved (whole or per line) or rejected by a commissioner of a paying fund")
public class ClaimsResource {

    @Inject
    Claims claims;

    @Inject
    Caller caller;

    public record LineRequest(@Schema(description = "UNIT_COST, COST, MILESTONE or INSTALMENT") String kind,
                              @Schema(description = "COST: the budget line; otherwise optional") String description,
                              @Schema(description = "MILESTONE / INSTALMENT: the payment schedule line") Long scheduleLineId,
                              @Schema(description = "UNIT_COST: one of the contract's services") Long serviceId,
                              @Schema(description = "UNIT_COST: units delivered; the amount is units × the service's unit cost") Integer units,
                              @Schema(description = "COST: required; MILESTONE / INSTALMENT: optional, the whole line when absent") MoneyJson amount) {
    }

    public record CreateClaim(Long contractId, @Schema(example = "2019-20 Q1") String quarter, List<LineRequest> lines) {
    }

    public record ReplaceLines(List<LineRequest> lines) {
    }

    public record SubmitClaim(@Schema(example = "I declare that this claim is true and complete and that the services were delivered as claimed")
                              String declaration) {
    }

    public record Message(String message) {
    }

    public record Answer(String message, @Schema(description = "optional: new lines, checked as at submission") List<LineRequest> lines) {
    }

    public record LineApproval(@Schema(description = "absent: as claimed") MoneyJson approvedAmount,
                               @Schema(description = "required when less than claimed") String reason) {
    }

    public record ApproveClaim(@Schema(description = "optional: one per line, in line order; absent approves every line as claimed. "
            + "A second approver's body is ignored: they confirm the first approver's amounts") List<LineApproval> lines) {
    }

    public record RejectClaim(String reason) {
    }

    @GET
    @Operation(summary = "Claims the caller may see, newest first: a provider's own; a commissioner's on contracts paid from funds they see. "
            + "Filter by ?status=, ?contractId=, ?quarter=")
    public List<ClaimSummaryJson> list(@QueryParam("status") String status, @QueryParam("contractId") Long contractId,
                                       @QueryParam("quarter") String quarter) {
        RequestFields query = RequestFields.forQuery();
        ClaimStatus wanted = query.constant("status", status, ClaimStatus.class);
        Quarter q = query.parse("quarter", quarter, Quarter::parse, null);
        query.validate();
        return claims.list(wanted, contractId, q, caller.viewer()).stream().map(ClaimSummaryJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One claim with its lines (each with what remains of it), messages and approvals")
    public ClaimJson one(@PathParam("id") Long id) {
        return json(claims.get(id, caller.viewer()));
    }

    @POST
    @Operation(summary = "Draft a claim for a quarter against one of your organisation's active contracts (VCSE finance leads)")
    @RequestBody(content = @Content(schema = @Schema(implementation = CreateClaim.class)))
    public Response create(JsonObject body) {
        Viewer viewer = caller.viewer();
        Claims.APPROVAL.requireMayRequest(viewer);
        RequestFields fields = RequestFields.of(body);
        Long contractId = fields.id("contractId", true);
        Quarter quarter = fields.parse("quarter", fields.text("quarter", 20, true), Quarter::parse, null);
        List<ClaimLineRequest> lines = lines(fields, true);
        fields.validate();
        Claim claim = claims.create(contractId, quarter, lines, viewer);
        return Response.created(URI.create("/api/claims/" + claim.id())).entity(json(claim)).build();
    }

    @PUT
    @Path("{id}/lines")
    @Operation(summary = "Replace the lines of a draft claim")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReplaceLines.class)))
    public ClaimJson replaceLines(@PathParam("id") Long id, JsonObject body) {
        RequestFields fields = RequestFields.of(body);
        List<ClaimLineRequest> lines = lines(fields, true);
        fields.validate();
        return json(claims.replaceLines(id, lines, caller.viewer()));
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit a draft with its declaration: checks each line against what remains and moves the total from committed to claimed")
    @RequestBody(content = @Content(schema = @Schema(implementation = SubmitClaim.class)))
    public ClaimJson submit(@PathParam("id") Long id, JsonObject body) {
        RequestFields fields = RequestFields.of(body);
        String declaration = fields.text("declaration", 2000, true);
        fields.validate();
        return json(claims.submit(id, declaration, caller.viewer()));
    }

    @POST
    @Path("{id}/query")
    @Operation(summary = "Ask the provider a question about a submitted claim (a commissioner who may decide it); approvals given so far lapse")
    @RequestBody(content = @Content(schema = @Schema(implementation = Message.class)))
    public ClaimJson query(@PathParam("id") Long id, JsonObject body) {
        Viewer viewer = caller.viewer();
        Claims.APPROVAL.requireMayDecide(viewer);
        RequestFields fields = RequestFields.of(body);
        String message = fields.text("message", 4000, true);
        fields.validate();
        return json(claims.query(id, message, viewer));
    }

    @POST
    @Path("{id}/answer")
    @Operation(summary = "Answer a query and resubmit, optionally with new lines (the provider's VCSE finance leads)")
    @RequestBody(content = @Content(schema = @Schema(implementation = Answer.class)))
    public ClaimJson answer(@PathParam("id") Long id, JsonObject body) {
        RequestFields fields = RequestFields.of(body);
        String message = fields.text("message", 4000, true);
        List<ClaimLineRequest> lines = fields.has("lines") ? lines(fields, true) : null;
        fields.validate();
        return json(claims.answer(id, message, lines, caller.viewer()));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a submitted claim, whole or per line with a reason for each reduced line; above your approval limit "
            + "it waits for a second, different approver (never the submitter nor anyone of the provider)")
    @RequestBody(content = @Content(schema = @Schema(implementation = ApproveClaim.class)))
    public ClaimJson approve(@PathParam("id") Long id, JsonObject body) {
        Viewer viewer = caller.viewer();
        Claims.APPROVAL.requireMayDecide(viewer);
        RequestFields fields = RequestFields.of(body == null ? JsonObject.EMPTY_JSON_OBJECT : body);
        List<LineApprovalValue> lines = fields.objects("lines", l -> new LineApprovalValue(l.money("approvedAmount", false),
                l.text("reason", 1000, false)));
        fields.validate();
        return json(claims.approve(id, lines.stream().map(LineApprovalValue::amount).toList(),
                lines.stream().map(LineApprovalValue::reason).toList(), viewer).claim());
    }

    private record LineApprovalValue(Money amount, String reason) {
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a claim with a reason: exactly what it claimed goes back to committed")
    @RequestBody(content = @Content(schema = @Schema(implementation = RejectClaim.class)))
    public ClaimJson reject(@PathParam("id") Long id, JsonObject body) {
        Viewer viewer = caller.viewer();
        Claims.APPROVAL.requireMayDecide(viewer);
        RequestFields fields = RequestFields.of(body);
        String reason = fields.text("reason", 1000, true);
        fields.validate();
        return json(claims.reject(id, reason, viewer));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw your own draft claim (it posted nothing); the quarter is then free for a new claim")
    public ClaimJson withdraw(@PathParam("id") Long id) {
        return json(claims.withdraw(id, caller.viewer()));
    }

    private ClaimJson json(Claim claim) {
        return ClaimJson.of(claim, claims.balances(claim));
    }

    private static List<ClaimLineRequest> lines(RequestFields fields, boolean required) {
        if (required && !fields.has("lines")) {
            fields.reject("lines", "is required: a claim needs at least one line");
        }
        return fields.objects("lines", l -> new ClaimLineRequest(l.enumeration("kind", LineKind.class, true),
                l.text("description", 500, false), l.id("scheduleLineId", false), l.id("serviceId", false),
                l.integer("units", false), l.money("amount", false)));
    }
}
