package uk.commissioning.contracts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.contracts.boundary.ContractsJson.ContractJson;
import uk.commissioning.contracts.boundary.ContractsJson.ContractSummaryJson;
import uk.commissioning.contracts.boundary.ContractsJson.RecoveryJson;
import uk.commissioning.contracts.boundary.ContractsJson.ScheduleLineJson;
import uk.commissioning.contracts.boundary.ContractsJson.VariationJson;
import uk.commissioning.contracts.control.ContractDraft;
import uk.commissioning.contracts.control.ContractLifecycle;
import uk.commissioning.contracts.control.ContractQueries;
import uk.commissioning.contracts.control.MilestoneEvidence;
import uk.commissioning.contracts.control.OcdsExport;
import uk.commissioning.contracts.control.Services;
import uk.commissioning.contracts.control.UnderRecovery;
import uk.commissioning.contracts.control.VariationDraft;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractStatus;
import uk.commissioning.contracts.entity.ContractType;
import uk.commissioning.contracts.entity.ContractVariation;
import uk.commissioning.contracts.entity.FundingShare;
import uk.commissioning.contracts.entity.ScheduleItem;
import uk.commissioning.evidence.boundary.ContentDisposition;
import uk.commissioning.evidence.boundary.EvidenceJson;
import uk.commissioning.evidence.control.EvidenceStore;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.boundary.OrganisationRef;
import uk.commissioning.platform.web.InvalidRequestException;
import uk.commissioning.platform.web.Json.MoneyJson;
import uk.commissioning.platform.web.RequestFields;

@Path("contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Contracts and grant agreements: funding split, services, payment schedule, "
        + "variations, subcontracts, under-recovery against full cost, OCDS 1.1 export")
public class ContractsResource {

    @Inject
    ContractQueries contracts;

    @Inject
    ContractLifecycle lifecycle;

    @Inject
    Services services;

    @Inject
    UnderRecovery underRecovery;

    @Inject
    OcdsExport ocds;

    @Inject
    MilestoneEvidence milestoneEvidence;

    @Inject
    EvidenceStore evidence;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Contracts the caller can see; filter by status and/or provider")
    public List<ContractSummaryJson> all(@QueryParam("status") String status, @QueryParam("providerId") Long providerId) {
        RequestFields query = RequestFields.forQuery();
        ContractStatus s = query.constant("status", status, ContractStatus.class);
        query.validate();
        return contracts.visible(caller.viewer(), s, providerId).stream().map(ContractSummaryJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One contract with its funding, services, schedule, subcontracts, variations and under-recovery")
    public ContractJson one(@PathParam("id") Long id) {
        return view(contracts.get(id, caller.viewer()));
    }

    @POST
    @Operation(summary = "Set up a draft contract (commissioners; a lead provider's finance lead for its subcontracts)",
            description = "Funding shares must add up to the value; an omitted schedule becomes quarterly instalments in arrears.")
    public Response create(JsonObject body) {
        Viewer viewer = caller.viewer();
        RequestFields fields = RequestFields.of(body);
        String reference = fields.text("reference", 60, true);
        String title = fields.text("title", 300, true);
        ContractType type = fields.enumeration("type", ContractType.class, true);
        Long providerId = fields.id("providerId", true);
        Long leadContractId = fields.id("leadContractId", false);
        List<Long> commissionerIds = fields.ids("commissionerIds");
        LocalDate start = fields.date("startDate", true);
        LocalDate end = fields.date("endDate", true);
        ContractRequests.endNotBeforeStart(fields, start, end, "endDate");
        Money value = ContractRequests.positive(fields, "value");
        String conditions = fields.text("conditions", 4000, false);
        Long decisionId = fields.id("decisionId", false);
        List<FundingShare> funding = ContractRequests.funding(fields);
        List<ContractDraft.ServiceLine> serviceLines = ContractRequests.services(fields, "services");
        List<ScheduleItem> schedule = ContractRequests.schedule(fields);
        fields.validate();
        Contract contract = lifecycle.create(new ContractDraft(reference, title, type, providerId, leadContractId,
                commissionerIds, start, end, value, conditions, decisionId, funding, serviceLines, schedule), viewer);
        return Response.created(URI.create("/api/contracts/" + contract.id())).entity(view(contract)).build();
    }

    @POST
    @Path("{id}/activate")
    @Operation(summary = "Activate a draft: commits its funding in the ledger (valueDate defaults to the start date)")
    public ContractJson activate(@PathParam("id") Long id, JsonObject body) {
        RequestFields fields = RequestFields.of(body == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : body);
        LocalDate valueDate = fields.date("valueDate", false);
        fields.validate();
        return view(lifecycle.activate(id, valueDate, caller.viewer()));
    }

    @GET
    @Path("{id}/variations")
    @Operation(summary = "The contract's variations, oldest first")
    public List<VariationJson> variations(@PathParam("id") Long id) {
        contracts.get(id, caller.viewer());
        return contracts.variations(id).stream().map(VariationJson::of).toList();
    }

    @POST
    @Path("{id}/variations")
    @Operation(summary = "Vary an active contract (value, period, services, schedule), citing a decision; posts the "
            + "change in commitment")
    public Response vary(@PathParam("id") Long id, JsonObject body) {
        RequestFields fields = RequestFields.of(body);
        Long decisionId = fields.id("decisionId", false);
        String reason = fields.text("reason", 1000, true);
        LocalDate effective = fields.date("effectiveDate", true);
        Money newValue = fields.has("newValue") ? ContractRequests.positive(fields, "newValue") : null;
        LocalDate newStart = fields.date("newStartDate", false);
        LocalDate newEnd = fields.date("newEndDate", false);
        ContractRequests.endNotBeforeStart(fields, newStart, newEnd, "newEndDate");
        List<FundingShare> funding = ContractRequests.funding(fields);
        List<ContractDraft.ServiceLine> add = ContractRequests.services(fields, "addServices");
        List<Long> remove = fields.ids("removeServices");
        List<ScheduleItem> schedule = fields.has("schedule") ? ContractRequests.schedule(fields) : null;
        fields.validate();
        ContractVariation v = lifecycle.vary(id, new VariationDraft(decisionId, reason, effective, newValue, newStart,
                newEnd, funding.isEmpty() ? null : funding, add, remove, schedule), caller.viewer());
        return Response.created(URI.create("/api/contracts/" + id + "/variations")).entity(VariationJson.of(v)).build();
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "End an active contract that has run its course; releases its unspent commitment")
    public VariationJson end(@PathParam("id") Long id, JsonObject body) {
        return close(id, body, ContractStatus.ENDED);
    }

    @POST
    @Path("{id}/terminate")
    @Operation(summary = "Terminate an active contract early, citing a decision; releases its unspent commitment")
    public VariationJson terminate(@PathParam("id") Long id, JsonObject body) {
        return close(id, body, ContractStatus.TERMINATED);
    }

    private VariationJson close(Long id, JsonObject body, ContractStatus outcome) {
        RequestFields fields = RequestFields.of(body);
        Long decisionId = fields.id("decisionId", false);
        String reason = fields.text("reason", 1000, true);
        LocalDate effective = fields.date("effectiveDate", true);
        fields.validate();
        return VariationJson.of(lifecycle.close(id, outcome, decisionId, reason, effective, caller.viewer()));
    }

    @POST
    @Path("{id}/schedule/{lineId}/accept-report")
    @Operation(summary = "Accept the report a milestone waits for: the milestone is released for payment")
    public ScheduleLineJson acceptReport(@PathParam("id") Long id, @PathParam("lineId") Long lineId) {
        return ScheduleLineJson.of(lifecycle.acceptReport(id, lineId, caller.viewer()));
    }

    @GET
    @Path("{id}/milestones/{line}/evidence")
    @Operation(summary = "Evidence files attached to a milestone's report, oldest first")
    public List<EvidenceJson> milestoneEvidence(@PathParam("id") Long id, @PathParam("line") Long line) {
        Viewer viewer = caller.viewer();
        milestoneEvidence.of(id, line, viewer);
        return evidence.list(MilestoneEvidence.OWNER_TYPE, line, viewer).stream().map(EvidenceJson::of).toList();
    }

    @POST
    @Path("{id}/milestones/{line}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach an evidence file to a milestone's report as multipart/form-data (part 'file'; the "
            + "provider's finance leads, until the report is accepted)",
            description = "PDF, PNG, JPEG, CSV or XLSX, checked from the bytes (415 otherwise); at most the size limit "
                    + "(413). 201 with the new file; 200 with the existing one when the same bytes are already attached.")
    public Response attachForm(@PathParam("id") Long id, @PathParam("line") Long line, List<EntityPart> parts)
            throws IOException {
        EntityPart file = parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> new InvalidRequestException("file", "is required: the file as the form part named 'file'"));
        return attach(id, line, file.getFileName().orElse(null), file.getContent());
    }

    @POST
    @Path("{id}/milestones/{line}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach an evidence file to a milestone's report as the raw request body, named by "
            + "Content-Disposition (filename) or the fileName query parameter",
            description = "Whatever the Content-Type says, the type is taken from the bytes.")
    public Response attachBody(@PathParam("id") Long id, @PathParam("line") Long line, InputStream body,
                               @HeaderParam("Content-Disposition") String disposition,
                               @QueryParam("fileName") String fileName) {
        return attach(id, line, fileName != null ? fileName : ContentDisposition.fileName(disposition), body);
    }

    private Response attach(Long id, Long line, String fileName, InputStream content) {
        Viewer viewer = caller.viewer();
        milestoneEvidence.of(id, line, viewer);
        EvidenceStore.Stored stored = evidence.store(MilestoneEvidence.OWNER_TYPE, line, fileName, content, viewer);
        EvidenceJson json = EvidenceJson.of(stored.file());
        return stored.alreadyAttached() ? Response.ok(json).build()
                : Response.created(URI.create(json.download())).entity(json).build();
    }

    @GET
    @Path("under-recovery")
    @Operation(summary = "Under-recovery against full cost across the caller's signed contracts, worst first")
    public List<RecoveryJson> underRecovery() {
        return underRecovery.across(caller.viewer()).stream().map(RecoveryJson::of).toList();
    }

    @GET
    @Path("ocds")
    @Produces({"application/json", "application/vnd.ocds+json"})
    @Operation(summary = "The caller's signed contracts as an OCDS 1.1 release package")
    public JsonObject ocds() {
        List<Contract> visible = contracts.visible(caller.viewer(), null, null);
        return ocds.releasePackage(visible, uri.getRequestUri().toString());
    }

    private ContractJson view(Contract c) {
        List<ContractSummaryJson> subs = contracts.subcontracts(c.id()).stream().map(ContractSummaryJson::of).toList();
        return new ContractJson(c.id(), c.reference(), c.title(), c.type().name(), c.status().name(),
                OrganisationRef.of(c.provider()), ContractsJson.ContractRef.of(c.leadContract()),
                c.commissioners().stream().map(OrganisationRef::of).toList(),
                c.startDate(), c.endDate(), MoneyJson.of(c.value()), c.conditions(),
                c.decision() == null ? null : c.decision().reference(),
                c.funding().stream().map(f -> ContractsJson.funding(f, contracts.outstandingCommitment(c, f.fund()))).toList(),
                c.services().stream().map(s -> ContractsJson.service(s, services.get(s.serviceId()).name())).toList(),
                c.schedule().stream().map(ScheduleLineJson::of).toList(), subs,
                MoneyJson.of(contracts.subcontractedTotal(c, null)),
                contracts.variations(c.id()).stream().map(VariationJson::of).toList(),
                c.status() == ContractStatus.DRAFT ? List.of() : underRecovery.of(c).stream().map(RecoveryJson::of).toList(),
                c.commitmentEntryId(), c.activatedAt(), c.activatedBy(), c.closedAt(), c.closeReason());
    }
}
