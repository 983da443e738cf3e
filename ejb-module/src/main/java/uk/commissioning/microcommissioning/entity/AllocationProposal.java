package uk.commissioning.microcommissioning.entity;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.money.Money;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * A proposal for spending a micro-commissioning pot on the gaps matching found: its inputs (period, needs, areas,
 * award limits, deprivation weighting, the amount shared), one line per gap, and, once accepted, the decision, who
 * accepted it and the ledger allocation of each funded line. Nothing moves in the ledger until it is accepted.
 */
@Entity
@Table(name = "allocation_proposal")
@NamedQuery(name = AllocationProposal.OF_FUND,
        query = "SELECT p FROM AllocationProposal p WHERE p.fund.id = :fund ORDER BY p.createdAt DESC, p.id DESC")
public class AllocationProposal {

    public static final String OF_FUND = "AllocationProposal.ofFund";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "fund_id", updatable = false)
    private Fund fund;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(nullable = false, updatable = false)
    private String needs;

    @Column(nullable = false, updatable = false)
    private String areas;

    @Column(name = "min_award", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal minAward;

    @Column(name = "max_award", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal maxAward;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "deprivation_weighting", nullable = false, updatable = false)
    private boolean deprivationWeighting;

    @Column(name = "pot_available", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal potAvailable;

    @Column(name = "amount_to_share", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amountToShare;

    @Column(name = "total_proposed", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal totalProposed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "decision_id")
    private Decision decision;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private String acceptedBy;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("lineOrder")
    private List<AllocationProposalLine> lines = new ArrayList<>();

    protected AllocationProposal() {
    }

    public AllocationProposal(Fund fund, LocalDate periodFrom, LocalDate periodTo, List<String> needs, List<String> areas,
                              Money minAward, Money maxAward, boolean deprivationWeighting, Money potAvailable,
                              Money amountToShare, Money totalProposed, String createdBy) {
        this.fund = fund;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.needs = String.join(",", needs);
        this.areas = String.join(",", areas);
        this.minAward = minAward.amount();
        this.maxAward = maxAward.amount();
        this.currency = potAvailable.currencyCode();
        this.deprivationWeighting = deprivationWeighting;
        this.potAvailable = potAvailable.amount();
        this.amountToShare = amountToShare.amount();
        this.totalProposed = totalProposed.amount();
        this.status = ProposalStatus.PROPOSED;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public void addLine(AllocationProposalLine line) {
        lines.add(line);
    }

    /** Marks the proposal accepted; refused with WRONG_STATUS (409) unless it is still PROPOSED. */
    public void accepted(Decision decision, String actor) {
        if (status != ProposalStatus.PROPOSED) {
            throw new RuleViolation(Reason.WRONG_STATUS, "status",
                    "proposal " + id + " is " + status + "; only a PROPOSED proposal can be accepted");
        }
        this.status = ProposalStatus.ACCEPTED;
        this.decision = decision;
        this.acceptedAt = Instant.now();
        this.acceptedBy = actor;
    }

    /** The target reference of a line's allocation in the ledger: {@code PROPOSAL-<id>-<line>}. */
    public String targetRef(AllocationProposalLine line) {
        return "PROPOSAL-" + id + "-" + line.lineOrder();
    }

    Currency currency() {
        return Money.currency(currency);
    }

    public Long id() {
        return id;
    }

    public Fund fund() {
        return fund;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public List<String> needs() {
        return split(needs);
    }

    public List<String> areas() {
        return split(areas);
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    public Money minAward() {
        return Money.of(minAward, currency());
    }

    public Money maxAward() {
        return Money.of(maxAward, currency());
    }

    public boolean deprivationWeighting() {
        return deprivationWeighting;
    }

    public Money potAvailable() {
        return Money.of(potAvailable, currency());
    }

    public Money amountToShare() {
        return Money.of(amountToShare, currency());
    }

    public Money totalProposed() {
        return Money.of(totalProposed, currency());
    }

    public Money unallocated() {
        return amountToShare().minus(totalProposed());
    }

    public ProposalStatus status() {
        return status;
    }

    public Decision decision() {
        return decision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public List<AllocationProposalLine> lines() {
        return List.copyOf(lines);
    }

    /**
     * The lines with an award: the allocations accepting posts, one each. Lines whose share fell below the minimum
     * award stay on the proposal (with their explanation) but get nothing, so counting every line overstated what
     * accepting does; every screen and message that says "N lines" uses this figure.
     */
    public long awardedLineCount() {
        return lines.stream().filter(l -> l.amount().isPositive()).count();
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("fund", fund.code());
        view.put("period", periodFrom + "/" + periodTo);
        view.put("needs", needs);
        view.put("areas", areas);
        view.put("awards", minAward() + " to " + maxAward());
        view.put("deprivationWeighting", deprivationWeighting);
        view.put("amountToShare", amountToShare().toString());
        view.put("totalProposed", totalProposed().toString());
        view.put("lines", lines.size());
        view.put("status", status.name());
        view.put("decision", decision == null ? null : decision.reference());
        return view;
    }
}
