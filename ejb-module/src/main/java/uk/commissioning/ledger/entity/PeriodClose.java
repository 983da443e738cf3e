package uk.commissioning.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.commissioning.period.Quarter;

/**
 * The record that an organisation closed a quarter: from then on the ledger refuses postings dated in it into every
 * fund whose books the organisation keeps. Never removed.
 */
@Entity
@Table(name = "period_close")
public class PeriodClose {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "quarter_code", nullable = false, updatable = false)
    private String quarterCode;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;

    @Column(name = "closed_by", nullable = false, updatable = false)
    private String closedBy;

    @Column(updatable = false)
    private String note;

    protected PeriodClose() {
    }

    public PeriodClose(Long organisationId, Quarter quarter, String closedBy, String note) {
        this.organisationId = organisationId;
        this.quarterCode = quarter.code();
        this.closedBy = closedBy;
        this.note = note;
        this.closedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Quarter quarter() {
        return Quarter.parse(quarterCode);
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public String note() {
        return note;
    }
}
