package uk.commissioning.demand.imports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.demand.imports.control.DemandImports;
import uk.commissioning.demand.imports.control.ImportRecords;
import uk.commissioning.demand.imports.entity.DemandImport;
import uk.commissioning.demand.imports.entity.ImportFormat;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.platform.csv.CsvWriter;
import uk.commissioning.platform.web.InvalidRequestException;

/**
 * Demand file uploads (docs/DEMAND-FORMATS.md). The upload is answered 202 as soon as the file is staged; the batch
 * job reads it in the background and the status resource gives the counts for a progress bar.
 */
@Path("demand/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Demand imports", description = "Referral and aggregate demand files, read by a restartable batch job")
public class DemandImportsResource {

    @Inject
    DemandImports imports;

    @Inject
    ImportRecords records;

    @Inject
    Caller caller;

    public record ImportJson(Long id, String format, String fileName, String status, long totalLines, long read,
                             long written, long skipped, int percentDone, String uploadedBy, Instant uploadedAt,
                             Instant startedAt, Instant finishedAt, String failureReason, int attempts, String errorsUrl,
                             String jobRunsUrl) {

        public static ImportJson of(DemandImport i) {
            return new ImportJson(i.id(), i.format().parameter(), i.fileName(), i.status().name(), i.totalLines(),
                    i.rowsRead(), i.rowsWritten(), i.rowsSkipped(), i.percentDone(), i.uploadedBy(), i.uploadedAt(),
                    i.startedAt(), i.finishedAt(), i.failureReason(), i.attempts(), "/api/demand/imports/" + i.id() + "/errors.csv",
                    "/api/job-runs?key=" + DemandImports.businessKey(i.id()));
        }
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload a demand file as the request body (streamed; format=referrals|aggregate, optional fileName)")
    public Response uploadBody(InputStream body, @QueryParam("format") String format, @QueryParam("fileName") String fileName) {
        return accepted(imports.upload(body, fileName, format(format), uploader()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a demand file as multipart/form-data: part 'file', optional part 'format'")
    public Response uploadForm(List<EntityPart> parts) throws java.io.IOException {
        Viewer viewer = uploader();
        String format = null;
        EntityPart file = null;
        for (EntityPart part : parts) {
            if ("format".equals(part.getName())) {
                format = part.getContent(String.class);
            } else if ("file".equals(part.getName())) {
                file = part;
            }
        }
        if (file == null) {
            throw new InvalidRequestException("file", "is required: the CSV file as the form part named 'file'");
        }
        ImportFormat requested = format(format);
        return accepted(imports.upload(file.getContent(), file.getFileName().orElse(null), requested, viewer));
    }

    @GET
    @Operation(summary = "Recent imports of the caller's organisation (all, for administrators)")
    public List<ImportJson> recent() {
        return records.recent(caller.viewer(), 50).stream().map(ImportJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Status and read/written/skipped counts of one import")
    public ImportJson one(@PathParam("id") Long id) {
        return ImportJson.of(records.get(id, caller.viewer()));
    }

    @GET
    @Path("{id}/errors.csv")
    @Produces("text/csv")
    @Operation(summary = "Every rejected line: line number, column and reason (line 1 is the header)")
    public Response errors(@PathParam("id") Long id) {
        Viewer viewer = caller.viewer();
        records.get(id, viewer);
        StreamingOutput csv = out -> records.writeErrors(id, viewer, out);
        return Response.ok(csv, CsvWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"").build();
    }

    private Viewer uploader() {
        if (caller.isApiClient()) {
            return caller.viewer();
        }
        return caller.requireAnyRole(Role.COMMISSIONER, Role.VCSE_FINANCE, Role.ADMIN);
    }

    private static ImportFormat format(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<ImportFormat> format = ImportFormat.fromParameter(text);
        return format.orElseThrow(() -> new InvalidRequestException("format", "must be referrals or aggregate"));
    }

    private static Response accepted(DemandImport record) {
        return Response.accepted(ImportJson.of(record)).location(URI.create("/api/demand/imports/" + record.id())).build();
    }
}
