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
import jakarta.ws.rs.QueryParam;
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
import uk.commissioning.funding.boundary.FundingJson.TransferJson;
import uk.commissioning.funding.control.Transfers;
import uk.commissioning.funding.entity.Transfer;
import uk.commissioning.funding.entity.TransferStatus;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.platform.web.Json.MoneyJson;
import uk.commissioning.platform.web.RequestFields;

@Path("transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Transfers", description = "Virements between funds: one person requests, a different person approves")
public class TransfersResource {

    @Inject
    Transfers transfers;

    @Inject
    Caller caller;

    public record RequestTransfer(Long fromFundId, Long toFundId, MoneyJson amount, Long decisionId,
                                  @Schema(example = "2019-12-17") LocalDate valueDate, String reason) {
    }

    public record RejectTransfer(String reason) {
    }

    public record WithdrawTransfer(@Schema(description = "optional: why it is taken back") String reason) {
    }

    @GET
    @Operation(summary = "Transfers, newest first; ?status=PENDING lists those awaiting approval")
    public List<TransferJson> all(@QueryParam("status") String status) {
        RequestFields query = RequestFields.forQuery();
        TransferStatus wanted = query.constant("status", status, TransferStatus.class);
        query.validate();
        return transfers.all(wanted, caller.viewer()).stream().map(TransferJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One transfer")
    public TransferJson one(@PathParam("id") Long id) {
        return TransferJson.of(transfers.get(id, caller.viewer()));
    }

    @POST
    @Operation(summary = "Request a transfer citing a decision; it moves no money until a different user approves it")
    @RequestBody(content = @Content(schema = @Schema(implementation = RequestTransfer.class)))
    public Response request(JsonObject body) {
        Viewer viewer = caller.viewer();
        // Asked before the body is read, so someone who may not request transfers hears that, not about its fields.
        Transfer.APPROVAL.requireMayRequest(viewer);
        RequestFields fields = RequestFields.of(body);
        Long from = fields.id("fromFundId", true);
        Long to = fields.id("toFundId", true);
        Money amount = fields.money("amount", true);
        Long decisionId = fields.id("decisionId", true);
        LocalDate valueDate = fields.date("valueDate", true);
        String reason = fields.text("reason", 1000, true);
        fields.validate();
        Transfer transfer = transfers.request(from, to, amount, decisionId, valueDate, reason, viewer);
        return Response.created(URI.create("/api/transfers/" + transfer.id())).entity(TransferJson.of(transfer)).build();
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a pending transfer (not by its requester); books it if the source fund has the budget")
    public TransferJson approve(@PathParam("id") Long id) {
        return TransferJson.of(transfers.approve(id, caller.viewer()));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a pending transfer with a reason (the approver's side; its requester withdraws it instead)")
    @RequestBody(content = @Content(schema = @Schema(implementation = RejectTransfer.class)))
    public TransferJson reject(@PathParam("id") Long id, JsonObject body) {
        Viewer viewer = caller.viewer();
        Transfer.APPROVAL.requireMayDecide(viewer);
        RequestFields fields = RequestFields.of(body);
        String reason = fields.text("reason", 1000, true);
        fields.validate();
        return TransferJson.of(transfers.reject(id, viewer, reason));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw your own pending transfer (its requester only; body {} or with a reason); it moved no money, so nothing is posted")
    @RequestBody(content = @Content(schema = @Schema(implementation = WithdrawTransfer.class)))
    public TransferJson withdraw(@PathParam("id") Long id, JsonObject body) {
        Viewer viewer = caller.viewer();
        Transfer.APPROVAL.requireMayRequest(viewer);
        RequestFields fields = RequestFields.of(body);
        String reason = fields.text("reason", 1000, false);
        fields.validate();
        return TransferJson.of(transfers.withdraw(id, viewer, reason));
    }
}
