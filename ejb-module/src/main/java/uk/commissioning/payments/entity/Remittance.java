package uk.commissioning.payments.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A remittance file from the finance system, kept byte for byte with its SHA-256, and its outcome: APPLIED (every
 * line paid, in one transaction) or REFUSED (nothing applied; {@code problems} lists every line at fault).
 */
@Entity
@Table(name = "remittance")
public class Remittance {

    public static final String APPLIED = "APPLIED";
    public static final String REFUSED = "REFUSED";
    public static final String RECEIVED = "RECEIVED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private Long runId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(nullable = false)
    private String outcome;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "paid_total", precision = 19, scale = 2)
    private BigDecimal paidTotal;

    private String problems;

    @Column(name = "received_by", nullable = false, updatable = false)
    private String receivedBy;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected Remittance() {
    }

    public Remittance(Long runId, String fileName, String sha256, byte[] content, String receivedBy) {
        this.runId = runId;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.content = content.clone();
        this.outcome = RECEIVED;
        this.receivedBy = receivedBy;
        this.receivedAt = Instant.now();
    }

    public void applied(int lines, BigDecimal total) {
        this.outcome = APPLIED;
        this.lineCount = lines;
        this.paidTotal = total;
    }

    public void refused(int lines, String problems) {
        this.outcome = REFUSED;
        this.lineCount = lines;
        this.problems = problems;
    }

    public Long id() {
        return id;
    }

    public Long runId() {
        return runId;
    }

    public String fileName() {
        return fileName;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public String outcome() {
        return outcome;
    }

    public int lineCount() {
        return lineCount;
    }

    public BigDecimal paidTotal() {
        return paidTotal;
    }

    public String problems() {
        return problems;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
