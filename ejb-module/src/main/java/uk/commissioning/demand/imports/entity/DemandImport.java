package uk.commissioning.demand.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One uploaded demand file and the progress of the job reading it. The job's counters and checkpoint are written
 * by the batch writer in each chunk's transaction (plain SQL), so this entity reads them but never writes them.
 */
@Entity
@Table(name = "demand_import")
@NamedQuery(name = DemandImport.UNFINISHED, query = "SELECT i FROM DemandImport i WHERE i.status IN :statuses ORDER BY i.id")
@NamedQuery(name = DemandImport.RECENT, query = "SELECT i FROM DemandImport i ORDER BY i.id DESC")
@NamedQuery(name = DemandImport.RECENT_OF_ORG,
        query = "SELECT i FROM DemandImport i WHERE i.organisationId = :organisationId ORDER BY i.id DESC")
public class DemandImport {

    public static final String UNFINISHED = "DemandImport.unfinished";
    public static final String RECENT = "DemandImport.recent";
    public static final String RECENT_OF_ORG = "DemandImport.recentOfOrg";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ImportFormat format;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportStatus status;

    @Column(name = "staged_file")
    private String stagedFile;

    @Column(name = "total_lines", nullable = false, updatable = false)
    private long totalLines;

    @Column(name = "lines_done", insertable = false, updatable = false)
    private long linesDone;

    @Column(name = "rows_read", insertable = false, updatable = false)
    private long rowsRead;

    @Column(name = "rows_written", insertable = false, updatable = false)
    private long rowsWritten;

    @Column(name = "rows_skipped", insertable = false, updatable = false)
    private long rowsSkipped;

    @Column(name = "execution_id")
    private Long executionId;

    /** The server run that launched the job last; recovery at start-up resumes only other runs' imports. */
    private String runner;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "failure_reason")
    private String failureReason;

    protected DemandImport() {
    }

    public DemandImport(ImportFormat format, String fileName, Long organisationId, String uploadedBy, String stagedFile,
                        long totalLines) {
        this.format = format;
        this.fileName = fileName;
        this.organisationId = organisationId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
        this.status = ImportStatus.QUEUED;
        this.stagedFile = stagedFile;
        this.totalLines = totalLines;
    }

    public void launched(long executionId, String runner) {
        this.executionId = executionId;
        this.runner = runner;
        this.attempts++;
    }

    public void running() {
        this.status = ImportStatus.RUNNING;
        if (startedAt == null) {
            startedAt = Instant.now();
        }
    }

    public void finished(ImportStatus outcome, String reason) {
        this.status = outcome;
        this.failureReason = reason;
        this.finishedAt = Instant.now();
        this.stagedFile = null;
    }

    /** Whole percent of the file's lines done, for a progress bar; a finished import is 100. */
    public int percentDone() {
        if (status.finished() || totalLines == 0) {
            return status.finished() ? 100 : 0;
        }
        return (int) Math.min(99, linesDone * 100 / totalLines);
    }

    public Long id() {
        return id;
    }

    public ImportFormat format() {
        return format;
    }

    public String fileName() {
        return fileName;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public ImportStatus status() {
        return status;
    }

    public String stagedFile() {
        return stagedFile;
    }

    public long totalLines() {
        return totalLines;
    }

    public long linesDone() {
        return linesDone;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long rowsWritten() {
        return rowsWritten;
    }

    public long rowsSkipped() {
        return rowsSkipped;
    }

    public Long executionId() {
        return executionId;
    }

    public String runner() {
        return runner;
    }

    public int attempts() {
        return attempts;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String failureReason() {
        return failureReason;
    }
}
