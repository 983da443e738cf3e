package uk.commissioning.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import uk.commissioning.money.Money;

/** An overpayment reclaimed from a paid claim (PAID → RECEIVABLE, per fund in the ledger); never changed. */
@Entity
@Table(name = "reclaim")
public class Reclaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private Long claimId;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;

    @Column(name = "raised_by", nullable = false, updatable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    protected Reclaim() {
    }

    public Reclaim(Long claimId, Money amount, String reason, LocalDate raisedOn, String raisedBy) {
        this.claimId = claimId;
        this.amount = amount.amount();
        this.currency = amount.currencyCode();
        this.reason = reason;
        this.raisedOn = raisedOn;
        this.raisedBy = raisedBy;
        this.raisedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Long claimId() {
        return claimId;
    }

    public Money amount() {
        return Money.of(amount, Money.currency(currency));
    }

    public String reason() {
        return reason;
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }
}
