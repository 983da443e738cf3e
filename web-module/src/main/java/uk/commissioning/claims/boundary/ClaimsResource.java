package uk.commissioning.claims.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
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
import uk.commissioning.claims.control.ClaimEvidence;
import uk.commissioning.claims.control.ClaimLineRequest;
import uk.commissioning.claims.control.Claims;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.claims.entity.ClaimStatus;
import uk.commissioning.claims.entity.LineKind;
import uk.commissioning.evidence.boundary.ContentDisposition;
import uk.commissioning.evidence.boundary.EvidenceJson;
import uk.commissioning.evidence.control.EvidenceStore;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.web.Json.MoneyJson;
import uk.commissioning.platform.web.InvalidRequestException;
import uk.commissioning.platform.web.RequestFields;

@Path("claims")
@RequestScoped
// One transaction per request: the step and the reads behind its answer (balances, evidence, payments, messages) share
// it and its connection, rather than each opening its own (bench/claims-bench.sh counted six per submission).
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "A provider's quarterly claims against its contracts: drafted and submitted by its VCSE "
        + "finance leads, queried, approved (whole or per line) or rejected by a commissioner of a paying fund")
public class ClaimsResource {

    @Inject
    Claims claims;

    @Inject
    Caller caller;

    @Inject
    EvidenceStore evidence;

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
        return claims.list(wanted, contractId, q, caller.viewer()).stream()
                .map(c -> ClaimSummaryJson.of(c, claims.expectedPaymentBy(c).orElse(null))).toList();
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

    @GET
    @Path("{id}/evidence")
    @Operation(summary = "Evidence files attached to a claim, oldest first (404 to anyone who may not see the claim)")
    public List<EvidenceJson> evidence(@PathParam("id") Long id) {
        Viewer viewer = caller.viewer();
        Claim claim = claims.get(id, viewer);
        return evidence.list(ClaimEvidence.OWNER_TYPE, claim.id(), viewer).stream().map(EvidenceJson::of).toList();
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach an evidence file to a claim as multipart/form-data (part 'file'; the provider's finance leads, "
            + "while the claim is a draft or queried)",
            description = "PDF, PNG, JPEG, CSV or XLSX, checked from the bytes (415 otherwise); at most the size limit "
                    + "(413). 201 with the new file; 200 with the existing one when the same bytes are already attached.")
    public Response attachEvidenceForm(@PathParam("id") Long id, List<EntityPart> parts) throws IOException {
        EntityPart file = parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> new InvalidRequestException("file", "is required: the file as the form part named 'file'"));
        return attachEvidence(id, file.getFileName().orElse(null), file.getContent());
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach an evidence file to a claim as the raw request body, named by Content-Disposition "
            + "(filename) or the fileName query parameter",
            description = "Whatever the Content-Type says, the type is taken from the bytes. The body is read only up to "
                    + "the size limit: a larger one is refused (413) without reading the rest.")
    public Response attachEvidenceBody(@PathParam("id") Long id, InputStream body,
                                       @HeaderParam("Content-Disposition") String disposition,
                                       @QueryParam("fileName") String fileName) {
        return attachEvidence(id, fileName != null ? fileName : ContentDisposition.fileName(disposition), body);
    }

    private Response attachEvidence(Long id, String fileName, InputStream content) {
        Viewer viewer = caller.viewer();
        Claim claim = claims.get(id, viewer);
        EvidenceStore.Stored stored = evidence.store(ClaimEvidence.OWNER_TYPE, claim.id(), fileName, content, viewer);
        EvidenceJson json = EvidenceJson.of(stored.file());
        return stored.alreadyAttached() ? Response.ok(json).build()
                : Response.created(URI.create(json.download())).entity(json).build();
    }

    private ClaimJson json(Claim claim) {
        return ClaimJson.of(claim, claims.balances(claim), claims.expectedPaymentBy(claim).orElse(null),
                // Every claim given here was read for this caller by Claims (get, list or a step), under its rule.
                evidence.filesOf(ClaimEvidence.OWNER_TYPE, claim.id()).stream().map(EvidenceJson::of).toList(),
                claims.payments(claim));
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
