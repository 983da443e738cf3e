package uk.commissioning.funding.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.commissioning.ledger.entity.LedgerFund;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * A pot of money with an owner, a financial year, a purpose and a type. Its money is never a field here: every
 * figure comes from the ledger, so a fund cannot drift from its postings.
 */
@Entity
@Table(name = "fund")
@NamedQuery(name = Fund.ALL, query = "SELECT f FROM Fund f ORDER BY f.financialYear DESC, f.name")
@NamedQuery(name = Fund.BY_CODE, query = "SELECT f FROM Fund f WHERE f.code = :code")
public class Fund implements LedgerFund {

    public static final String ALL = "Fund.all";
    public static final String BY_CODE = "Fund.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundType type;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "owner_id")
    private Organisation owner;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "host_id")
    private Organisation host;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "pool_manager_id")
    private Organisation poolManager;

    @Column(name = "financial_year", nullable = false)
    private String financialYear;

    @Column(nullable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundStatus status;

    @Column(nullable = false)
    private String currency;

    @OneToMany(mappedBy = "fund", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<FundPartner> partners = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Fund() {
    }

    public Fund(String code, String name, FundType type, Organisation owner, FinancialYear year, String purpose,
                Currency currency, String createdBy) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.owner = owner;
        this.financialYear = year.code();
        this.purpose = purpose;
        this.currency = currency.getCurrencyCode();
        this.status = FundStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** A pooled fund names who keeps the accounts and who manages the pool (often the same body). */
    public void setPoolGovernance(Organisation host, Organisation poolManager) {
        this.host = host;
        this.poolManager = poolManager;
    }

    public FundPartner addPartner(Organisation organisation, RiskShareType shareType, BigDecimal riskSharePct) {
        if (partnerFor(organisation.id()).isPresent()) {
            throw new RuleViolation(Reason.DUPLICATE, "partners",
                    organisation.name() + " is already a partner of " + name);
        }
        FundPartner partner = new FundPartner(this, organisation, shareType, riskSharePct);
        partners.add(partner);
        return partner;
    }

    /**
     * Risk shares of a pooled fund must make sense before money goes in: fixed shares may not exceed 100%, and if
     * every partner is fixed they must add up to exactly 100%.
     */
    public void checkRiskShares() {
        if (!type.isPooled()) {
            return;
        }
        if (partners.size() < 2) {
            throw new RuleViolation(Reason.RISK_SHARES_INVALID, "partners", "a pooled fund needs at least two partners");
        }
        BigDecimal fixed = partners.stream().filter(p -> p.shareType() == RiskShareType.FIXED)
                .map(FundPartner::riskSharePct).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean anyVariable = partners.stream().anyMatch(p -> p.shareType() == RiskShareType.VARIABLE);
        if (fixed.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new RuleViolation(Reason.RISK_SHARES_INVALID, "partners",
                    "fixed risk shares add up to " + fixed.stripTrailingZeros().toPlainString() + "%, more than 100%");
        }
        if (!anyVariable && fixed.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new RuleViolation(Reason.RISK_SHARES_INVALID, "partners",
                    "fixed risk shares add up to " + fixed.stripTrailingZeros().toPlainString() + "%, not 100%");
        }
    }

    public void requireOpen() {
        if (status != FundStatus.OPEN) {
            throw new RuleViolation(Reason.FUND_CLOSED, "fund " + code + " is closed");
        }
    }

    public void requireCurrency(Money amount, String field) {
        if (!currency.equals(amount.currencyCode())) {
            throw new RuleViolation(Reason.MIXED_CURRENCY, field,
                    "fund " + code + " is in " + currency + ", not " + amount.currencyCode());
        }
    }

    /**
     * The organisations that answer for this fund's money: its owner, host, pool manager and partners. They see it,
     * their decisions may authorise moving its money, and their commissioners approve what it pays.
     */
    public Set<Long> answerableOrganisations() {
        Set<Long> organisations = new HashSet<>();
        organisations.add(owner.id());
        if (host != null) {
            organisations.add(host.id());
        }
        if (poolManager != null) {
            organisations.add(poolManager.id());
        }
        partners.forEach(partner -> organisations.add(partner.organisation().id()));
        return organisations;
    }

    public boolean isAnswerable(Long organisationId) {
        return answerableOrganisations().contains(organisationId);
    }

    public Optional<FundPartner> partnerFor(Long organisationId) {
        return partners.stream().filter(p -> p.organisation().id().equals(organisationId)).findFirst();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public FundType type() {
        return type;
    }

    public Organisation owner() {
        return owner;
    }

    @Override
    public Long booksKeptBy() {
        return (host != null ? host : owner).id();
    }

    public Organisation host() {
        return host;
    }

    public Organisation poolManager() {
        return poolManager;
    }

    public FinancialYear financialYear() {
        return FinancialYear.parse(financialYear);
    }

    /**
     * The date a fund's position is shown at unless someone picks another: its year end once the year is over (a
     * past year's figures do not drift with today's date), today while it runs or before it starts.
     */
    public LocalDate defaultPositionDate(LocalDate today) {
        return financialYear().endOrEarlier(today);
    }

    public String purpose() {
        return purpose;
    }

    public FundStatus status() {
        return status;
    }

    public Currency currency() {
        return Money.currency(currency);
    }

    public List<FundPartner> partners() {
        return List.copyOf(partners);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code);
        view.put("name", name);
        view.put("type", type.name());
        view.put("owner", owner.orgId().value());
        view.put("financialYear", financialYear);
        view.put("purpose", purpose);
        view.put("status", status.name());
        view.put("currency", currency);
        view.put("host", host == null ? null : host.orgId().value());
        view.put("poolManager", poolManager == null ? null : poolManager.orgId().value());
        view.put("partners", partners.stream().map(FundPartner::auditView).toList());
        return view;
    }
}
