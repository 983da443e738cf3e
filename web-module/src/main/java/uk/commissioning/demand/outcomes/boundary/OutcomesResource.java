package uk.commissioning.demand.outcomes.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.areas.control.Areas;
import uk.commissioning.demand.boundary.DemandQuery;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.demand.outcomes.boundary.OutcomesJson.ReportJson;
import uk.commissioning.demand.outcomes.control.Outcomes;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.platform.web.RequestFields;

@Path("demand/outcomes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcomes", description = "ONS4 (each question on its own), SWEMWBS and attendance per service and need")
public class OutcomesResource {

    @Inject
    Outcomes outcomes;

    @Inject
    Areas areas;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Outcomes per service and need for a quarter (quarter=2019-20-Q2) or year (year=2019-20), "
            + "optionally in one borough; a VCSE finance lead sees only their organisation's services")
    public ReportJson outcomes(@QueryParam("quarter") String quarter, @QueryParam("year") String year,
                               @QueryParam("borough") String borough) {
        Viewer viewer = caller.requireAnyRole(Role.COMMISSIONER, Role.BOARD_MEMBER, Role.ADMIN, Role.VCSE_FINANCE);
        RequestFields query = RequestFields.forQuery();
        DemandPeriod period = DemandQuery.period(query, quarter, year);
        String boroughCode = DemandQuery.borough(query, borough, areas);
        query.validate();
        return ReportJson.of(outcomes.report(period, boroughCode, viewer));
    }
}
