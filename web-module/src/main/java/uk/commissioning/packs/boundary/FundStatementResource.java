package uk.commissioning.packs.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.packs.control.FundStatement;
import uk.commissioning.packs.control.FundStatementReport;
import uk.commissioning.packs.control.FundStatements;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.web.InvalidRequestException;
import uk.commissioning.platform.web.RequestFields;

/**
 * A fund's position statement as PDF, under the fund's own path. It lives with the packs that render it, not with
 * funding, because packs read funding's positions: the statement depends on the fund, never the other way round.
 */
@Path("funds/{id}/statement.pdf")
@RequestScoped
@Tag(name = "Funds")
public class FundStatementResource {

    @Inject
    FundStatements statements;

    @Inject
    FundStatementReport statementReport;

    @Inject
    Caller caller;

    @GET
    @Produces("application/pdf")
    @Operation(summary = "Fund position statement for a quarter, as PDF (quarter is required)",
            description = "The position at the quarter's last day beside the quarter's movements, and the per-partner "
                    + "split for a pooled fund; the same figures and visibility as GET /api/funds/{id}/position?quarter=.")
    public Response statement(@PathParam("id") Long id,
                              @Parameter(example = "2019-20-Q4", required = true) @QueryParam("quarter") String quarter) {
        Viewer viewer = caller.viewer();
        if (quarter == null || quarter.isBlank()) {
            throw new InvalidRequestException("quarter", "is required, a quarter such as 2019-20-Q4");
        }
        RequestFields query = RequestFields.forQuery();
        Quarter q = query.parse("quarter", quarter, Quarter::parse, null);
        query.validate();
        // Built inside the EJB's transaction, rendered after it: the PDF needs no database.
        FundStatement statement = statements.forQuarter(id, q, viewer);
        String file = (statement.fund().code() + "-" + q.code()).replaceAll("[^A-Za-z0-9._-]", "-") + ".pdf";
        return Response.ok(statementReport.pdf(statement), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
