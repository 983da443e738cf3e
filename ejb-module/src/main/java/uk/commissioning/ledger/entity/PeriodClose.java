package uk.commissioning.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.commissioning.period.Quarter;

/** The record that a quarter is closed: from then on the ledger refuses postings dated in it. Never removed. */
@Entity
@Table(name = "period_close")
public class PeriodClose {

    @Id
    @Column(name = "quarter_code")
    private String quarterCode;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;

    @Column(name = "closed_by", nullable = false, updatable = false)
    private String closedBy;

    @Column(updatable = false)
    private String note;

    protected PeriodClose() {
    }

    public PeriodClose(Quarter quarter, String closedBy, String note) {
        this.quarterCode = quarter.code();
        this.closedBy = closedBy;
        this.note = note;
        this.closedAt = Instant.now();
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
