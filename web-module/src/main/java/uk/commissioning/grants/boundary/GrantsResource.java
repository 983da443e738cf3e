package uk.commissioning.grants.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.evidence.boundary.ContentDisposition;
import uk.commissioning.grants.control.GrantExports;
import uk.commissioning.grants.control.GrantImports;
import uk.commissioning.grants.entity.ImportFormat;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.platform.csv.CsvWriter;

@Path("grants")
@RequestScoped
@Tag(name = "Grants (360Giving)", description = "Other funders' grants in the 360Giving Data Standard: import a "
        + "published JSON or CSV file, export every stored grant as a 360Giving package or CSV")
public class GrantsResource {

    static final String CSV = "text/csv";

    @Inject
    GrantImports imports;

    @Inject
    GrantExports exports;

    @Inject
    Caller caller;

    @POST
    @Path("imports")
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a 360Giving file (the body is the file: a JSON package {\"grants\":[…]} or the "
            + "standard's CSV). Grants that break the standard are reported by id (JSON) or line (CSV) and the rest "
            + "imported; a grant already stored counts as unchanged, or as a conflict if its content differs")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "the import's report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrantsJson.ImportReportJson.class)))
    public GrantsJson.ImportReportJson importFile(InputStream body, @HeaderParam("Content-Type") String contentType,
                                                  @HeaderParam("Content-Disposition") String disposition,
                                                  @QueryParam("fileName") String fileName) {
        Viewer viewer = caller.requireMoneyManager();
        ImportFormat format = contentType != null && contentType.toLowerCase().startsWith(CSV) ? ImportFormat.CSV : ImportFormat.JSON;
        String name = fileName != null ? fileName : ContentDisposition.fileName(disposition);
        if (name == null || name.isBlank()) {
            name = format == ImportFormat.CSV ? "grants.csv" : "grants.json";
        }
        return GrantsJson.ImportReportJson.of(imports.importFile(name, format, body, viewer.username()));
    }

    @GET
    @Path("360giving.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every stored grant as a 360Giving package {\"grants\":[…]}, ordered by id: its stored "
            + "fields with every extension the publisher gave, so an imported file exports equal to itself")
    public Response exportJson() {
        caller.requireMoneyManager();
        StreamingOutput json = exports::writeJson;
        return Response.ok(json, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"360giving.json\"").build();
    }

    @GET
    @Path("360giving.csv")
    @Produces(CSV)
    @Operation(summary = "Every stored grant as the 360Giving CSV (the standard's column titles, the first "
            + "recipient, location, funder and programme of each grant)")
    public Response exportCsv() {
        caller.requireMoneyManager();
        StreamingOutput csv = exports::writeCsv;
        return Response.ok(csv, CsvWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"360giving.csv\"").build();
    }
}
