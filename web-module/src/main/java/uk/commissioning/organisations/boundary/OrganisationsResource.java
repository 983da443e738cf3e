package uk.commissioning.organisations.boundary;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.OrgId;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.organisations.entity.OrganisationType;
import uk.commissioning.platform.web.RequestFields;

@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Commissioners and VCSE organisations with org-id identifiers")
public class OrganisationsResource {

    @Inject
    Organisations organisations;

    @Inject
    Caller caller;

    public record OrganisationJson(Long id, String orgId, String name, OrganisationType type, String sector) {
        static OrganisationJson of(Organisation o) {
            return new OrganisationJson(o.id(), o.orgId().value(), o.name(), o.type(), o.type().sector().name());
        }
    }

    public record RegisterOrganisation(
            @Schema(description = "org-id such as GB-CHC-1234567; omitted = a generated 360G- identifier") String orgId,
            String name, OrganisationType type) {
    }

    @GET
    @Operation(summary = "All organisations, by name")
    public List<OrganisationJson> all() {
        caller.username();
        return organisations.all().stream().map(OrganisationJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation")
    public OrganisationJson one(@PathParam("id") Long id) {
        caller.username();
        return OrganisationJson.of(organisations.get(id));
    }

    @POST
    @Operation(summary = "Register an organisation (commissioner or admin)")
    @RequestBody(content = @Content(schema = @Schema(implementation = RegisterOrganisation.class)))
    public Response register(JsonObject body) {
        String actor = caller.requireMoneyManager().username();
        RequestFields fields = RequestFields.of(body);
        OrgId orgId = fields.parse("orgId", fields.text("orgId", 120, false), OrgId::of, null);
        String name = fields.text("name", 200, true);
        OrganisationType type = fields.enumeration("type", OrganisationType.class, true);
        fields.validate();
        Organisation created = organisations.register(orgId, name, type, actor);
        return Response.created(URI.create("/api/organisations/" + created.id())).entity(OrganisationJson.of(created)).build();
    }
}
