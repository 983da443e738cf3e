package uk.commissioning.approvals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import uk.commissioning.money.Money;

/** One setting of a person's approval limit. Rows are only ever added: the latest is the limit, the rest its history. */
@Entity
@Table(name = "approval_limit")
@NamedQuery(name = ApprovalLimit.HISTORY, query = "SELECT l FROM ApprovalLimit l WHERE LOWER(l.username) = LOWER(:username) ORDER BY l.id DESC")
public class ApprovalLimit {

    public static final String HISTORY = "ApprovalLimit.history";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "set_by", nullable = false, updatable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false, updatable = false)
    private Instant setAt;

    /** A row saying "no limit": its amount is not read. */
    @Column(nullable = false, updatable = false)
    private boolean unlimited;

    /** The second administrator who approved the change; empty for limits the system set. */
    @Column(name = "approved_by", updatable = false)
    private String approvedBy;

    @Column(name = "change_id", updatable = false)
    private Long changeId;

    protected ApprovalLimit() {
    }

    public ApprovalLimit(String username, Money amount, String setBy) {
        this.username = username;
        this.amount = amount.amount();
        this.currency = amount.currencyCode();
        this.setBy = setBy;
        this.setAt = Instant.now();
    }

    /** The limit an approved change sets: {@code limit} empty = no limit; set by the proposer, approved by another. */
    public static ApprovalLimit approved(ApprovalLimitChange change, String approvedBy) {
        ApprovalLimit row = new ApprovalLimit(change.username(),
                change.limit().orElse(Money.zero(Money.currency(change.currencyCode()))), change.proposedBy());
        row.unlimited = change.limit().isEmpty();
        row.approvedBy = approvedBy;
        row.changeId = change.id();
        return row;
    }

    /** The limit in force from this row: empty for "no limit". */
    public java.util.Optional<Money> limit() {
        return unlimited ? java.util.Optional.empty() : java.util.Optional.of(amount());
    }

    public boolean unlimited() {
        return unlimited;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Long changeId() {
        return changeId;
    }

    public String username() {
        return username;
    }

    public Money amount() {
        return Money.of(amount, Money.currency(currency));
    }

    public String setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }
}
