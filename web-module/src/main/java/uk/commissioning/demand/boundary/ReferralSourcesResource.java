package uk.commissioning.demand.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.demand.control.DemandReferenceData;
import uk.commissioning.platform.web.Caller;

@Path("demand/referral-sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Demand imports")
public class ReferralSourcesResource {

    @Inject
    DemandReferenceData reference;

    @Inject
    Caller caller;

    public record ReferralSourceJson(String code, String name) {
    }

    @GET
    @Operation(summary = "The referral sources a demand file may name (code or name)")
    public List<ReferralSourceJson> all() {
        caller.viewer();
        return reference.referralSources().stream().map(s -> new ReferralSourceJson(s[0], s[1])).toList();
    }
}
