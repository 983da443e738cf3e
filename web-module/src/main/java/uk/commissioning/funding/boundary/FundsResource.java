package uk.commissioning.funding.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.funding.boundary.FundingJson.AllocationJson;
import uk.commissioning.funding.boundary.FundingJson.ContributionJson;
import uk.commissioning.funding.boundary.FundingJson.FundJson;
import uk.commissioning.funding.boundary.FundingJson.PositionJson;
import uk.commissioning.funding.control.Allocations;
import uk.commissioning.funding.control.FundDraft;
import uk.commissioning.funding.control.FundPositions;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.entity.Contribution;
import uk.commissioning.funding.entity.ContributionKind;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.FundType;
import uk.commissioning.funding.entity.RiskShareType;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.ledger.boundary.LedgerJson.PostingJson;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.control.PostingPage;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.money.Money;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.web.InvalidRequestException;
import uk.commissioning.platform.web.Json.MoneyJson;
import uk.commissioning.platform.web.Json;
import uk.commissioning.platform.web.RequestFields;

@Path("funds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Funds", description = "Funds and pooled budgets, partners' contributions, positions and ledgers")
public class FundsResource {

    @Inject
    Funds funds;

    @Inject
    Allocations allocations;

    @Inject
    FundPositions positions;

    @Inject
    Ledger ledger;

    @Inject
    Caller caller;

    public record PartnerRequest(Long organisationId, RiskShareType shareType,
                                 @Schema(description = "fixed risk share in per cent; omit for VARIABLE") BigDecimal riskSharePct) {
    }

    public record CreateFund(String code, String name, FundType type, Long ownerId,
                             @Schema(example = "2019-20") String financialYear, String purpose,
                             @Schema(example = "GBP") String currency, Long hostId, Long poolManagerId,
                             List<PartnerRequest> partners) {
    }

    public record RecordContribution(Long partnerId, MoneyJson amount, ContributionKind kind,
                                     @Schema(example = "2019-04-01") LocalDate valueDate, String note, Long decisionId) {
    }

    @GET
    @Operation(summary = "All funds, newest financial year first")
    public List<FundJson> all() {
        return funds.all(caller.viewer()).stream().map(FundJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One fund with its partners")
    public FundJson one(@PathParam("id") Long id) {
        return FundJson.of(funds.readable(id, caller.viewer()));
    }

    @POST
    @Operation(summary = "Set up a fund (commissioner or admin); pooled funds need partners whose risk shares add up")
    @RequestBody(content = @Content(schema = @Schema(implementation = CreateFund.class)))
    public Response create(JsonObject body) {
        String actor = caller.requireMoneyManager().username();
        RequestFields fields = RequestFields.of(body);
        String code = fields.text("code", 40, true);
        String name = fields.text("name", 200, true);
        FundType type = fields.enumeration("type", FundType.class, true);
        Long ownerId = fields.id("ownerId", true);
        FinancialYear year = fields.parse("financialYear", fields.text("financialYear", 7, true), FinancialYear::parse, null);
        String purpose = fields.text("purpose", 1000, true);
        String currencyCode = fields.text("currency", 3, false);
        Currency currency = currencyCode == null ? Money.DEFAULT_CURRENCY
                : fields.parse("currency", currencyCode, Money::currency, null);
        Long hostId = fields.id("hostId", false);
        Long poolManagerId = fields.id("poolManagerId", false);
        List<FundDraft.PartnerShare> partners = fields.objects("partners", p -> {
            RiskShareType shareType = p.enumeration("shareType", RiskShareType.class, true);
            BigDecimal pct = p.decimal("riskSharePct", shareType == RiskShareType.FIXED);
            if (pct != null && (pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0 || pct.scale() > 4)) {
                pct = p.reject("riskSharePct", "must be between 0 and 100 with at most 4 decimals");
            }
            return new FundDraft.PartnerShare(p.id("organisationId", true), shareType, pct);
        });
        fields.validate();
        Fund fund = funds.create(new FundDraft(code, name, type, ownerId, year, purpose, currency, hostId, poolManagerId,
                partners), actor);
        return Response.created(URI.create("/api/funds/" + fund.id())).entity(FundJson.of(fund)).build();
    }

    @GET
    @Path("{id}/contributions")
    @Operation(summary = "Partners' contributions to a fund")
    public List<ContributionJson> contributions(@PathParam("id") Long id) {
        return funds.contributions(id, caller.viewer()).stream().map(ContributionJson::of).toList();
    }

    @POST
    @Path("{id}/contributions")
    @Operation(summary = "Record a partner's contribution (new money, reallocated or underspend); books it to the ledger")
    @RequestBody(content = @Content(schema = @Schema(implementation = RecordContribution.class)))
    public Response contribute(@PathParam("id") Long id, JsonObject body) {
        Viewer viewer = caller.requireMoneyManager();
        RequestFields fields = RequestFields.of(body);
        Long partnerId = fields.id("partnerId", true);
        Money amount = fields.money("amount", true);
        ContributionKind kind = fields.enumeration("kind", ContributionKind.class, true);
        LocalDate valueDate = fields.date("valueDate", true);
        String note = fields.text("note", 500, false);
        Long decisionId = fields.id("decisionId", false);
        fields.validate();
        Contribution c = funds.contribute(id, partnerId, amount, kind, valueDate, note, decisionId, viewer);
        return Response.created(URI.create("/api/funds/" + id + "/contributions")).entity(ContributionJson.of(c)).build();
    }

    @GET
    @Path("{id}/allocations")
    @Operation(summary = "Allocations from a fund")
    public List<AllocationJson> allocations(@PathParam("id") Long id) {
        return allocations.ofFund(id, caller.viewer()).stream().map(AllocationJson::of).toList();
    }

    @GET
    @Path("{id}/position")
    @Operation(summary = "Position at a date (asOf, default the fund's year end or today, whichever is earlier) or at the end of a quarter with the quarter's movements",
            description = "Budget, allocated, committed, claimed, approved, paid, accrued, remaining and forecast "
                    + "outturn, in total and per partner (by risk share for pooled funds).")
    public PositionJson position(@PathParam("id") Long id,
                                 @Parameter(example = "2020-03-31") @QueryParam("asOf") String asOf,
                                 @Parameter(example = "2019-20-Q3") @QueryParam("quarter") String quarter) {
        Viewer viewer = caller.viewer();
        if (asOf != null && quarter != null) {
            throw new InvalidRequestException("quarter", "give asOf or quarter, not both");
        }
        RequestFields query = RequestFields.forQuery();
        if (quarter != null) {
            Quarter q = query.parse("quarter", quarter, Quarter::parse, null);
            query.validate();
            return PositionJson.of(positions.forQuarter(id, q, viewer));
        }
        // Without a date, the date the fund page and the home cards open at: its year end, or today while it runs.
        LocalDate date = asOf == null ? funds.readable(id, viewer).defaultPositionDate(LocalDate.now())
                : query.parse("asOf", asOf, LocalDate::parse, "must be a date YYYY-MM-DD");
        query.validate();
        return PositionJson.of(positions.asOf(id, date, viewer));
    }

    @GET
    @Path("{id}/ledger")
    @Operation(summary = "A fund's postings, oldest first, paged; filter by account and/or quarter")
    public Json.Page<PostingJson> ledger(@PathParam("id") Long id, @QueryParam("account") String account,
                                         @Parameter(example = "2019-20-Q3") @QueryParam("quarter") String quarter,
                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        funds.readable(id, caller.viewer());
        RequestFields query = RequestFields.forQuery();
        Account acc = query.constant("account", account, Account.class);
        Quarter q = quarter == null ? null : query.parse("quarter", quarter, Quarter::parse, null);
        query.validate();
        PostingPage result = ledger.postings(id, acc, q, Json.page(page), Json.size(size, 50));
        return new Json.Page<>(result.items().stream().map(PostingJson::of).toList(), result.page(), result.size(),
                result.total());
    }
}
