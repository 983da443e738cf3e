package uk.commissioning.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who changed what, when, with the state before and after (as JSON). Written in the same transaction as the change. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Lob
    @Column(name = "before_state", updatable = false)
    private String beforeState;

    @Lob
    @Column(name = "after_state", updatable = false)
    private String afterState;

    protected AuditEvent() {
    }

    public AuditEvent(String entityType, String entityId, String action, String actor, String beforeState,
                      String afterState) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.actor = actor;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.occurredAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String beforeState() {
        return beforeState;
    }

    public String afterState() {
        return afterState;
    }
}
