package uk.commissioning.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;

/**
 * One payment run of an organisation: the approved claims' parts in the funds whose books it keeps, for quarters up
 * to {@code upToQuarter}, scheduled on {@code runDate}. While it runs, {@code runningKey} holds the organisation's id
 * under a unique index, so a second run of the same organisation cannot start even if two requests race.
 */
@Entity
@Table(name = "payment_run")
public class PaymentRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "run_date", nullable = false, updatable = false)
    private LocalDate runDate;

    @Column(name = "up_to_quarter", nullable = false, updatable = false)
    private String upToQuarter;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentRunStatus status;

    @Column(name = "running_key")
    private Long runningKey;

    @Column(name = "parts_total", nullable = false)
    private int partsTotal;

    @Column(name = "parts_done", nullable = false)
    private int partsDone;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "control_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal controlTotal = BigDecimal.ZERO;

    @Column(name = "job_run_id")
    private Long jobRunId;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected PaymentRun() {
    }

    public PaymentRun(Long organisationId, LocalDate runDate, Quarter upToQuarter, Currency currency, String startedBy) {
        this.organisationId = organisationId;
        this.runDate = runDate;
        this.upToQuarter = upToQuarter.code();
        this.currency = currency.getCurrencyCode();
        this.status = PaymentRunStatus.QUEUED;
        this.runningKey = organisationId;
        this.startedBy = startedBy;
        this.createdAt = Instant.now();
    }

    public void launched(Long jobRunId) {
        this.jobRunId = jobRunId;
    }

    public void collected(int parts) {
        this.status = PaymentRunStatus.RUNNING;
        this.partsTotal = parts;
    }

    /** A chunk's parts are done: {@code scheduled} of them went into the file, worth {@code amount}. */
    public void progressed(int parts, int scheduled, Money amount) {
        this.partsDone += parts;
        this.lineCount += scheduled;
        this.controlTotal = controlTotal.add(amount.amount());
    }

    public void completed(int count, Money total) {
        this.lineCount = count;
        this.controlTotal = total.amount();
        this.status = PaymentRunStatus.COMPLETED;
        this.runningKey = null;
        this.finishedAt = Instant.now();
    }

    /** Ends the run as failed; what it scheduled stays scheduled (and in its file), and a new run takes the rest. */
    public void failed(String reason) {
        this.status = PaymentRunStatus.FAILED;
        this.runningKey = null;
        this.finishedAt = Instant.now();
        this.failureReason = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    public int percentDone() {
        if (status == PaymentRunStatus.COMPLETED) {
            return 100;
        }
        return partsTotal == 0 ? 0 : (int) Math.min(99, (100L * partsDone) / partsTotal);
    }

    /** How the file and the finance system refer to the run. */
    public String reference() {
        return "PAYRUN-" + id;
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public LocalDate runDate() {
        return runDate;
    }

    public Quarter upToQuarter() {
        return Quarter.parse(upToQuarter);
    }

    public Currency currency() {
        return Money.currency(currency);
    }

    public PaymentRunStatus status() {
        return status;
    }

    public int partsTotal() {
        return partsTotal;
    }

    public int partsDone() {
        return partsDone;
    }

    public int lineCount() {
        return lineCount;
    }

    public Money controlTotal() {
        return Money.of(controlTotal.setScale(currency().getDefaultFractionDigits()), currency());
    }

    /** The organisation's id while the run is unfinished, else null: what the unique index keeps to one per organisation. */
    public Long runningKey() {
        return runningKey;
    }

    public Long jobRunId() {
        return jobRunId;
    }

    public String failureReason() {
        return failureReason;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("organisationId", organisationId);
        view.put("runDate", runDate.toString());
        view.put("upToQuarter", upToQuarter);
        view.put("status", status.name());
        view.put("lines", lineCount);
        view.put("controlTotal", controlTotal().toString());
        return view;
    }
}
