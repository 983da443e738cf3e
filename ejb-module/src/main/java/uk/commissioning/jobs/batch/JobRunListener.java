package uk.commissioning.jobs.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.commissioning.jobs.control.JobRunRecords;
import uk.commissioning.jobs.control.JobRuns;

/**
 * Keeps a job's {@code JobRun} record: started when the job starts, its batch and exit status (and its steps' final
 * ones) when it ends. Every job
 * declares it, with the run's id from the job parameters:
 * <pre>{@code
 * <listener ref="jobRunListener">
 *     <properties><property name="jobRunId" value="#{jobParameters['jobRunId']}"/></properties>
 * </listener>}</pre>
 * The record is written in a transaction of its own (JobRunRecords says why). A failure to write it is logged, not
 * thrown: the runtime would fail the job for it, and the job's work is recorded by the job itself; a run left
 * STARTED is taken for interrupted at the next start-up, and its job's recovery finds its work finished.
 */
@Dependent
@Named("jobRunListener")
public class JobRunListener implements JobListener {

    private static final Logger LOG = Logger.getLogger(JobRunListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String jobRunId;

    @Inject
    JobRunRecords records;

    @Override
    public void beforeJob() {
        runId(jobRunId, job).ifPresent(id -> record(() -> records.started(id, job.getExecutionId())));
    }

    /**
     * Records the job's end, and its steps' as the runtime recorded them: by now each step's status and exit status
     * are final, which they were not yet when the step listener saw them (a batchlet's return value, for one, becomes
     * its step's exit status only after {@code afterStep}).
     */
    @Override
    public void afterJob() {
        runId(jobRunId, job).ifPresent(id -> {
            BatchStatus status = RuntimeStatus.afterListeners(job.getBatchStatus());
            List<JobRunRecords.StepEnd> steps = finalSteps();
            record(() -> records.ended(id, status, RuntimeStatus.exitStatus(job.getExitStatus(), status), steps));
        });
    }

    /** The job's steps from the runtime's repository; none (the step listener's view stands) if it cannot say. */
    private List<JobRunRecords.StepEnd> finalSteps() {
        List<JobRunRecords.StepEnd> steps = new ArrayList<>();
        try {
            for (StepExecution step : BatchRuntime.getJobOperator().getStepExecutions(job.getExecutionId())) {
                steps.add(new JobRunRecords.StepEnd(step.getStepName(), step.getBatchStatus(), step.getExitStatus(),
                        StepMetricsListener.metrics(step.getMetrics())));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not read the steps of job execution " + job.getExecutionId(), e);
            return List.of();
        }
        return steps;
    }

    private void record(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record job run " + jobRunId + " (job " + job.getJobName() + ", execution "
                    + job.getExecutionId() + ")", e);
        }
    }

    static OptionalLong runId(String property, JobContext job) {
        if (property == null || property.isBlank()) {
            LOG.warning(() -> "job " + job.getJobName() + " (execution " + job.getExecutionId() + ") has no "
                    + JobRuns.JOB_RUN_ID + ": start it through JobRuns, and give the listener the job parameter");
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(property));
    }
}
