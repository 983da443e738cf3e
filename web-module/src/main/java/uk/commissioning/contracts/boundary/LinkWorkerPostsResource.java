package uk.commissioning.contracts.boundary;

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
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.areas.entity.GssCode;
import uk.commissioning.contracts.boundary.ContractsJson.LinkWorkerPostJson;
import uk.commissioning.contracts.control.LinkWorkerPosts;
import uk.commissioning.contracts.entity.LinkWorkerPost;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.platform.web.RequestFields;

@Path("link-worker-posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Link-worker posts", description = "ARRS reimbursement, the true cost of a post and who tops up the shortfall")
public class LinkWorkerPostsResource {


    @Inject
    LinkWorkerPosts posts;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Posts the caller's organisation employs, recorded or tops up, with their costing")
    public List<LinkWorkerPostJson> all() {
        return posts.visible(caller.viewer()).stream().map(LinkWorkerPostJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One post with its costing")
    public LinkWorkerPostJson one(@PathParam("id") Long id) {
        return LinkWorkerPostJson.of(posts.get(id, caller.viewer()));
    }

    @POST
    @Operation(summary = "Record a post; maximumPerWte defaults to the configured scheme maximum; areaCode (a ward "
            + "E05… or borough E09…) is the area it covers, for link-worker coverage")
    public Response create(JsonObject body) {
        RequestFields fields = RequestFields.of(body);
        String title = fields.text("title", 200, true);
        Long employerId = fields.id("employerId", true);
        Boolean nhs = fields.bool("nhsEmployer", true);
        List<String> pcns = fields.strings("pcns", 200);
        if (pcns.isEmpty()) {
            fields.reject("pcns", "is required: the primary care network(s) the post serves");
        }
        FinancialYear year = fields.parse("financialYear", fields.text("financialYear", 7, true), FinancialYear::parse, null);
        String areaCode = fields.text("areaCode", 9, false);
        if (areaCode != null && !GssCode.isAreaCode(areaCode)) {
            areaCode = fields.reject("areaCode", "must be a London ward (E05…) or borough (E09…) code");
        }
        BigDecimal fte = fields.decimal("fte", true);
        if (fte != null && (fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0)) {
            fte = fields.reject("fte", "must be more than 0 and at most 1");
        }
        Money salary = ContractRequests.nonNegative(fields, "salary");
        Money onCosts = ContractRequests.nonNegative(fields, "employerOnCosts");
        Money supervision = ContractRequests.nonNegative(fields, "supervision");
        Money travel = ContractRequests.nonNegative(fields, "travel");
        Money it = ContractRequests.nonNegative(fields, "it");
        Money premises = ContractRequests.nonNegative(fields, "premises");
        Money maximum = fields.has("maximumPerWte") ? ContractRequests.positive(fields, "maximumPerWte") : null;
        Long toppedUpBy = fields.id("toppedUpById", false);
        fields.validate();
        LinkWorkerPost post = posts.create(new LinkWorkerPosts.PostDraft(title, employerId, nhs, pcns, year, areaCode, fte,
                salary, onCosts, supervision, travel, it, premises, maximum, toppedUpBy), caller.viewer());
        return Response.created(URI.create("/api/link-worker-posts/" + post.id())).entity(LinkWorkerPostJson.of(post)).build();
    }
}
