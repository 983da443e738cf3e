package uk.commissioning.claims.entity;

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
import uk.commissioning.money.Money;

/** One approval of a claim, for the amount then approved. A query withdraws those given so far (the claim may change). */
@Entity
@Table(name = "claim_approval")
public class ClaimApproval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id", updatable = false)
    private Claim claim;

    @Column(nullable = false, updatable = false)
    private String approver;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "approved_at", nullable = false, updatable = false)
    private Instant approvedAt;

    @Column(nullable = false)
    private boolean withdrawn;

    protected ClaimApproval() {
    }

    ClaimApproval(Claim claim, String approver, Money amount) {
        this.claim = claim;
        this.approver = approver;
        this.amount = amount.amount();
        this.approvedAt = Instant.now();
    }

    void withdraw() {
        this.withdrawn = true;
    }

    public String approver() {
        return approver;
    }

    public Money amount() {
        return Money.of(amount, claim.currency());
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public boolean withdrawn() {
        return withdrawn;
    }
}
