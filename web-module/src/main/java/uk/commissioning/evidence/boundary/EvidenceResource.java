package uk.commissioning.evidence.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.evidence.control.EvidenceStore;
import uk.commissioning.evidence.entity.FileNames;
import uk.commissioning.identity.boundary.Caller;

@Path("evidence")
@RequestScoped
@Tag(name = "Evidence", description = "Evidence files attached to milestone reports and claims: PDF, PNG, JPEG, "
        + "CSV or XLSX, type checked from the bytes, stored with SHA-256")
public class EvidenceResource {

    @Inject
    EvidenceStore store;

    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an evidence file (404 to anyone who may not see what it is attached to)")
    public Response download(@PathParam("id") Long id) {
        EvidenceStore.Download file = store.download(id, caller.viewer());
        // The stored type is the one its bytes were found to be; nosniff keeps a browser from guessing another.
        return Response.ok(file.content(), file.file().contentType())
                .header("Content-Disposition", FileNames.contentDisposition(file.file().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Evidence-SHA256", file.file().sha256())
                .build();
    }
}
