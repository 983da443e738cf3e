package uk.commissioning.jobs.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.ToLongBiFunction;
import uk.commissioning.identity.Viewer;
import uk.commissioning.jobs.entity.JobRun;
import uk.commissioning.rules.NotFoundException;

/**
 * Starts batch jobs, and restarts them, with a {@link JobRun} recorded for each execution; and finds the runs for the
 * screens and the API. Every job of the application starts here, never with {@code BatchRuntime} directly, so that
 * every run is recorded, its listeners can find its record (the job parameter {@value #JOB_RUN_ID}) and start-up
 * recovery can see it.
 * <p>
 * Outside any transaction: each record commits on its own (JobRunRecords) before the runtime is asked to start the
 * job, whose first listener call, on the batch thread, updates that record.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRuns {

    /** This server run: runs launched by it are running or will run here; any other run's unfinished ones are orphans. */
    public static final String SERVER_RUN = UUID.randomUUID().toString();

    /** The job parameter carrying the run's id, for the listeners' {@code @BatchProperty jobRunId}. */
    public static final String JOB_RUN_ID = "jobRunId";

    /** The exit status of a run the batch runtime refused to start. */
    public static final String NOT_STARTED = "NOT_STARTED";

    @Inject
    JobRunRecords records;

    @PersistenceContext
    EntityManager em;

    /**
     * Records a run and starts the job.
     *
     * @param jobXmlName   the job's id, the file name of {@code META-INF/batch-jobs/<jobXmlName>.xml}
     * @param parameters   the job parameters, kept with the run for a restart: never a secret or personal data
     * @param businessKey  what the run works on, e.g. {@code demand-import:42}; the API finds runs by it
     * @param actor        who starts it (a username, or {@code system})
     * @param organisationId whose run it is: that organisation's people and administrators see it; null for
     *                       administrators only
     * @return the run, with the runtime's execution id
     */
    public JobRun start(String jobXmlName, Properties parameters, String businessKey, String actor, Long organisationId) {
        JobRun run = records.create(new JobRun(jobXmlName, businessKey, parameters, organisationId, actor, SERVER_RUN, null));
        return launch(run, parameters, (operator, withRunId) -> operator.start(jobXmlName, withRunId));
    }

    /**
     * Runs the job of an ended run again, for the same work: a new run, linked to the old one. When the batch runtime
     * of this server run started the old one it is restarted there (a Jakarta Batch restart of the same job instance,
     * from the runtime's checkpoints); otherwise the runtime never knew it (its repository went with the server that
     * ran it, and an execution id of a fresh repository may be another job's), so the job is started anew and must
     * resume from checkpoints of its own in the application database, as the demand import does.
     *
     * @param parameters parameters to change (the old run's others are kept), or empty
     */
    public JobRun restart(long runId, Properties parameters, String actor) {
        JobRun previous = records.byId(runId);
        if (!previous.hasEnded() || previous.batchStatus() == BatchStatus.COMPLETED || previous.batchStatus() == BatchStatus.ABANDONED) {
            throw new IllegalStateException("job run " + runId + " is " + previous.batchStatus() + ": only a failed or stopped run is restarted");
        }
        Properties merged = previous.parameters();
        merged.putAll(parameters);
        JobRun run = records.create(new JobRun(previous.jobName(), previous.businessKey(), merged, previous.organisationId(),
                actor, SERVER_RUN, previous.id()));
        boolean sameRuntime = SERVER_RUN.equals(previous.serverRun()) && previous.executionId() != null;
        return launch(run, merged, sameRuntime
                ? (operator, withRunId) -> operator.restart(previous.executionId(), withRunId)
                : (operator, withRunId) -> operator.start(previous.jobName(), withRunId));
    }

    private JobRun launch(JobRun run, Properties parameters, ToLongBiFunction<JobOperator, Properties> how) {
        Properties withRunId = new Properties();
        if (parameters != null) {
            withRunId.putAll(parameters);
        }
        withRunId.setProperty(JOB_RUN_ID, Long.toString(run.id()));
        try {
            records.launched(run.id(), how.applyAsLong(BatchRuntime.getJobOperator(), withRunId));
        } catch (RuntimeException refused) {
            records.ended(run.id(), BatchStatus.FAILED, NOT_STARTED);
            throw refused;
        }
        return records.byId(run.id());
    }

    /** A run is visible to its organisation's people and to administrators; to anyone else it does not exist. */
    public JobRun get(Long id, Viewer viewer) {
        JobRun run = id == null ? null : em.find(JobRun.class, id);
        if (run == null || !visible(run, viewer)) {
            throw new NotFoundException("Job run", id);
        }
        return run;
    }

    /** Every run for the work named by the key that the viewer may see, newest first. */
    public List<JobRun> byKey(String businessKey, Viewer viewer) {
        return em.createNamedQuery(JobRun.BY_KEY, JobRun.class).setParameter("key", businessKey).getResultList().stream()
                .filter(run -> visible(run, viewer)).toList();
    }

    public List<JobRun> recent(Viewer viewer, int max) {
        var query = viewer.seesEverything()
                ? em.createNamedQuery(JobRun.RECENT, JobRun.class)
                : em.createNamedQuery(JobRun.RECENT_OF_ORG, JobRun.class).setParameter("organisationId", viewer.organisationId());
        return query.setMaxResults(max).getResultList();
    }

    private static boolean visible(JobRun run, Viewer viewer) {
        return viewer.seesEverything() || (run.organisationId() != null && run.organisationId().equals(viewer.organisationId()));
    }
}
