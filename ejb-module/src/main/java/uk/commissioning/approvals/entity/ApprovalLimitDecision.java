package uk.commissioning.approvals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How a proposed limit change ended; at most one per change (a unique key), never edited. */
@Entity
@Table(name = "approval_limit_decision")
public class ApprovalLimitDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "change_id", nullable = false, updatable = false)
    private Long changeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LimitChangeStatus outcome;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(updatable = false)
    private String note;

    protected ApprovalLimitDecision() {
    }

    public ApprovalLimitDecision(Long changeId, LimitChangeStatus outcome, String decidedBy, String note) {
        if (outcome == LimitChangeStatus.PROPOSED) {
            throw new IllegalArgumentException("a decision ends a change: APPROVED, REJECTED or WITHDRAWN");
        }
        this.changeId = changeId;
        this.outcome = outcome;
        this.decidedBy = decidedBy;
        this.note = note;
        this.decidedAt = Instant.now();
    }

    public Long changeId() {
        return changeId;
    }

    public LimitChangeStatus outcome() {
        return outcome;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String note() {
        return note;
    }
}
