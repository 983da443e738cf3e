package uk.commissioning.jobs.entity;

import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * One execution of a batch job as the application records it: what it works on (its business key), who started it
 * and on which server run, the batch and exit status the runtime gave it, and each step's metrics. It outlives the
 * batch runtime's own repository, which on Payara Micro is gone with the server.
 */
@Entity
@Table(name = "job_run")
@NamedQuery(name = JobRun.BY_KEY, query = "SELECT r FROM JobRun r WHERE r.businessKey = :key ORDER BY r.id DESC")
@NamedQuery(name = JobRun.RECENT, query = "SELECT r FROM JobRun r ORDER BY r.id DESC")
@NamedQuery(name = JobRun.RECENT_OF_ORG,
        query = "SELECT r FROM JobRun r WHERE r.organisationId = :organisationId ORDER BY r.id DESC")
@NamedQuery(name = JobRun.LEFT_RUNNING_BY_OTHERS,
        query = "SELECT r FROM JobRun r WHERE r.batchStatus IN :running AND r.serverRun <> :serverRun ORDER BY r.id")
public class JobRun {

    public static final String BY_KEY = "JobRun.byKey";
    public static final String RECENT = "JobRun.recent";
    public static final String RECENT_OF_ORG = "JobRun.recentOfOrg";
    public static final String LEFT_RUNNING_BY_OTHERS = "JobRun.leftRunningByOthers";

    /** The exit status of a run (and of its unfinished step) whose server stopped before the job ended. */
    public static final String INTERRUPTED = "INTERRUPTED";

    /** The statuses of a run that a live server is still working on. */
    public static final List<BatchStatus> RUNNING = List.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_name", nullable = false, updatable = false)
    private String jobName;

    @Column(name = "business_key", nullable = false, updatable = false)
    private String businessKey;

    @Column(updatable = false)
    private String parameters;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "restart_of", updatable = false)
    private Long restartOf;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "server_run", nullable = false, updatable = false)
    private String serverRun;

    @Enumerated(EnumType.STRING)
    @Column(name = "batch_status", nullable = false)
    private BatchStatus batchStatus;

    @Column(name = "exit_status")
    private String exitStatus;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @OneToMany(mappedBy = "run", fetch = FetchType.EAGER, cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<JobRunStep> steps = new ArrayList<>();

    protected JobRun() {
    }

    /**
     * @param parameters the job parameters, kept for a restart: never put a secret or personal data in them
     * @param restartOf the run this one continues, or null
     */
    public JobRun(String jobName, String businessKey, Properties parameters, Long organisationId, String startedBy,
                  String serverRun, Long restartOf) {
        this.jobName = jobName;
        this.businessKey = businessKey;
        this.parameters = text(parameters);
        this.organisationId = organisationId;
        this.startedBy = startedBy;
        this.serverRun = serverRun;
        this.restartOf = restartOf;
        this.batchStatus = BatchStatus.STARTING;
        this.createdAt = Instant.now();
    }

    /** The runtime accepted the job; its execution id is known. */
    public void launched(long executionId) {
        this.executionId = executionId;
    }

    /** The job's first listener call, on the batch thread. */
    public void started(long executionId) {
        this.executionId = executionId;
        if (batchStatus == BatchStatus.STARTING) {
            batchStatus = BatchStatus.STARTED;
        }
        startedAt = Instant.now();
    }

    public void ended(BatchStatus status, String exit) {
        this.batchStatus = status;
        this.exitStatus = exit;
        this.endedAt = Instant.now();
    }

    /**
     * The server that ran it stopped before the job ended (found at the next start-up, so the time is when that was
     * noticed): the run and its unfinished step are FAILED with exit status {@link #INTERRUPTED}.
     */
    public void interrupted() {
        ended(BatchStatus.FAILED, INTERRUPTED);
        for (JobRunStep step : steps) {
            if (!step.hasEnded()) {
                step.ended(BatchStatus.FAILED, INTERRUPTED, null);
            }
        }
    }

    public JobRunStep stepStarted(String stepName) {
        JobRunStep step = new JobRunStep(this, stepName);
        steps.add(step);
        return step;
    }

    public Optional<JobRunStep> step(String stepName) {
        return steps.stream().filter(s -> s.stepName().equals(stepName)).findFirst();
    }

    public boolean hasEnded() {
        return !RUNNING.contains(batchStatus);
    }

    /** The parameters it was started with (a copy). */
    public Properties parameters() {
        Properties copy = new Properties();
        if (parameters != null) {
            try {
                copy.load(new StringReader(parameters));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copy;
    }

    /** As {@code key=value} lines in key order, escaped as {@link Properties#store} escapes them (without its date). */
    private static String text(Properties parameters) {
        if (parameters == null || parameters.isEmpty()) {
            return null;
        }
        StringWriter out = new StringWriter();
        try {
            parameters.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().lines().filter(line -> !line.startsWith("#")).sorted().collect(Collectors.joining("\n", "", "\n"));
    }

    public Long id() {
        return id;
    }

    public String jobName() {
        return jobName;
    }

    public String businessKey() {
        return businessKey;
    }

    public Long executionId() {
        return executionId;
    }

    public Long restartOf() {
        return restartOf;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String startedBy() {
        return startedBy;
    }

    public String serverRun() {
        return serverRun;
    }

    public BatchStatus batchStatus() {
        return batchStatus;
    }

    public String exitStatus() {
        return exitStatus;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public List<JobRunStep> steps() {
        return List.copyOf(steps);
    }
}
