package uk.commissioning.approvals.boundary;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.approvals.control.ApprovalLimitChanges;
import uk.commissioning.approvals.control.ApprovalLimitChanges.ApproverLimit;
import uk.commissioning.approvals.control.ApprovalLimitChanges.Change;
import uk.commissioning.approvals.entity.ApprovalLimit;
import uk.commissioning.approvals.entity.ApprovalLimitDecision;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.platform.web.Json.MoneyJson;
import uk.commissioning.platform.web.RequestFields;

@Path("approval-limits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Approval limits", description = "Each claim approver's limit, and changes to it: proposed by one "
        + "administrator, approved by a different one (administrators only)")
public class ApprovalLimitsResource {

    @Inject
    ApprovalLimitChanges changes;

    @Inject
    Caller caller;

    public record ApproverJson(String username, String displayName, String role, String organisation,
                               @Schema(description = "absent: no limit (one approval suffices)") MoneyJson limit,
                               @Schema(description = "true when no limit is in force, whether set so or never set") boolean noLimit,
                               // Not "set…": Payara's OpenAPI scanner takes an annotated method whose name contains
                               // "set" for a setter, looks for its argument, and fails the whole document.
                               @Schema(description = "whether a limit was ever configured for them") boolean configured,
                               String setBy, String approvedBy, Instant setAt) {
        static ApproverJson of(ApproverLimit a) {
            Optional<ApprovalLimit> row = a.current();
            return new ApproverJson(a.user().username(), a.user().displayName(), a.user().role().name(),
                    a.user().organisation().name(), a.limit().map(MoneyJson::of).orElse(null), a.limit().isEmpty(),
                    row.isPresent(), row.map(ApprovalLimit::setBy).orElse(null), row.map(ApprovalLimit::approvedBy).orElse(null),
                    row.map(ApprovalLimit::setAt).orElse(null));
        }
    }

    public record ChangeJson(Long id, String username,
                             @Schema(description = "absent when the change is to no limit") MoneyJson amount, boolean noLimit,
                             String reason, String proposedBy, Instant proposedAt,
                             @Schema(description = "PROPOSED, APPROVED, REJECTED or WITHDRAWN") String status,
                             String decidedBy, Instant decidedAt, String note) {
        static ChangeJson of(Change c) {
            Optional<ApprovalLimitDecision> d = c.decision();
            return new ChangeJson(c.change().id(), c.change().username(), c.change().limit().map(MoneyJson::of).orElse(null),
                    c.change().limit().isEmpty(), c.change().reason(), c.change().proposedBy(), c.change().proposedAt(),
                    c.status().name(), d.map(ApprovalLimitDecision::decidedBy).orElse(null),
                    d.map(ApprovalLimitDecision::decidedAt).orElse(null), d.map(ApprovalLimitDecision::note).orElse(null));
        }
    }

    public record LimitsJson(List<ApproverJson> approvers, List<ChangeJson> pending) {
    }

    public record ProposeChange(@Schema(example = "lena.fox", description = "a commissioner or administrator") String username,
                                @Schema(description = "the new limit in GBP, ≥ 0; leave out with noLimit: true") MoneyJson amount,
                                @Schema(description = "true: no limit (one approval suffices for any claim)") Boolean noLimit,
                                @Schema(example = "Takes over the Bexley grant from April") String reason) {
    }

    public record RejectChange(String reason) {
    }

    @GET
    @Operation(summary = "Every commissioner and administrator with the approval limit in force, and the changes waiting for a second administrator")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LimitsJson.class)))
    public LimitsJson overview() {
        Viewer viewer = caller.requireAnyRole(Role.ADMIN);
        return new LimitsJson(changes.approvers(viewer).stream().map(ApproverJson::of).toList(),
                changes.pending(viewer).stream().map(ChangeJson::of).toList());
    }

    @GET
    @Path("changes/{id}")
    @Operation(summary = "One proposed change and where it stands")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChangeJson.class)))
    public ChangeJson one(@PathParam("id") Long id) {
        return ChangeJson.of(changes.get(id, caller.requireAnyRole(Role.ADMIN)));
    }

    @POST
    @Path("changes")
    @Operation(summary = "Propose a change to someone's approval limit (an amount in GBP, or no limit) with a reason; "
            + "it counts only once a different administrator approves it")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProposeChange.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ChangeJson.class)))
    public Response propose(JsonObject body) {
        Viewer viewer = caller.requireAnyRole(Role.ADMIN);
        RequestFields fields = RequestFields.of(body);
        String username = fields.text("username", 100, true);
        Boolean noLimit = fields.bool("noLimit", false);
        Money amount = fields.money("amount", false);
        String reason = fields.text("reason", 1000, true);
        if (Boolean.TRUE.equals(noLimit) && amount != null) {
            fields.reject("amount", "give an amount or noLimit: true, not both");
        } else if (!Boolean.TRUE.equals(noLimit) && amount == null && !fields.has("amount")) {
            fields.reject("amount", "is required (in GBP, £0 or more), or send noLimit: true");
        }
        fields.validate();
        Change change = changes.propose(username, Optional.ofNullable(amount), reason, viewer);
        return Response.created(URI.create("/api/approval-limits/changes/" + change.change().id()))
                .entity(ChangeJson.of(change)).build();
    }

    @POST
    @Path("changes/{id}/approve")
    @Operation(summary = "Approve a proposed change (a different administrator from the proposer, and not the person whose "
            + "limit it is): the new limit counts from now")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChangeJson.class)))
    public ChangeJson approve(@PathParam("id") Long id) {
        return ChangeJson.of(changes.approve(id, caller.requireAnyRole(Role.ADMIN)));
    }

    @POST
    @Path("changes/{id}/reject")
    @Operation(summary = "Reject a proposed change, saying why (as for approval, not the proposer nor the person whose limit it is)")
    @RequestBody(content = @Content(schema = @Schema(implementation = RejectChange.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChangeJson.class)))
    public ChangeJson reject(@PathParam("id") Long id, JsonObject body) {
        Viewer viewer = caller.requireAnyRole(Role.ADMIN);
        RequestFields fields = RequestFields.of(body);
        String reason = fields.text("reason", 1000, true);
        fields.validate();
        return ChangeJson.of(changes.reject(id, reason, viewer));
    }

    @POST
    @Path("changes/{id}/withdraw")
    @Operation(summary = "Withdraw your own proposed change")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChangeJson.class)))
    public ChangeJson withdraw(@PathParam("id") Long id) {
        return ChangeJson.of(changes.withdraw(id, caller.requireAnyRole(Role.ADMIN)));
    }
}
