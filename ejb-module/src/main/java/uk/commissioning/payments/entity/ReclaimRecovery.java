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

/** Money recovered against a reclaim (RECEIVABLE → COMMITTED, per fund in the ledger); never changed. */
@Entity
@Table(name = "reclaim_recovery")
public class ReclaimRecovery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reclaim_id", nullable = false, updatable = false)
    private Long reclaimId;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "recovered_on", nullable = false, updatable = false)
    private LocalDate recoveredOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ReclaimRecovery() {
    }

    public ReclaimRecovery(Long reclaimId, BigDecimal amount, LocalDate recoveredOn, String recordedBy) {
        this.reclaimId = reclaimId;
        this.amount = amount;
        this.recoveredOn = recoveredOn;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Long reclaimId() {
        return reclaimId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate recoveredOn() {
        return recoveredOn;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
