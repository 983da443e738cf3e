package uk.commissioning.contracts.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.contracts.entity.FullCostRecovery.OverheadPool;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.period.FinancialYear;

/**
 * A provider's full-cost-recovery budget for one financial year: its four overhead pools, its own totals for the
 * headcount and staff-time drivers, and its activities with their direct cost lines. The provider edits it as a
 * whole (each save is audited with before and after); {@link #toCalculation()} hands it to {@link FullCostRecovery}.
 */
@Entity
@Table(name = "fcr_budget")
@NamedQuery(name = FcrBudget.OF_PROVIDER_YEAR,
        query = "SELECT b FROM FcrBudget b WHERE b.provider.id = :provider AND b.financialYear = :year")
@NamedQuery(name = FcrBudget.OF_PROVIDER,
        query = "SELECT b FROM FcrBudget b WHERE b.provider.id = :provider ORDER BY b.financialYear DESC")
public class FcrBudget {

    public static final String OF_PROVIDER_YEAR = "FcrBudget.ofProviderYear";
    public static final String OF_PROVIDER = "FcrBudget.ofProvider";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "provider_id", updatable = false)
    private Organisation provider;

    @Column(name = "financial_year", nullable = false, updatable = false)
    private String financialYear;

    @Column(nullable = false)
    private String currency;

    @Column(name = "premises_and_office", nullable = false, precision = 19, scale = 2)
    private BigDecimal premisesAndOffice;

    @Column(name = "central_functions", nullable = false, precision = 19, scale = 2)
    private BigDecimal centralFunctions;

    @Column(name = "governance_and_strategy", nullable = false, precision = 19, scale = 2)
    private BigDecimal governanceAndStrategy;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal fundraising;

    @Column(name = "total_headcount", nullable = false, precision = 9, scale = 2)
    private BigDecimal totalHeadcount;

    @Column(name = "total_staff_time", nullable = false, precision = 9, scale = 2)
    private BigDecimal totalStaffTime;

    @OneToMany(mappedBy = "budget", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<FcrActivity> activities = new ArrayList<>();

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected FcrBudget() {
    }

    public FcrBudget(Organisation provider, FinancialYear year) {
        this.provider = provider;
        this.financialYear = year.toString();
    }

    /** Replaces the whole budget with what the provider submitted; the activities are rebuilt from the draft. */
    public void replaceWith(FcrDraft draft, String actor) {
        Map<OverheadPool, Money> pools = draft.pools();
        this.currency = draft.currency().getCurrencyCode();
        this.premisesAndOffice = pools.get(OverheadPool.PREMISES_AND_OFFICE).amount();
        this.centralFunctions = pools.get(OverheadPool.CENTRAL_FUNCTIONS).amount();
        this.governanceAndStrategy = pools.get(OverheadPool.GOVERNANCE_AND_STRATEGY).amount();
        this.fundraising = pools.get(OverheadPool.FUNDRAISING).amount();
        this.totalHeadcount = draft.totalHeadcount();
        this.totalStaffTime = draft.totalStaffTime();
        this.activities.clear();
        int position = 0;
        for (FcrDraft.ActivityDraft activity : draft.activities()) {
            activities.add(new FcrActivity(this, position++, activity));
        }
        this.updatedAt = Instant.now();
        this.updatedBy = actor;
    }

    public FullCostRecovery.Organisation toCalculation() {
        return toDraft().calculation();
    }

    /** The stored budget in the shape it was submitted in. */
    public FcrDraft toDraft() {
        return new FcrDraft(currency(), pools(), totalHeadcount, totalStaffTime,
                activities().stream().map(FcrActivity::toDraft).toList());
    }

    public Map<OverheadPool, Money> pools() {
        Map<OverheadPool, Money> pools = new EnumMap<>(OverheadPool.class);
        pools.put(OverheadPool.PREMISES_AND_OFFICE, money(premisesAndOffice));
        pools.put(OverheadPool.CENTRAL_FUNCTIONS, money(centralFunctions));
        pools.put(OverheadPool.GOVERNANCE_AND_STRATEGY, money(governanceAndStrategy));
        pools.put(OverheadPool.FUNDRAISING, money(fundraising));
        return pools;
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, currency());
    }

    public Long id() {
        return id;
    }

    public Organisation provider() {
        return provider;
    }

    public FinancialYear financialYear() {
        return FinancialYear.parse(financialYear);
    }

    public java.util.Currency currency() {
        return Money.currency(currency);
    }

    public BigDecimal totalHeadcount() {
        return totalHeadcount;
    }

    public BigDecimal totalStaffTime() {
        return totalStaffTime;
    }

    /** In the order the provider entered them (the database's order of a collection is not to be relied on). */
    public List<FcrActivity> activities() {
        return activities.stream().sorted(java.util.Comparator.comparingInt(FcrActivity::position)).toList();
    }

    public int rowVersion() {
        return rowVersion;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("provider", provider.orgId().value());
        view.put("financialYear", financialYear);
        pools().forEach((pool, amount) -> view.put(pool.name(), amount.toString()));
        view.put("totalHeadcount", totalHeadcount.toPlainString());
        view.put("totalStaffTime", totalStaffTime.toPlainString());
        for (FcrActivity activity : activities()) {
            view.put("activity " + (activity.position() + 1), activity.summary());
        }
        return view;
    }
}
