package uk.commissioning.contracts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.contracts.boundary.ContractsJson.ContractSummaryJson;
import uk.commissioning.contracts.control.ContractQueries;
import uk.commissioning.identity.boundary.Caller;

/** The contracts a fund pays for: the drill-down from a fund's committed figure to who it is committed to. */
@Path("funds/{id}/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class FundContractsResource {

    @Inject
    ContractQueries contracts;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Contracts paid (in part) from a fund")
    public List<ContractSummaryJson> paidFrom(@PathParam("id") Long fundId) {
        return contracts.paidFrom(fundId, caller.viewer()).stream().map(ContractSummaryJson::of).toList();
    }
}
