package uk.commissioning.jobs.control;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import uk.commissioning.jobs.entity.JobRun;
import uk.commissioning.rules.NotFoundException;

/**
 * The changes to job-run records, each in a transaction of its own (REQUIRES_NEW), committed before the call returns.
 * <p>
 * Two reasons. The listeners call these from the batch thread, inside whatever transaction the runtime holds there
 * (a chunk's, for a chunk artifact); that transaction belongs to the runtime's own repository, a second non-XA
 * database, and must not enlist the application's (the demand import's DemandRowStore and DemandReferenceData keep
 * out of it for the same reason), and a step that fails and rolls back must not roll back the record that it failed.
 * And {@link JobRuns} records a run before it asks the runtime to start it: the job's first listener call, on another
 * thread, has to find that row committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRunRecords {

    @PersistenceContext
    EntityManager em;

    public JobRun create(JobRun run) {
        em.persist(run);
        em.flush();
        return run;
    }

    /** No visibility check: for the jobs and their recovery. */
    public JobRun byId(long id) {
        JobRun run = em.find(JobRun.class, id);
        if (run == null) {
            throw new NotFoundException("Job run", id);
        }
        return run;
    }

    public void launched(long id, long executionId) {
        byId(id).launched(executionId);
    }

    public void started(long id, long executionId) {
        byId(id).started(executionId);
    }

    public void ended(long id, BatchStatus status, String exitStatus) {
        byId(id).ended(status, exitStatus);
    }

    /** The job has ended; its steps as the runtime finally recorded them (which a step listener cannot all see). */
    public void ended(long id, BatchStatus status, String exitStatus, List<StepEnd> steps) {
        JobRun run = byId(id);
        run.ended(status, exitStatus);
        for (StepEnd step : steps) {
            stepEnded(run, step.name(), step.status(), step.exitStatus(), step.metrics());
        }
    }

    /** How a step ended. */
    public record StepEnd(String name, BatchStatus status, String exitStatus, Map<Metric.MetricType, Long> metrics) {
    }

    public void stepStarted(long id, String stepName) {
        JobRun run = byId(id);
        if (run.step(stepName).isEmpty()) {
            em.persist(run.stepStarted(stepName));
        }
    }

    public void stepEnded(long id, String stepName, BatchStatus status, String exitStatus, Map<Metric.MetricType, Long> metrics) {
        stepEnded(byId(id), stepName, status, exitStatus, metrics);
    }

    private void stepEnded(JobRun run, String stepName, BatchStatus status, String exitStatus, Map<Metric.MetricType, Long> metrics) {
        var step = run.step(stepName).orElseGet(() -> {
            var started = run.stepStarted(stepName);
            em.persist(started);
            return started;
        });
        step.ended(status, exitStatus, metrics);
    }

    /**
     * Every run that a server run other than {@code thisServerRun} left starting, running or stopping, now recorded
     * as interrupted (FAILED, exit status INTERRUPTED), oldest first.
     */
    public List<JobRun> interruptLeftRunning(String thisServerRun) {
        List<JobRun> left = em.createNamedQuery(JobRun.LEFT_RUNNING_BY_OTHERS, JobRun.class)
                .setParameter("running", JobRun.RUNNING).setParameter("serverRun", thisServerRun).getResultList();
        left.forEach(JobRun::interrupted);
        return left;
    }
}
