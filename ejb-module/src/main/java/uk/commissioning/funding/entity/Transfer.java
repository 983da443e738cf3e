package uk.commissioning.funding.entity;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import uk.commissioning.approvals.ApprovalPolicy;
import uk.commissioning.approvals.ApprovalRequest;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.entity.DocumentType;
import uk.commissioning.money.Money;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * A virement: budget moved from one fund to another under a decision. One person creates it, a different person
 * approves it ({@link #APPROVAL}); only approval moves money (a two-line entry that nets to zero).
 */
@Entity
@Table(name = "transfer")
@NamedQuery(name = Transfer.BY_ENTRY, query = "SELECT t FROM Transfer t WHERE t.journalEntryId = :entryId")
public class Transfer extends BookedDocument {

    public static final String BY_ENTRY = "Transfer.byEntry";

    /** Commissioners and administrators request and approve transfers; one approval, by someone else, is enough. */
    public static final ApprovalPolicy APPROVAL = ApprovalPolicy.twoPerson("transfers", Set.of(Role.COMMISSIONER, Role.ADMIN));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "from_fund_id", updatable = false)
    private Fund fromFund;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "to_fund_id", updatable = false)
    private Fund toFund;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransferStatus status;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    protected Transfer() {
    }

    public Transfer(Fund fromFund, Fund toFund, Money amount, Decision decision, LocalDate valueDate, String reason,
                    String createdBy) {
        super(transferable(fromFund, toFund, amount), valueDate, decision, createdBy);
        this.fromFund = fromFund;
        this.toFund = toFund;
        this.reason = reason;
        this.status = TransferStatus.PENDING;
    }

    private static Money transferable(Fund fromFund, Fund toFund, Money amount) {
        if (fromFund.id().equals(toFund.id())) {
            throw new RuleViolation(Reason.SAME_FUND, "toFundId", "a transfer must move money between two different funds");
        }
        fromFund.requireCurrency(amount, "amount");
        toFund.requireCurrency(amount, "amount");
        return amount;
    }

    /** Segregation of duties: whoever approves must not be whoever asked. */
    public void approve(Viewer approver, Long journalEntryId) {
        requireApprovableBy(approver);
        this.status = TransferStatus.APPROVED;
        this.decidedBy = approver.username();
        this.decidedAt = Instant.now();
        bookedAs(journalEntryId);
    }

    public void requireApprovableBy(Viewer approver) {
        requirePending();
        APPROVAL.decide(approvalRequest(), approver).orThrow();
    }

    /** The transfer as its approver sees it: the source fund's budget is what it spends. */
    public ApprovalRequest approvalRequest() {
        return ApprovalRequest.of("transfer " + id, createdBy(), amount(), fromFund.answerableOrganisations());
    }

    /**
     * The approver's side says no: whoever could approve it may reject it instead. Its requester cannot: they
     * {@link #withdraw} it, so that the record says which side stopped it.
     */
    public void reject(Viewer decider) {
        requirePending();
        if (requestedBy(decider)) {
            throw new RuleViolation(Reason.SELF_APPROVAL, null,
                    "you requested transfer " + id + ": withdraw it rather than reject it, or ask a colleague to reject it");
        }
        APPROVAL.decide(approvalRequest(), decider).orThrow();
        decided(TransferStatus.REJECTED, decider);
    }

    /** The requester takes back their own pending request; it never moved money, so nothing is posted. */
    public void withdraw(Viewer requester) {
        requirePending();
        if (!requestedBy(requester)) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null, "transfer " + id + " was requested by "
                    + createdBy() + "; only they may withdraw it (anyone else who may approve it can reject it)");
        }
        decided(TransferStatus.WITHDRAWN, requester);
    }

    /** Whether {@code viewer} could withdraw it now: pending, and theirs. */
    public boolean mayBeWithdrawnBy(Viewer viewer) {
        return status == TransferStatus.PENDING && requestedBy(viewer);
    }

    /** Whether {@code viewer} could reject it now: pending, not theirs, and theirs to approve. */
    public boolean mayBeRejectedBy(Viewer viewer) {
        return status == TransferStatus.PENDING && !requestedBy(viewer) && APPROVAL.mayApprove(approvalRequest(), viewer);
    }

    private boolean requestedBy(Viewer viewer) {
        return createdBy().equalsIgnoreCase(viewer.username());
    }

    private void decided(TransferStatus outcome, Viewer by) {
        this.status = outcome;
        this.decidedBy = by.username();
        this.decidedAt = Instant.now();
    }

    public void markReversed() {
        this.status = TransferStatus.REVERSED;
    }

    private void requirePending() {
        if (status != TransferStatus.PENDING) {
            throw new RuleViolation(Reason.NOT_PENDING, "transfer " + id + " is " + status.inWords() + ", no longer waiting for approval");
        }
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    protected DocumentType documentType() {
        return DocumentType.TRANSFER;
    }

    public Fund fromFund() {
        return fromFund;
    }

    public Fund toFund() {
        return toFund;
    }

    public String reason() {
        return reason;
    }

    public TransferStatus status() {
        return status;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("fromFund", fromFund.code());
        view.put("toFund", toFund.code());
        view.put("amount", amount().toString());
        view.put("decision", decision().reference());
        view.put("valueDate", valueDate().toString());
        view.put("reason", reason);
        view.put("status", status.name());
        view.put("createdBy", createdBy());
        view.put("decidedBy", decidedBy);
        view.put("journalEntryId", journalEntryId());
        return view;
    }
}
