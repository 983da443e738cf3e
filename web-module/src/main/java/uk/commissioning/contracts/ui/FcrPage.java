package uk.commissioning.contracts.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.contracts.control.FcrBudgets;
import uk.commissioning.contracts.control.Services;
import uk.commissioning.contracts.entity.CostCategory;
import uk.commissioning.contracts.entity.FcrActivity;
import uk.commissioning.contracts.entity.FcrBudget;
import uk.commissioning.contracts.entity.FcrCostLine;
import uk.commissioning.contracts.entity.FcrDraft;
import uk.commissioning.contracts.entity.FullCostRecovery.OverheadPool;
import uk.commissioning.contracts.entity.VcseService;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.InputRules;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.RuleViolation;

/**
 * A provider's full-cost-recovery budget for a financial year. Its own finance leads (and administrators) edit it as
 * a whole; commissioners who contract with the provider read it; anyone else gets the not-found page. Below the form,
 * the full cost of each activity as the stored budget works it out.
 */
@Named
@ViewScoped
public class FcrPage implements Serializable {

    static final String DEFAULT_YEAR = "2019-20";

    @Inject
    transient Caller caller;

    @Inject
    transient FcrBudgets budgets;

    @Inject
    transient Services services;

    @Inject
    transient Organisations organisations;

    /** One overhead pool's annual amount. */
    public static class PoolInput implements Serializable {
        private final OverheadPool pool;
        private BigDecimal amount;

        PoolInput(OverheadPool pool, BigDecimal amount) {
            this.pool = pool;
            this.amount = amount;
        }

        public OverheadPool getPool() {
            return pool;
        }

        public String getId() {
            return pool.name().toLowerCase().replace('_', '-');
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    /** A direct cost line: STAFF with FTE, salary and on-cost %; any other category with an amount. */
    public static class LineInput implements Serializable {
        private CostCategory category = CostCategory.STAFF;
        private String description;
        private BigDecimal fte;
        private BigDecimal salary;
        private BigDecimal onCostPct;
        private BigDecimal amount;

        public boolean isStaff() {
            return category == CostCategory.STAFF;
        }

        public CostCategory getCategory() {
            return category;
        }

        public void setCategory(CostCategory category) {
            this.category = category == null ? CostCategory.STAFF : category;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public BigDecimal getFte() {
            return fte;
        }

        public void setFte(BigDecimal fte) {
            this.fte = fte;
        }

        public BigDecimal getSalary() {
            return salary;
        }

        public void setSalary(BigDecimal salary) {
            this.salary = salary;
        }

        public BigDecimal getOnCostPct() {
            return onCostPct;
        }

        public void setOnCostPct(BigDecimal onCostPct) {
            this.onCostPct = onCostPct;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    /** An activity (usually a service of the provider) with its drivers and cost lines. */
    public static class ActivityInput implements Serializable {
        private String name;
        private Long serviceId;
        private BigDecimal headcount;
        private BigDecimal staffTime;
        private BigDecimal unitsPerYear;
        private final List<LineInput> lines = new ArrayList<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Long getServiceId() {
            return serviceId;
        }

        public void setServiceId(Long serviceId) {
            this.serviceId = serviceId;
        }

        public BigDecimal getHeadcount() {
            return headcount;
        }

        public void setHeadcount(BigDecimal headcount) {
            this.headcount = headcount;
        }

        public BigDecimal getStaffTime() {
            return staffTime;
        }

        public void setStaffTime(BigDecimal staffTime) {
            this.staffTime = staffTime;
        }

        public BigDecimal getUnitsPerYear() {
            return unitsPerYear;
        }

        public void setUnitsPerYear(BigDecimal unitsPerYear) {
            this.unitsPerYear = unitsPerYear;
        }

        public List<LineInput> getLines() {
            return lines;
        }
    }

    private Long provider;
    private String year = DEFAULT_YEAR;
    private String chosenYear;

    private Long providerId;
    private Organisation organisation;
    private FinancialYear financialYear;
    private boolean editable;
    private FcrBudget budget;
    private List<FcrBudgets.CostedActivity> costs = List.of();
    private List<FcrBudget> readable;

    private final List<PoolInput> pools = new ArrayList<>();
    private BigDecimal totalHeadcount;
    private BigDecimal totalStaffTime;
    private final List<ActivityInput> activities = new ArrayList<>();

    /**
     * Without a provider: a finance lead's own organisation; for anyone else, the list of budgets they may read.
     * With one: that provider's budget, if the viewer may read it; otherwise the not-found page.
     */
    public void load() throws IOException {
        if (financialYear != null || readable != null) {
            return;
        }
        Viewer viewer = caller.viewer();
        try {
            financialYear = InputRules.parse(year == null || year.isBlank() ? DEFAULT_YEAR : year, FinancialYear::parse, "year");
        } catch (RuleViolation e) {
            Messages.notFound();
            return;
        }
        chosenYear = financialYear.code();
        if (provider == null) {
            if (!viewer.is(Role.VCSE_FINANCE)) {
                readable = budgets.visible(viewer);
                financialYear = null;
                return;
            }
            providerId = viewer.organisationId();
        } else {
            providerId = provider;
        }
        try {
            if (!budgets.mayRead(viewer, providerId)) {
                throw new NotFoundException("FCR budget of organisation", providerId);
            }
            organisation = organisations.get(providerId);
        } catch (NotFoundException e) {
            Messages.notFound();
            return;
        }
        editable = budgets.mayWrite(viewer, providerId);
        reload();
    }

    /** The stored budget and its calculation; the form shows it as stored. */
    private void reload() {
        budget = budgets.find(providerId, financialYear).orElse(null);
        costs = budget == null ? List.of() : budgets.costs(budget);
        fill();
    }

    private void fill() {
        pools.clear();
        activities.clear();
        Map<OverheadPool, Money> stored = budget == null ? new EnumMap<>(OverheadPool.class) : budget.pools();
        for (OverheadPool pool : OverheadPool.values()) {
            pools.add(new PoolInput(pool, stored.containsKey(pool) ? stored.get(pool).amount() : null));
        }
        if (budget == null) {
            totalHeadcount = null;
            totalStaffTime = null;
            ActivityInput other = new ActivityInput();
            other.setName("Other activities and management");
            other.getLines().add(new LineInput());
            activities.add(other);
            return;
        }
        totalHeadcount = budget.totalHeadcount();
        totalStaffTime = budget.totalStaffTime();
        for (FcrActivity a : budget.activities()) {
            ActivityInput input = new ActivityInput();
            input.setName(a.name());
            input.setServiceId(a.serviceId());
            input.setHeadcount(a.headcount());
            input.setStaffTime(a.staffTime());
            input.setUnitsPerYear(a.unitsPerYear());
            for (FcrCostLine l : a.lines()) {
                LineInput line = new LineInput();
                line.setCategory(l.category());
                line.setDescription(l.description());
                line.setFte(l.fte());
                line.setSalary(l.salary());
                line.setOnCostPct(l.onCostPct());
                line.setAmount(l.amount());
                input.getLines().add(line);
            }
            activities.add(input);
        }
    }

    /**
     * Saves the whole budget; when the domain refuses it the form keeps what was typed and says why, on each field at
     * fault (the draft's input rules name them as the form's inputs are laid out).
     */
    public void save() {
        if (!editable) {
            return;
        }
        if (Messages.attempt("fcr", "The budget was not saved",
                () -> budgets.save(providerId, financialYear, draft(), caller.viewer())) != null) {
            reload();
            Messages.info("FCR budget for " + financialYear + " saved.");
        }
    }

    /** What the form holds, as typed: a stored budget keeps its currency, a new one is in the application's. */
    private FcrDraft draft() {
        Currency currency = budget == null ? Money.DEFAULT_CURRENCY : budget.currency();
        Map<OverheadPool, Money> poolAmounts = new EnumMap<>(OverheadPool.class);
        for (PoolInput pool : pools) {
            poolAmounts.put(pool.getPool(), InputRules.amount(pool.getAmount(), currency, pool.getPool().field()));
        }
        List<FcrDraft.ActivityDraft> drafts = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            ActivityInput a = activities.get(i);
            List<FcrDraft.CostLineDraft> lines = new ArrayList<>();
            for (int j = 0; j < a.getLines().size(); j++) {
                LineInput l = a.getLines().get(j);
                String field = "activities[" + i + "].lines[" + j + "].";
                lines.add(l.isStaff()
                        ? new FcrDraft.CostLineDraft(CostCategory.STAFF, strip(l.getDescription()), l.getFte(),
                                InputRules.amount(l.getSalary(), currency, field + "salary"), l.getOnCostPct(), null)
                        : new FcrDraft.CostLineDraft(l.getCategory(), strip(l.getDescription()), null, null, null,
                                InputRules.amount(l.getAmount(), currency, field + "amount")));
            }
            drafts.add(new FcrDraft.ActivityDraft(strip(a.getName()), a.getServiceId(), a.getHeadcount(), a.getStaffTime(),
                    a.getUnitsPerYear(), lines));
        }
        return new FcrDraft(currency, poolAmounts, totalHeadcount, totalStaffTime, drafts);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    public void addActivity() {
        ActivityInput activity = new ActivityInput();
        activity.getLines().add(new LineInput());
        activities.add(activity);
    }

    public void removeActivity(ActivityInput activity) {
        activities.remove(activity);
    }

    public void addLine(ActivityInput activity) {
        activity.getLines().add(new LineInput());
    }

    public void removeLine(ActivityInput activity, LineInput line) {
        activity.getLines().remove(line);
    }

    /** Shows another year's budget (a new page, so the address says which). */
    public String showYear() {
        return "/fcr/index?faces-redirect=true&year=" + chosenYear + (provider == null ? "" : "&provider=" + provider);
    }

    public List<String> getYears() {
        List<String> years = new ArrayList<>();
        FinancialYear y = FinancialYear.parse("2018-19");
        for (int i = 0; i < 5; i++) {
            years.add(y.code());
            y = y.next();
        }
        if (chosenYear != null && !years.contains(chosenYear)) {
            years.add(chosenYear);
        }
        return years;
    }

    public static String poolLabel(OverheadPool pool) {
        return switch (pool) {
            case PREMISES_AND_OFFICE -> "Premises and office";
            case CENTRAL_FUNCTIONS -> "Central functions (finance, HR, IT)";
            case GOVERNANCE_AND_STRATEGY -> "Governance and strategic development";
            case FUNDRAISING -> "General fundraising";
        };
    }

    public String label(OverheadPool pool) {
        return poolLabel(pool);
    }

    public String driver(OverheadPool pool) {
        return switch (pool.driver()) {
            case HEADCOUNT -> "shared by headcount";
            case STAFF_TIME -> "shared by staff time";
            case EXPENDITURE -> "shared by direct expenditure";
        };
    }

    /** One pool's share of an activity's full cost. */
    public Money share(FcrBudgets.CostedActivity costed, String pool) {
        return costed.cost().overheads().get(OverheadPool.valueOf(pool));
    }

    public List<VcseService> getProviderServices() {
        return providerId == null ? List.of() : services.ofProvider(providerId);
    }

    public String serviceName(Long serviceId) {
        return serviceId == null ? "" : getProviderServices().stream().filter(s -> s.id().equals(serviceId))
                .map(VcseService::name).findFirst().orElse("");
    }

    public CostCategory[] getCategories() {
        return CostCategory.values();
    }

    public boolean isListing() {
        return readable != null;
    }

    public Long getProvider() {
        return provider;
    }

    public void setProvider(Long provider) {
        this.provider = provider;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getChosenYear() {
        return chosenYear;
    }

    public void setChosenYear(String chosenYear) {
        this.chosenYear = chosenYear;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public FinancialYear getFinancialYear() {
        return financialYear;
    }

    public boolean isEditable() {
        return editable;
    }

    public FcrBudget getBudget() {
        return budget;
    }

    public List<FcrBudgets.CostedActivity> getCosts() {
        return costs;
    }

    public List<FcrBudget> getReadable() {
        return readable;
    }

    public List<PoolInput> getPools() {
        return pools;
    }

    public BigDecimal getTotalHeadcount() {
        return totalHeadcount;
    }

    public void setTotalHeadcount(BigDecimal totalHeadcount) {
        this.totalHeadcount = totalHeadcount;
    }

    public BigDecimal getTotalStaffTime() {
        return totalStaffTime;
    }

    public void setTotalStaffTime(BigDecimal totalStaffTime) {
        this.totalStaffTime = totalStaffTime;
    }

    public List<ActivityInput> getActivities() {
        return activities;
    }
}
