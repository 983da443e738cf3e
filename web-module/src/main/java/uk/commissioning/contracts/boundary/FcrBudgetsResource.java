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
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.contracts.boundary.ContractsJson.FcrBudgetJson;
import uk.commissioning.contracts.boundary.ContractsJson.FcrBudgetSummaryJson;
import uk.commissioning.contracts.control.FcrBudgets;
import uk.commissioning.contracts.entity.CostCategory;
import uk.commissioning.contracts.entity.FcrBudget;
import uk.commissioning.contracts.entity.FcrDraft;
import uk.commissioning.contracts.entity.FullCostRecovery.OverheadPool;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.platform.web.InvalidRequestException;
import uk.commissioning.platform.web.RequestFields;

@Path("fcr-budgets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Full cost recovery", description = "Providers' ACEVO/NPC full-cost-recovery budgets and the full cost of each service")
public class FcrBudgetsResource {

    @Inject
    FcrBudgets budgets;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The budgets the caller may read: their own organisation's, or those of providers they contract with")
    public List<FcrBudgetSummaryJson> all() {
        return budgets.visible(caller.viewer()).stream().map(FcrBudgetSummaryJson::of).toList();
    }

    @GET
    @Path("{providerId}/{year}")
    @Operation(summary = "A provider's budget for a financial year (e.g. 2019-20) with the full cost of each activity")
    public FcrBudgetJson one(@PathParam("providerId") Long providerId, @PathParam("year") String year) {
        FcrBudget budget = budgets.get(providerId, year(year), caller.viewer());
        return FcrBudgetJson.of(budget, budgets.costs(budget));
    }

    @PUT
    @Path("{providerId}/{year}")
    @Operation(summary = "Create or replace the provider's budget (its own finance leads or an administrator)",
            description = "Headcount and staff time per activity must add up to the organisation's totals, or the "
                    + "budget is refused with FCR_DRIVERS_INVALID and the previous one stays.")
    public FcrBudgetJson save(@PathParam("providerId") Long providerId, @PathParam("year") String year, JsonObject body) {
        Viewer viewer = caller.viewer();
        FinancialYear fy = year(year);
        FcrDraft draft = read(RequestFields.of(body));
        FcrBudget budget = budgets.save(providerId, fy, draft, viewer);
        return FcrBudgetJson.of(budget, budgets.costs(budget));
    }

    private static FinancialYear year(String text) {
        try {
            return FinancialYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("year", e.getMessage());
        }
    }

    /** The body as written; whether each figure is given and not negative is the draft's rule ({@link FcrDraft}). */
    static FcrDraft read(RequestFields fields) {
        String currencyCode = fields.text("currency", 3, false);
        Currency currency = currencyCode == null ? Money.DEFAULT_CURRENCY
                : fields.parse("currency", currencyCode, Money::currency, null);
        Map<OverheadPool, Money> pools = new EnumMap<>(OverheadPool.class);
        for (OverheadPool pool : OverheadPool.values()) {
            pools.put(pool, fields.money(pool.field(), false));
        }
        BigDecimal headcount = fields.decimal("totalHeadcount", false);
        BigDecimal staffTime = fields.decimal("totalStaffTime", false);
        List<FcrDraft.ActivityDraft> activities = fields.objects("activities", a -> new FcrDraft.ActivityDraft(
                a.text("name", 200, false), a.id("serviceId", false), a.decimal("headcount", false),
                a.decimal("staffTime", false), a.decimal("unitsPerYear", false),
                a.objects("lines", FcrBudgetsResource::line)));
        fields.validate();
        return new FcrDraft(currency, pools, headcount, staffTime, activities);
    }

    private static FcrDraft.CostLineDraft line(RequestFields l) {
        CostCategory category = l.enumeration("category", CostCategory.class, false);
        String description = l.text("description", 200, false);
        if (category == CostCategory.STAFF) {
            return new FcrDraft.CostLineDraft(category, description, l.decimal("fte", false), l.money("salary", false),
                    l.decimal("onCostPct", false), null);
        }
        return new FcrDraft.CostLineDraft(category, description, null, null, null, l.money("amount", false));
    }
}
