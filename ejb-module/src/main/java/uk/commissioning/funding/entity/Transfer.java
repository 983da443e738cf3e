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
import java.util.HashSet;
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
        return ApprovalRequest.of("transfer " + id, createdBy(), amount(), answerableFor(fromFund));
    }

    /**
     * The organisations whose commissioners answer for a fund's budget: its owner, host, pool manager and partners,
     * the same organisations {@code FundVisibility} lets see it.
     */
    private static Set<Long> answerableFor(Fund fund) {
        Set<Long> organisations = new HashSet<>();
        organisations.add(fund.owner().id());
        if (fund.host() != null) {
            organisations.add(fund.host().id());
        }
        if (fund.poolManager() != null) {
            organisations.add(fund.poolManager().id());
        }
        fund.partners().forEach(partner -> organisations.add(partner.organisation().id()));
        return organisations;
    }

    public void reject(String decider) {
        requirePending();
        this.status = TransferStatus.REJECTED;
        this.decidedBy = decider;
        this.decidedAt = Instant.now();
    }

    public void markReversed() {
        this.status = TransferStatus.REVERSED;
    }

    private void requirePending() {
        if (status != TransferStatus.PENDING) {
            throw new RuleViolation(Reason.NOT_PENDING, "transfer " + id + " is " + status + ", not PENDING");
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
