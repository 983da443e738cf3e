package uk.commissioning.payments.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.evidence.boundary.ContentDisposition;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.boundary.OrganisationRef;
import uk.commissioning.payments.boundary.PaymentsJson.PaymentRunDetailJson;
import uk.commissioning.payments.boundary.PaymentsJson.PaymentRunJson;
import uk.commissioning.payments.boundary.PaymentsJson.RemittanceJson;
import uk.commissioning.payments.control.PaymentRuns;
import uk.commissioning.payments.control.RemittanceIntake;
import uk.commissioning.payments.control.Remittances;
import uk.commissioning.payments.entity.PaymentRun;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.csv.CsvWriter;
import uk.commissioning.platform.web.RequestFields;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Payment runs (docs/PAYMENTS.md): started here (202; the batch job schedules in the background and the run's
 * figures give a progress bar), their payment file for the finance system, and the finance system's remittance.
 */
@Path("payment-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payment runs", description = "Approved claims collected into a payment file for the finance system "
        + "(APPROVED → SCHEDULED), and the finance system's remittance marking them paid (SCHEDULED → PAID)")
public class PaymentRunsResource {

    public static final String REMITTANCE_CSV = "text/csv";

    @Inject
    PaymentRuns runs;

    @Inject
    RemittanceIntake intake;

    @Inject
    Caller caller;

    public record StartRun(@Schema(description = "administrators: required, the paying organisation; commissioners: their own (may be omitted)")
                           Long organisationId,
                           @Schema(description = "claims for quarters up to this one (default: the last quarter ended by the run's date)",
                                   example = "2019-20 Q1") String upToQuarter,
                           @Schema(description = "the date the claims are scheduled on (default: today)", example = "2019-07-10")
                           LocalDate runDate,
                           @Schema(description = "ISO 4217; default GBP: one run per currency", example = "GBP") String currency) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a payment run for your organisation (commissioners) or a named one (administrators): 202, "
            + "then poll the run; 409 PAYMENT_RUN_IN_PROGRESS while another of the organisation runs")
    @RequestBody(content = @Content(schema = @Schema(implementation = StartRun.class)))
    @APIResponse(responseCode = "202", description = "the run, queued",
            content = @Content(schema = @Schema(implementation = PaymentRunJson.class)))
    public Response start(JsonObject body) {
        Viewer viewer = caller.viewer();
        RequestFields fields = RequestFields.of(body == null ? JsonValue.EMPTY_JSON_OBJECT : body);
        Long organisationId = fields.id("organisationId", false);
        String quarterText = fields.text("upToQuarter", 20, false);
        Quarter upTo = quarterText == null ? null : fields.parse("upToQuarter", quarterText, Quarter::parse, null);
        LocalDate runDate = fields.date("runDate", false);
        String currency = fields.text("currency", 3, false);
        java.util.Currency chosen = currency == null ? null
                : fields.parse("currency", currency, Money::currency, "must be an ISO 4217 code such as GBP");
        fields.validate();
        PaymentRun run = runs.start(new PaymentRuns.Request(organisationId, upTo, runDate, chosen), today(), viewer);
        return Response.accepted(json(run)).location(URI.create("/api/payment-runs/" + run.id())).build();
    }

    @GET
    @Operation(summary = "Your organisation's payment runs (every run, for administrators), newest first")
    public List<PaymentRunJson> list() {
        return runs.list(caller.viewer(), 100).stream().map(this::json).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One payment run with its lines (each with its payment once remitted) and its remittances")
    public PaymentRunDetailJson one(@PathParam("id") Long id) {
        Viewer viewer = caller.viewer();
        PaymentRun run = runs.get(id, viewer);
        return PaymentRunDetailJson.of(json(run), runs.lines(id, viewer), runs.receipts(id, viewer), runs.remittances(id, viewer));
    }

    @GET
    @Path("{id}/file")
    @Produces("text/csv")
    @Operation(summary = "The payment file for the finance system: one row per claim per fund, then the CONTROL row "
            + "with the count and the control total")
    public Response file(@PathParam("id") Long id) {
        Viewer viewer = caller.viewer();
        PaymentRun run = runs.get(id, viewer);
        StreamingOutput csv = out -> runs.writeFile(id, viewer, out);
        return Response.ok(csv, CsvWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + run.reference().toLowerCase() + ".csv\"").build();
    }

    @POST
    @Path("{id}/remittance")
    @Consumes({REMITTANCE_CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Apply the finance system's remittance CSV (claim_reference, fund_code, amount, paid_date, "
            + "payment_reference): all lines or none; 422 REMITTANCE_MISMATCH lists every line at fault")
    @RequestBody(content = @Content(mediaType = REMITTANCE_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            example = "claim_reference,fund_code,amount,paid_date,payment_reference\nCLM-12,WF-SP-POOL-2019-20,5375.00,2019-07-15,BACS-000123")))
    @APIResponse(responseCode = "200", description = "applied", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RemittanceJson.class)))
    public RemittanceJson remittance(@PathParam("id") Long id, InputStream body,
                                     @HeaderParam("Content-Disposition") String disposition,
                                     @QueryParam("fileName") String fileName) {
        String name = fileName != null ? fileName : ContentDisposition.fileName(disposition);
        return RemittanceJson.of(intake.receive(id, name, readLimited(body), caller.viewer()));
    }

    @GET
    @Path("{id}/remittances")
    @Operation(summary = "The remittance files received for a run, applied or refused (with every line at fault)")
    public List<RemittanceJson> remittances(@PathParam("id") Long id) {
        return runs.remittances(id, caller.viewer()).stream().map(RemittanceJson::of).toList();
    }

    /** Reads at most one byte past the limit, so a huge body is refused without being read whole. */
    static byte[] readLimited(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes(Remittances.MAX_BYTES + 1);
            if (bytes.length > Remittances.MAX_BYTES) {
                throw new RuleViolation(Reason.FILE_TOO_LARGE, "file", "a remittance file is at most 5 MB");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PaymentRunJson json(PaymentRun run) {
        return PaymentRunJson.of(run, OrganisationRef.of(runs.organisation(run)));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
