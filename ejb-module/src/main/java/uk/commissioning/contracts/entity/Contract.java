package uk.commissioning.contracts.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.ledger.entity.DocumentType;
import uk.commissioning.ledger.entity.SourceDocument;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * A contract or grant agreement with a VCSE provider. Its value and period are the current terms; once it is active
 * they change only through a {@link ContractVariation}, which records the previous terms and the decision behind the
 * change. A subcontract names its lead contract: the lead provider pays it out of the lead contract's money, so it
 * commits nothing from funds itself, but the flow to the subcontractor stays traceable.
 */
@Entity
@Table(name = "contract")
@NamedQuery(name = Contract.BY_REFERENCE, query = "SELECT c FROM Contract c WHERE c.reference = :reference")
@NamedQuery(name = Contract.SUBCONTRACTS, query = "SELECT c FROM Contract c WHERE c.leadContract.id = :lead ORDER BY c.id")
public class Contract {

    public static final String BY_REFERENCE = "Contract.byReference";
    public static final String SUBCONTRACTS = "Contract.subcontracts";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContractType type;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "provider_id", updatable = false)
    private Organisation provider;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_contract_id", updatable = false)
    private Contract leadContract;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "contract_value", nullable = false, precision = 19, scale = 2)
    private BigDecimal value;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContractStatus status;

    private String conditions;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "decision_id", updatable = false)
    private Decision decision;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "contract_commissioner", joinColumns = @JoinColumn(name = "contract_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderBy("name")
    private List<Organisation> commissioners = new ArrayList<>();

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<ContractFunding> funding = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_service", joinColumns = @JoinColumn(name = "contract_id"))
    private List<ContractService> services = new ArrayList<>();

    // Read when asked for: a contract is loaded with every claim step, and a long block contract has a line per
    // quarter (52 over 13 years) that a claim of costs or units never looks at (bench/claims-bench.sh).
    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("dueDate, id")
    private List<PaymentScheduleLine> schedule = new ArrayList<>();

    @Column(name = "commitment_entry_id")
    private Long commitmentEntryId;

    /** The value date of the commitment: when the contract took effect in the books (and was signed, for OCDS). */
    @Column(name = "activated_on")
    private LocalDate activatedOn;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "activated_by")
    private String activatedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "close_reason")
    private String closeReason;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Contract() {
    }

    public Contract(String reference, String title, ContractType type, Organisation provider, Contract leadContract,
                    LocalDate startDate, LocalDate endDate, Money value, String conditions, Decision decision,
                    List<Organisation> commissioners, String createdBy) {
        this.reference = reference;
        this.title = title;
        this.type = type;
        this.provider = provider;
        this.leadContract = leadContract;
        this.startDate = startDate;
        this.endDate = endDate;
        this.value = value.amount();
        this.currency = value.currencyCode();
        this.conditions = conditions;
        this.decision = decision;
        this.commissioners.addAll(commissioners);
        this.status = ContractStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public void addFunding(ContractFunding line) {
        funding.add(line);
    }

    public void addService(ContractService service) {
        services.add(service);
    }

    public void removeService(Long serviceId) {
        services.removeIf(s -> s.serviceId().equals(serviceId));
    }

    public void addScheduleLine(PaymentScheduleLine line) {
        schedule.add(line);
    }

    public void requireStatus(ContractStatus expected, String action) {
        if (status != expected) {
            throw new RuleViolation(Reason.WRONG_STATUS, "status",
                    "%s is %s; only a %s contract can be %s".formatted(reference, status, expected, action));
        }
    }

    /** @param commitmentEntryId the journal entry that committed the money (none for a subcontract) */
    public void activated(LocalDate on, Long commitmentEntryId, String actor) {
        requireStatus(ContractStatus.DRAFT, "activated");
        this.activatedOn = on;
        this.commitmentEntryId = commitmentEntryId;
        this.status = ContractStatus.ACTIVE;
        this.activatedAt = Instant.now();
        this.activatedBy = actor;
    }

    public void closed(ContractStatus outcome, String reason, String actor) {
        requireStatus(ContractStatus.ACTIVE, outcome == ContractStatus.ENDED ? "ended" : "terminated");
        this.status = outcome;
        this.closeReason = reason;
        this.closedAt = Instant.now();
        this.closedBy = actor;
    }

    /** New terms from a variation (validated by the caller, which also recorded the old ones). */
    public void varied(Money newValue, LocalDate newStart, LocalDate newEnd) {
        this.value = newValue.amount();
        this.startDate = newStart;
        this.endDate = newEnd;
    }

    /** The schedule as it stands: lines not superseded by a variation. */
    public List<PaymentScheduleLine> currentSchedule() {
        return schedule().stream().filter(PaymentScheduleLine::isCurrent).toList();
    }

    /**
     * The current schedule cut at the end of {@code lastDay}: what is already due by then ({@link
     * PaymentScheduleLine#isDueBy}) and what is still to come. Closing on a day keeps what is due on that day; a
     * variation taking effect on a day keeps what fell due before it ({@link #scheduleBefore}).
     */
    public ScheduleSplit scheduleDueBy(LocalDate lastDay) {
        List<PaymentScheduleLine> due = new ArrayList<>();
        List<PaymentScheduleLine> toCome = new ArrayList<>();
        for (PaymentScheduleLine line : currentSchedule()) {
            (line.isDueBy(lastDay) ? due : toCome).add(line);
        }
        return new ScheduleSplit(due, toCome, currency());
    }

    /** The schedule as a variation effective on {@code effectiveDate} finds it: due before that day, and from it on. */
    public ScheduleSplit scheduleBefore(LocalDate effectiveDate) {
        return scheduleDueBy(effectiveDate.minusDays(1));
    }

    /** What stays committed when the contract closes on {@code closedOn}: the lines due by then. */
    public Money owedOnClosing(LocalDate closedOn) {
        return scheduleDueBy(closedOn).dueTotal();
    }

    /** Closing on {@code closedOn}: the lines not then due lapse, superseded by variation {@code number}. */
    public void lapseNotOwed(LocalDate closedOn, int number) {
        supersede(scheduleDueBy(closedOn).stillToCome(), number);
    }

    /** These lines give way to variation {@code number} (a new schedule from its effective date, or the contract closing). */
    public void supersede(List<PaymentScheduleLine> lines, int number) {
        lines.forEach(line -> line.supersededBy(number));
    }

    public Optional<ContractFunding> fundingFrom(Long fundId) {
        return funding.stream().filter(f -> f.fund().id().equals(fundId)).findFirst();
    }

    /** How the value is split across the paying funds now, in funding-line order. */
    public FundingSplit fundingSplit() {
        List<FundingSplit.Share> shares = new ArrayList<>();
        for (ContractFunding line : funding) {
            shares.add(new FundingSplit.Share(shares.size(), line.fund().id(),
                    line.allocation() == null ? null : line.allocation().id(), line.amount()));
        }
        return new FundingSplit(shares);
    }

    public Money fundedTotal() {
        return funding.stream().map(ContractFunding::amount).reduce(Money.zero(currency()), Money::plus);
    }

    /**
     * How the contract's journal entries refer back to it: its commitment, every variation's change to it and its
     * release on closing, so what it still holds in a fund is the sum of its own COMMITTED postings there.
     */
    public SourceDocument sourceDocument() {
        return SourceDocument.of(DocumentType.CONTRACT, id);
    }

    public boolean isSubcontract() {
        return leadContract != null;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public ContractType type() {
        return type;
    }

    public Organisation provider() {
        return provider;
    }

    public Contract leadContract() {
        return leadContract;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public Money value() {
        return Money.of(value, currency());
    }

    public java.util.Currency currency() {
        return Money.currency(currency);
    }

    public ContractStatus status() {
        return status;
    }

    public String conditions() {
        return conditions;
    }

    public Decision decision() {
        return decision;
    }

    public List<Organisation> commissioners() {
        return List.copyOf(commissioners);
    }

    public List<ContractFunding> funding() {
        return List.copyOf(funding);
    }

    /** The funds whose money this contract spends: its own funding, or for a subcontract its lead contract's. */
    public List<Fund> funds() {
        List<ContractFunding> paying = funding.isEmpty() && leadContract != null ? leadContract.funding() : funding;
        return paying.stream().map(ContractFunding::fund).distinct().toList();
    }

    public List<ContractService> services() {
        return List.copyOf(services);
    }

    /** By due date (lines not yet saved last among equals): the order people read a schedule in. */
    public List<PaymentScheduleLine> schedule() {
        return schedule.stream().sorted(java.util.Comparator.comparing(PaymentScheduleLine::dueDate)
                .thenComparing(PaymentScheduleLine::id, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    public Long commitmentEntryId() {
        return commitmentEntryId;
    }

    public LocalDate activatedOn() {
        return activatedOn;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public String activatedBy() {
        return activatedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closeReason() {
        return closeReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reference", reference);
        view.put("type", type.name());
        view.put("provider", provider.orgId().value());
        view.put("leadContract", leadContract == null ? null : leadContract.reference());
        view.put("status", status.name());
        view.put("value", value().toString());
        view.put("period", startDate + "/" + endDate);
        view.put("funding", funding.stream().map(f -> f.fund().code() + "=" + f.amount())
                .collect(Collectors.joining(", ")));
        view.put("services", services.stream().map(s -> String.valueOf(s.serviceId())).collect(Collectors.joining(",")));
        return view;
    }
}
