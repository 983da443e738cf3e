package uk.commissioning.demand.matching.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.areas.control.Areas;
import uk.commissioning.contracts.control.NeedCategories;
import uk.commissioning.demand.boundary.DemandQuery;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.demand.matching.control.Matching;
import uk.commissioning.demand.matching.control.MatchingCalculator.Level;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.platform.csv.CsvWriter;
import uk.commissioning.platform.web.RequestFields;

/**
 * Demand against contracted capacity. Aggregate figures only (no person appears), so VCSE finance leads may read it
 * as well as commissioners, board members and administrators.
 */
@Path("demand")
@RequestScoped
@Tag(name = "Demand matching", description = "Referrals against contracted capacity per quarter, area and need: "
        + "utilisation, unmet and unfunded demand, idle capacity, link-worker coverage and caseload")
public class MatchingResource {

    @Inject
    Matching matching;

    @Inject
    Areas areas;

    @Inject
    NeedCategories needs;

    @Inject
    Caller caller;

    @GET
    @Path("matching")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Matching for a quarter (quarter=2019-20-Q2) or a year (year=2019-20); level=ward|borough "
            + "(default borough); optional borough=E09… (its wards only) and need=CODE",
            description = "Cells with their own figures only; area and need names, the currency and the unit-cost "
                    + "bases once at the top level (docs/DEMAND.md, Response fields). Missing figures are left out. "
                    + "Small numbers: `exact` is false for anyone but an administrator, and then a cell whose referrals "
                    + "are 1 to 4 (or withheld so that one cannot be got by subtraction from a total) leaves out "
                    + "referrals, usedCapacity, utilisation, unmet and unfundedDemand and carries `suppressed`: \"<5\" "
                    + "or \"withheld\"; so do `totals` and a coverage line's peopleReferred, annualisedCaseload and "
                    + "caseloadPerFte.")
    public Response matching(@QueryParam("quarter") String quarter, @QueryParam("year") String year,
                             @QueryParam("level") String level, @QueryParam("borough") String borough,
                             @QueryParam("need") String need) {
        return Response.ok(MatchingJson.json(report(quarter, year, level, borough, need)), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @Path("matching.csv")
    @Produces("text/csv")
    @Operation(summary = "The same cells as CSV, one line per cell (a year's totals after its quarters), with a header",
            description = "A suppressed cell (see the JSON) has <5 or withheld in referrals and leaves used_capacity, "
                    + "utilisation, unmet and unfunded_demand empty.")
    public Response matchingCsv(@QueryParam("quarter") String quarter, @QueryParam("year") String year,
                                @QueryParam("level") String level, @QueryParam("borough") String borough,
                                @QueryParam("need") String need) {
        Matching.Report report = report(quarter, year, level, borough, need);
        String name = "matching-" + report.period().code() + "-" + report.level().name().toLowerCase(java.util.Locale.ROOT)
                + (report.borough() == null ? "" : "-" + report.borough()) + (report.need() == null ? "" : "-" + report.need())
                + ".csv";
        return Response.ok(MatchingJson.csv(report), CsvWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private Matching.Report report(String quarter, String year, String level, String borough, String need) {
        Viewer viewer = caller.requireAnyRole(Role.COMMISSIONER, Role.BOARD_MEMBER, Role.ADMIN, Role.VCSE_FINANCE);
        RequestFields query = RequestFields.forQuery();
        DemandPeriod period = DemandQuery.period(query, quarter, year);
        String levelText = DemandQuery.blankToNull(level);
        Level lvl = levelText == null ? Level.BOROUGH : query.constant("level", levelText, Level.class);
        String boroughCode = DemandQuery.borough(query, borough, areas);
        String needCode = DemandQuery.need(query, need, needs);
        query.validate();
        return matching.report(period, lvl, boroughCode, needCode, viewer);
    }
}
