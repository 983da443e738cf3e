package uk.commissioning.jobs.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.commissioning.jobs.control.JobRunRecords;

/**
 * Records each step of a job run: a row when it starts, and when it ends its batch and exit status and the runtime's
 * own metrics ({@link StepContext#getMetrics()}: read, write, filter, skip, commit and rollback counts). Declared on
 * every step, with the run's id as for {@link JobRunListener}; written in a transaction of its own, and a failure to
 * write is logged, not thrown (the runtime would fail the step for it). The status is the one the step will end with
 * (see RuntimeStatus). The exit status is known here only if the step set it (a batchlet's return value becomes its
 * step's exit status after this listener has run), so it is recorded as null otherwise, and the job listener, at the
 * job's end, records every step's final one as the runtime recorded it; a step of a run whose server stopped before
 * the job ended may keep a null exit status.
 */
@Dependent
@Named("stepMetricsListener")
public class StepMetricsListener implements StepListener {

    private static final Logger LOG = Logger.getLogger(StepMetricsListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String jobRunId;

    @Inject
    JobRunRecords records;

    @Override
    public void beforeStep() {
        JobRunListener.runId(jobRunId, job).ifPresent(id -> record(() -> records.stepStarted(id, step.getStepName())));
    }

    @Override
    public void afterStep() {
        JobRunListener.runId(jobRunId, job).ifPresent(id -> {
            BatchStatus status = RuntimeStatus.afterListeners(step.getBatchStatus());
            // The exit status as far as it is known now: null unless the step set it (JobRunListener records the final one).
            record(() -> records.stepEnded(id, step.getStepName(), status, step.getExitStatus(), metrics(step.getMetrics())));
        });
    }

    static Map<Metric.MetricType, Long> metrics(Metric[] metrics) {
        Map<Metric.MetricType, Long> byType = new EnumMap<>(Metric.MetricType.class);
        for (Metric metric : metrics) {
            byType.put(metric.getType(), metric.getValue());
        }
        return byType;
    }

    private void record(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record step " + step.getStepName() + " of job run " + jobRunId, e);
        }
    }
}
