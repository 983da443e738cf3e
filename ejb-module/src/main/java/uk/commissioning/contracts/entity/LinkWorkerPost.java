package uk.commissioning.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.period.FinancialYear;

/**
 * A social prescribing link-worker post: who employs it, which primary care networks it serves, what it costs and the
 * scheme limits that applied when it was recorded (kept on the post, so a later change of limits does not rewrite it).
 */
@Entity
@Table(name = "link_worker_post")
public class LinkWorkerPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String title;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "employer_id", updatable = false)
    private Organisation employer;

    @Column(name = "nhs_employer", nullable = false, updatable = false)
    private boolean nhsEmployer;

    @Column(name = "pcns_served", nullable = false, updatable = false)
    private String pcnsServed;

    @Column(name = "financial_year", nullable = false, updatable = false)
    private String financialYear;

    /** The ward (E05…) or borough (E09…) the post covers, for link-worker coverage; null when not recorded. */
    @Column(name = "area_code", updatable = false)
    private String areaCode;

    @Column(nullable = false, updatable = false, precision = 6, scale = 3)
    private BigDecimal fte;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal salary;

    @Column(name = "employer_on_costs", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal employerOnCosts;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal supervision;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal travel;

    @Column(name = "it_costs", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal itCosts;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal premises;

    @Column(name = "max_per_wte", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal maxPerWte;

    @Column(name = "on_cost_cap", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal onCostCap;

    @Column(nullable = false, updatable = false)
    private String currency;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "topped_up_by_id", updatable = false)
    private Organisation toppedUpBy;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "recorded_by_org_id", updatable = false)
    private Organisation recordedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected LinkWorkerPost() {
    }

    public LinkWorkerPost(String title, Organisation employer, boolean nhsEmployer, List<String> pcns, FinancialYear year,
                          String areaCode, BigDecimal fte, Money salary, Money onCosts, Money supervision, Money travel,
                          Money it, Money premises, LinkWorkerFunding.Scheme scheme, Organisation toppedUpBy,
                          Organisation recordedBy, String createdBy) {
        this.title = title;
        this.employer = employer;
        this.nhsEmployer = nhsEmployer;
        this.pcnsServed = String.join("; ", pcns);
        this.financialYear = year.toString();
        this.areaCode = areaCode;
        this.fte = fte;
        this.salary = salary.amount();
        this.employerOnCosts = onCosts.amount();
        this.supervision = supervision.amount();
        this.travel = travel.amount();
        this.itCosts = it.amount();
        this.premises = premises.amount();
        this.maxPerWte = scheme.maximumPerWholeTimePost().amount();
        this.onCostCap = scheme.nonNhsOnCostCap().amount();
        this.currency = salary.currencyCode();
        this.toppedUpBy = toppedUpBy;
        this.recordedBy = recordedBy;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public LinkWorkerFunding.Costing costing() {
        return LinkWorkerFunding.cost(new LinkWorkerFunding.Post(employer.name(), nhsEmployer, pcns(), fte, money(salary),
                money(employerOnCosts), money(supervision), money(travel), money(itCosts), money(premises),
                toppedUpBy == null ? null : toppedUpBy.name()), scheme());
    }

    public LinkWorkerFunding.Scheme scheme() {
        return new LinkWorkerFunding.Scheme(money(maxPerWte), money(onCostCap));
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, Money.currency(currency));
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Organisation employer() {
        return employer;
    }

    public boolean nhsEmployer() {
        return nhsEmployer;
    }

    public List<String> pcns() {
        return Arrays.stream(pcnsServed.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public FinancialYear financialYear() {
        return FinancialYear.parse(financialYear);
    }

    public String areaCode() {
        return areaCode;
    }

    public BigDecimal fte() {
        return fte;
    }

    public Money salary() {
        return money(salary);
    }

    public Money employerOnCosts() {
        return money(employerOnCosts);
    }

    public Money supervision() {
        return money(supervision);
    }

    public Money travel() {
        return money(travel);
    }

    public Money itCosts() {
        return money(itCosts);
    }

    public Money premises() {
        return money(premises);
    }

    public Organisation toppedUpBy() {
        return toppedUpBy;
    }

    public Organisation recordedBy() {
        return recordedBy;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", title);
        view.put("employer", employer.orgId().value());
        view.put("pcns", pcnsServed);
        view.put("financialYear", financialYear);
        view.put("areaCode", areaCode);
        view.put("fte", fte.toPlainString());
        view.put("salary", salary().toString());
        view.put("employerOnCosts", employerOnCosts().toString());
        view.put("toppedUpBy", toppedUpBy == null ? null : toppedUpBy.orgId().value());
        return view;
    }
}
