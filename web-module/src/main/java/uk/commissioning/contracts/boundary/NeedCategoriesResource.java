package uk.commissioning.contracts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.contracts.boundary.ContractsJson.NeedJson;
import uk.commissioning.contracts.control.NeedCategories;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.platform.web.RequestFields;

@Path("need-categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Need categories", description = "The needs link workers record, shared by services, referrals and matching")
public class NeedCategoriesResource {

    @Inject
    NeedCategories needs;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The need categories link workers record, with their SNOMED CT mapping where one is set")
    public List<NeedJson> needCategories() {
        caller.viewer();
        return needs.all().stream().map(NeedJson::of).toList();
    }

    @PUT
    @Path("{code}/snomed")
    @Operation(summary = "Map a need category to a SNOMED CT concept (administrators); nulls clear the mapping")
    public NeedJson mapToSnomed(@PathParam("code") String code, JsonObject body) {
        String actor = caller.requireAnyRole(Role.ADMIN).username();
        RequestFields fields = RequestFields.of(body);
        String snomedCode = fields.text("snomedCode", 18, false);
        if (snomedCode != null && !snomedCode.matches("\\d{6,18}")) {
            snomedCode = fields.reject("snomedCode", "a SNOMED CT concept id is 6 to 18 digits");
        }
        String term = fields.text("snomedTerm", 255, snomedCode != null);
        fields.validate();
        return NeedJson.of(needs.mapToSnomed(code, snomedCode, term, actor));
    }
}
