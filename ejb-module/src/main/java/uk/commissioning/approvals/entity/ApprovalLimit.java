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

    protected ApprovalLimit() {
    }

    public ApprovalLimit(String username, Money amount, String setBy) {
        this.username = username;
        this.amount = amount.amount();
        this.currency = amount.currencyCode();
        this.setBy = setBy;
        this.setAt = Instant.now();
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
