package uk.commissioning.claims.entity;

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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import uk.commissioning.money.Money;

/**
 * One line of a claim. Its amount is computed, never typed for a unit-cost line (units × unit price), and the
 * schedule's own amount is the most a schedule line can take; the approved amount is set by the approval.
 */
@Entity
@Table(name = "claim_line")
public class ClaimLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id", updatable = false)
    private Claim claim;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LineKind kind;

    @Column(nullable = false)
    private String description;

    @Column(name = "schedule_line_id")
    private Long scheduleLineId;

    @Column(name = "service_id")
    private Long serviceId;

    private Integer units;

    @Column(name = "unit_price", precision = 19, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "approved_amount", precision = 19, scale = 2)
    private BigDecimal approvedAmount;

    @Column(name = "reduction_reason")
    private String reductionReason;

    protected ClaimLine() {
    }

    ClaimLine(Claim claim, int lineNo, ClaimLineDraft line) {
        this.claim = claim;
        this.lineNo = lineNo;
        this.kind = line.kind();
        this.description = line.description();
        this.scheduleLineId = line.scheduleLineId();
        this.serviceId = line.serviceId();
        this.units = line.units();
        this.unitPrice = line.unitPrice() == null ? null : line.unitPrice().amount();
        this.amount = line.amount().amount();
    }

    void approve(Money approved, String reason) {
        this.approvedAmount = approved.amount();
        this.reductionReason = reason;
    }

    void clearApproval() {
        this.approvedAmount = null;
        this.reductionReason = null;
    }

    private Currency currency() {
        return claim.currency();
    }

    public Long id() {
        return id;
    }

    public int lineNo() {
        return lineNo;
    }

    public LineKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public Long scheduleLineId() {
        return scheduleLineId;
    }

    public Long serviceId() {
        return serviceId;
    }

    public Integer units() {
        return units;
    }

    public Money unitPrice() {
        return unitPrice == null ? null : Money.of(unitPrice, currency());
    }

    public Money amount() {
        return Money.of(amount, currency());
    }

    /** Null until approved. */
    public Money approvedAmount() {
        return approvedAmount == null ? null : Money.of(approvedAmount, currency());
    }

    public String reductionReason() {
        return reductionReason;
    }

    /** What this line takes of the contract for its claim's status: see {@link Claim#takes}. */
    public Money takes() {
        return Money.of(takes(claim.status(), amount, approvedAmount), currency());
    }

    /**
     * The rule for what a line takes, for a line read as plain figures (summing a contract's other claims without
     * loading them): a decided claim's line its approved amount, one awaiting a decision its claimed amount, a draft,
     * rejected or withdrawn one nothing.
     */
    public static BigDecimal takes(ClaimStatus status, BigDecimal amount, BigDecimal approvedAmount) {
        if (status.isDecided()) {
            return approvedAmount;
        }
        return status.holdsClaimedMoney() ? amount : BigDecimal.ZERO;
    }
}
