package uk.commissioning.approvals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.commissioning.money.Money;

/**
 * A proposed change to a person's approval limit, as proposed; never edited. Its outcome is an
 * {@link ApprovalLimitDecision} of its own, so the proposal reads exactly as it was made, whatever became of it.
 */
@Entity
@Table(name = "approval_limit_change")
public class ApprovalLimitChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    /** Null: no limit. */
    @Column(updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    protected ApprovalLimitChange() {
    }

    /** @param limit the new limit, or empty for "no limit" */
    public ApprovalLimitChange(String username, Optional<Money> limit, String currency, String reason, String proposedBy) {
        this.username = username;
        this.amount = limit.map(Money::amount).orElse(null);
        this.currency = currency;
        this.reason = reason;
        this.proposedBy = proposedBy;
        this.proposedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    /** The proposed limit; empty for "no limit". */
    public Optional<Money> limit() {
        return Optional.ofNullable(amount).map(a -> Money.of(a, Money.currency(currency)));
    }

    public String currencyCode() {
        return currency;
    }

    public String reason() {
        return reason;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    /** "£30,000.00" or "no limit". */
    public String limitText() {
        return limit().map(Money::display).orElse("no limit");
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", username);
        view.put("limit", limit().map(Money::toString).orElse("no limit"));
        view.put("reason", reason);
        view.put("proposedBy", proposedBy);
        return view;
    }
}
