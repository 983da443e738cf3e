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
import uk.commissioning.demand.control.DemandHoldings;
import uk.commissioning.demand.imports.control.DemandReferenceData;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.boundary.Caller;

@Path("demand")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Demand imports")
public class DemandReferenceResource {

    @Inject
    DemandReferenceData reference;

    @Inject
    DemandHoldings holdings;

    @Inject
    Caller caller;

    public record ReferralSourceJson(String code, String name) {
    }

    @GET
    @Path("holdings")
    @Operation(summary = "Demand data held per source system: referrals, people, date range, aggregate counts")
    public List<DemandHoldings.Holding> holdings() {
        caller.requireAnyRole(Role.COMMISSIONER, Role.BOARD_MEMBER, Role.VCSE_FINANCE, Role.ADMIN);
        return holdings.bySourceSystem();
    }

    @GET
    @Path("referral-sources")
    @Operation(summary = "The referral sources a demand file may name (code or name)")
    public List<ReferralSourceJson> all() {
        caller.viewer();
        return reference.referralSources().stream().map(s -> new ReferralSourceJson(s[0], s[1])).toList();
    }
}
