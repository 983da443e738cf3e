package uk.commissioning.claims.entity;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.ledger.entity.DocumentType;
import uk.commissioning.ledger.entity.SourceDocument;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * A provider's claim for one quarter against one contract. Its total is the sum of its lines, each computed in the
 * domain; its status moves only along {@link ClaimStatus#mayBecome}. While it is live, {@code liveKey} holds
 * "contract:quarter" under a unique index, so the database itself refuses a second live claim for the same contract
 * and quarter even if two requests race past the domain's own check.
 */
@Entity
@Table(name = "claim")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "contract_id", updatable = false)
    private Contract contract;

    @Column(name = "quarter_code", nullable = false, updatable = false)
    private String quarterCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "claimed_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal claimedTotal;

    @Column(name = "approved_total", precision = 19, scale = 2)
    private BigDecimal approvedTotal;

    @Column(name = "live_key")
    private String liveKey;

    private String declaration;

    @Column(name = "declared_by")
    private String declaredBy;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<ClaimLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<ClaimMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<ClaimApproval> approvals = new ArrayList<>();

    protected Claim() {
    }

    public Claim(Contract contract, Quarter quarter, List<ClaimLineDraft> lines, String createdBy) {
        this.contract = contract;
        this.quarterCode = quarter.code();
        this.currency = contract.value().currencyCode();
        this.status = ClaimStatus.DRAFT;
        this.liveKey = liveKey(contract.id(), quarter);
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        replaceLines(lines);
    }

    public static String liveKey(Long contractId, Quarter quarter) {
        return contractId + ":" + quarter.code();
    }

    /** New lines, numbered from 0 (as the request's {@code lines[i]}); the total follows. Only a draft or a queried claim. */
    public void replaceLines(List<ClaimLineDraft> drafts) {
        if (status != ClaimStatus.DRAFT && status != ClaimStatus.QUERIED) {
            throw new RuleViolation(Reason.WRONG_STATUS, "status",
                    "claim " + id + " is " + status.label().toLowerCase() + "; only a draft or a queried claim can be changed");
        }
        lines.clear();
        for (ClaimLineDraft draft : drafts) {
            lines.add(new ClaimLine(this, lines.size(), draft));
        }
        this.claimedTotal = total(drafts.stream().map(ClaimLineDraft::amount).toList(), currency()).amount();
    }

    /** The sum of {@code amounts}: a claim's total is never typed. */
    public static Money total(List<Money> amounts, Currency currency) {
        return amounts.stream().reduce(Money.zero(currency), Money::plus);
    }

    public void declare(String text, String by) {
        requireStatus(ClaimStatus.DRAFT, "declared");
        if (text == null || text.isBlank()) {
            throw new RuleViolation(Reason.INVALID_INPUT, "declaration", "is required: declare that the claim is true and complete");
        }
        this.declaration = text.strip();
        this.declaredBy = by;
        this.declaredAt = Instant.now();
    }

    public void submitted(String by) {
        move(ClaimStatus.SUBMITTED);
        if (declaration == null) {
            throw new RuleViolation(Reason.INVALID_INPUT, "declaration",
                    "is required: a claim is submitted with a declaration that it is true and complete");
        }
        if (lines.isEmpty()) {
            throw new RuleViolation(Reason.INVALID_INPUT, "lines", "a claim needs at least one line");
        }
        this.submittedBy = by;
        this.submittedAt = Instant.now();
    }

    /** A commissioner's question: approvals given so far lapse, as the provider may change the claim. */
    public void queried(String by, String question) {
        move(ClaimStatus.QUERIED);
        messages.add(new ClaimMessage(this, by, ClaimMessage.Side.COMMISSIONER, requireMessage(question)));
        withdrawApprovals();
    }

    /** The provider's answer, which resubmits the claim (with its lines as they now are). */
    public void answered(String by, String answer) {
        move(ClaimStatus.RESUBMITTED);
        messages.add(new ClaimMessage(this, by, ClaimMessage.Side.PROVIDER, requireMessage(answer)));
    }

    /**
     * The approved amount of each line, in line order (null = as claimed): none more than claimed, none negative,
     * and a reason for each one reduced. Refused naming the line ({@code lines[i].approvedAmount}).
     */
    public Money proposeApproval(List<Money> approved, List<String> reasons) {
        requireAwaitingDecision();
        if (approved.size() != lines.size()) {
            throw new RuleViolation(Reason.INVALID_INPUT, "lines",
                    "give an approved amount for each of the claim's " + lines.size() + " lines, or none to approve it as claimed");
        }
        Money total = Money.zero(currency());
        for (int i = 0; i < lines.size(); i++) {
            ClaimLine line = lines.get(i);
            Money amount = approved.get(i) == null ? line.amount() : approved.get(i);
            String field = "lines[" + i + "].approvedAmount";
            if (!amount.isSameCurrencyAs(line.amount())) {
                throw new RuleViolation(Reason.MIXED_CURRENCY, field, "the claim is in " + currency);
            }
            if (amount.isNegative()) {
                throw new RuleViolation(Reason.INVALID_AMOUNT, field, "must not be negative");
            }
            if (amount.isGreaterThan(line.amount())) {
                throw new RuleViolation(Reason.INVALID_AMOUNT, field, "line " + (i + 1) + " claims " + line.amount().display()
                        + "; no more than that can be approved");
            }
            String reason = reasons.get(i);
            boolean reduced = !amount.equals(line.amount());
            if (reduced && (reason == null || reason.isBlank())) {
                throw new RuleViolation(Reason.INVALID_INPUT, "lines[" + i + "].reason",
                        "is required: say why line " + (i + 1) + " is approved for less than claimed");
            }
            line.approve(amount, reduced ? reason.strip() : null);
            total = total.plus(amount);
        }
        return total;
    }

    public void approvedBy(String approver, Money amount) {
        approvals.add(new ClaimApproval(this, approver, amount));
    }

    /** Enough approvals: approved in whole, or in part if any line was reduced. */
    public void approved(String by) {
        Money approved = total(lines.stream().map(ClaimLine::approvedAmount).toList(), currency());
        move(approved.equals(claimedTotal()) ? ClaimStatus.APPROVED : ClaimStatus.PARTIALLY_APPROVED);
        this.approvedTotal = approved.amount();
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    public void rejected(String by, String reason) {
        move(ClaimStatus.REJECTED);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(Reason.INVALID_INPUT, "reason", "is required: say why the claim is rejected");
        }
        this.rejectionReason = reason.strip();
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        withdrawApprovals();
        this.liveKey = null;
    }

    /** Every part of the approved amount is in a payment file (payments.control.PaymentScheduling decides when). */
    public void scheduled() {
        move(ClaimStatus.SCHEDULED);
    }

    /** Every part of the approved amount is paid (payments.control.Remittances decides when). */
    public void paid() {
        move(ClaimStatus.PAID);
    }

    public void withdrawn() {
        move(ClaimStatus.WITHDRAWN);
        this.liveKey = null;
    }

    private void withdrawApprovals() {
        approvals.forEach(ClaimApproval::withdraw);
        lines.forEach(ClaimLine::clearApproval);
    }

    private static String requireMessage(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(Reason.INVALID_INPUT, "message", "is required: write the message");
        }
        return text.strip();
    }

    private void move(ClaimStatus next) {
        if (!status.mayBecome(next)) {
            throw new RuleViolation(Reason.WRONG_STATUS, "status", "claim %d is %s; it cannot become %s"
                    .formatted(id, status.label().toLowerCase(), next.label().toLowerCase()));
        }
        this.status = next;
    }

    private void requireStatus(ClaimStatus expected, String action) {
        if (status != expected) {
            throw new RuleViolation(Reason.WRONG_STATUS, "status", "claim %d is %s; only a %s claim can be %s"
                    .formatted(id, status.label().toLowerCase(), expected.label().toLowerCase(), action));
        }
    }

    public void requireAwaitingDecision() {
        if (!status.awaitsDecision()) {
            throw new RuleViolation(Reason.WRONG_STATUS, "status",
                    "claim " + id + " is " + status.label().toLowerCase() + "; only a submitted or resubmitted claim is decided");
        }
    }

    /** Approvals that still count, in order. */
    public List<String> approvers() {
        return approvals.stream().filter(a -> !a.withdrawn()).map(ClaimApproval::approver).toList();
    }

    /** How the claim's journal entries refer back to it. */
    public SourceDocument sourceDocument() {
        return SourceDocument.of(DocumentType.CLAIM, id);
    }

    public Long id() {
        return id;
    }

    public Contract contract() {
        return contract;
    }

    public Quarter quarter() {
        return Quarter.parse(quarterCode);
    }

    public ClaimStatus status() {
        return status;
    }

    public Currency currency() {
        return Money.currency(currency);
    }

    public Money claimedTotal() {
        return Money.of(claimedTotal, currency());
    }

    public Money approvedTotal() {
        return approvedTotal == null ? null : Money.of(approvedTotal, currency());
    }

    public List<ClaimLine> lines() {
        return List.copyOf(lines);
    }

    public List<ClaimMessage> messages() {
        return List.copyOf(messages);
    }

    public List<ClaimApproval> approvals() {
        return List.copyOf(approvals);
    }

    public String declaration() {
        return declaration;
    }

    public String declaredBy() {
        return declaredBy;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("contract", contract.reference());
        view.put("quarter", quarterCode);
        view.put("status", status.name());
        view.put("claimed", claimedTotal().toString());
        view.put("approved", approvedTotal == null ? null : approvedTotal().toString());
        view.put("lines", lines.stream().map(l -> l.kind() + " " + l.amount()
                + (l.approvedAmount() == null ? "" : " approved " + l.approvedAmount())).toList());
        return view;
    }
}
