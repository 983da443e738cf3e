package uk.commissioning.microcommissioning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.areas.entity.GssCode;
import uk.commissioning.demand.boundary.DemandQuery;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.demand.matching.control.Matching;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.microcommissioning.boundary.ProposalsJson.Names;
import uk.commissioning.microcommissioning.boundary.ProposalsJson.ProposalJson;
import uk.commissioning.microcommissioning.control.Proposals;
import uk.commissioning.microcommissioning.entity.AllocationProposal;
import uk.commissioning.money.Money;
import uk.commissioning.platform.web.RequestFields;

@Path("demand/proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Micro-commissioning proposals", description = "How to share a micro-commissioning pot among the gaps "
        + "matching finds (unfunded demand weighted by deprivation, within award limits); accepting posts the allocations")
public class ProposalsResource {


    @Inject
    Proposals proposals;

    @Inject
    Matching matching;

    @Inject
    Caller caller;

    @POST
    @Operation(summary = "Propose how to share a micro-commissioning pot: {fundId, quarter|year, needs[], areas[] (all "
            + "borough or all ward codes), minAward, maxAward, deprivationWeighting, amount (default: all AVAILABLE)}")
    public Response propose(JsonObject body) {
        Viewer viewer = caller.requireMoneyManager();
        RequestFields fields = RequestFields.of(body);
        Long fundId = fields.id("fundId", false);
        DemandPeriod period = DemandQuery.period(fields, fields.text("quarter", 12, false), fields.text("year", 9, false));
        List<String> needs = upper(fields.strings("needs", 40));
        List<String> areas = areas(fields);
        Money minAward = fields.money("minAward", false);
        Money maxAward = fields.money("maxAward", false);
        Boolean weighting = fields.bool("deprivationWeighting", false);
        Money amount = fields.money("amount", false);
        fields.validate();
        AllocationProposal proposal = proposals.propose(new Proposals.Request(fundId, period, needs, areas, minAward,
                maxAward, Boolean.TRUE.equals(weighting), amount), viewer);
        return Response.created(URI.create("/api/demand/proposals/" + proposal.id())).entity(view(proposal)).build();
    }

    /** Each code written as a ward (E05…) or a borough (E09…) code; which are known, and not mixed, is the domain's. */
    private static List<String> areas(RequestFields fields) {
        List<String> areas = upper(fields.strings("areas", 9));
        for (int i = 0; i < areas.size(); i++) {
            if (!GssCode.isAreaCode(areas.get(i))) {
                fields.reject("areas[" + i + "]", "'" + areas.get(i) + "' is not a ward (E05…) or borough (E09…) code");
            }
        }
        return areas;
    }

    private static List<String> upper(List<String> codes) {
        return codes.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
    }

    @GET
    @Operation(summary = "A micro-commissioning pot's proposals, newest first")
    public List<ProposalJson> ofFund(@QueryParam("fundId") Long fundId) {
        Viewer viewer = caller.requireMoneyManager();
        RequestFields query = RequestFields.forQuery();
        if (fundId == null) {
            query.reject("fundId", "is required: the micro-commissioning pot's id");
        }
        query.validate();
        Names names = names();
        return proposals.ofFund(fundId, viewer).stream().map(p -> ProposalJson.of(p, names)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One proposal with its lines, candidate services and explanations")
    public ProposalJson one(@PathParam("id") Long id) {
        return view(proposals.get(id, caller.requireMoneyManager()));
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept a proposal: one allocation from the pot per line with an award, in one transaction "
            + "({decisionId?, valueDate?}; valueDate defaults to today, or the pot's last day once its year is over)")
    public ProposalJson accept(@PathParam("id") Long id, JsonObject body) {
        Viewer viewer = caller.requireMoneyManager();
        RequestFields fields = RequestFields.of(body == null ? JsonValue.EMPTY_JSON_OBJECT : body);
        Long decisionId = fields.id("decisionId", false);
        LocalDate valueDate = fields.date("valueDate", false);
        fields.validate();
        return view(proposals.accept(id, decisionId, valueDate, viewer));
    }

    private ProposalJson view(AllocationProposal proposal) {
        return ProposalJson.of(proposal, names());
    }

    private Names names() {
        return Names.of(matching.areas(), matching.needNames(), matching.directory(), matching.sessionsPerPerson());
    }
}
