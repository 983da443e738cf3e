package uk.commissioning.jobs.entity;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;

/**
 * One step of a {@link JobRun} and the batch runtime's own metrics for it, as the step listener read them when the
 * step ended. Until then (and for ever, if the server died during the step) the counts are null: unknown, not zero.
 */
@Entity
@Table(name = "job_run_step")
public class JobRunStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "job_run_id", nullable = false, updatable = false)
    private JobRun run;

    @Column(name = "step_name", nullable = false, updatable = false)
    private String stepName;

    @Enumerated(EnumType.STRING)
    @Column(name = "batch_status", nullable = false)
    private BatchStatus batchStatus;

    @Column(name = "exit_status")
    private String exitStatus;

    @Column(name = "read_count")
    private Long readCount;

    @Column(name = "write_count")
    private Long writeCount;

    @Column(name = "filter_count")
    private Long filterCount;

    @Column(name = "read_skip_count")
    private Long readSkipCount;

    @Column(name = "process_skip_count")
    private Long processSkipCount;

    @Column(name = "write_skip_count")
    private Long writeSkipCount;

    @Column(name = "commit_count")
    private Long commitCount;

    @Column(name = "rollback_count")
    private Long rollbackCount;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected JobRunStep() {
    }

    JobRunStep(JobRun run, String stepName) {
        this.run = run;
        this.stepName = stepName;
        this.batchStatus = BatchStatus.STARTED;
        this.startedAt = Instant.now();
    }

    /** @param metrics the runtime's metrics for the step, or null when they are not known */
    public void ended(BatchStatus status, String exit, Map<Metric.MetricType, Long> metrics) {
        this.batchStatus = status;
        this.exitStatus = exit;
        this.endedAt = Instant.now();
        if (metrics != null) {
            readCount = metrics.getOrDefault(Metric.MetricType.READ_COUNT, 0L);
            writeCount = metrics.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L);
            filterCount = metrics.getOrDefault(Metric.MetricType.FILTER_COUNT, 0L);
            readSkipCount = metrics.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L);
            processSkipCount = metrics.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L);
            writeSkipCount = metrics.getOrDefault(Metric.MetricType.WRITE_SKIP_COUNT, 0L);
            commitCount = metrics.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L);
            rollbackCount = metrics.getOrDefault(Metric.MetricType.ROLLBACK_COUNT, 0L);
        }
    }

    public boolean hasEnded() {
        return endedAt != null;
    }

    public String stepName() {
        return stepName;
    }

    public BatchStatus batchStatus() {
        return batchStatus;
    }

    public String exitStatus() {
        return exitStatus;
    }

    public Long readCount() {
        return readCount;
    }

    public Long writeCount() {
        return writeCount;
    }

    public Long filterCount() {
        return filterCount;
    }

    public Long readSkipCount() {
        return readSkipCount;
    }

    public Long processSkipCount() {
        return processSkipCount;
    }

    public Long writeSkipCount() {
        return writeSkipCount;
    }

    public Long commitCount() {
        return commitCount;
    }

    public Long rollbackCount() {
        return rollbackCount;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
