package uk.commissioning.payments.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.commissioning.jobs.control.InterruptedRuns;
import uk.commissioning.jobs.entity.JobRun;
import uk.commissioning.payments.control.PaymentRunRecords;
import uk.commissioning.payments.control.PaymentRuns;
import uk.commissioning.payments.entity.PaymentRun;

/**
 * A payment run a stopped server left running is not run again on its own (docs/PAYMENTS.md): it is marked FAILED,
 * which frees its organisation to start a new run. That new run schedules only what is still approved and
 * unscheduled, so nothing is scheduled twice. Also a run recorded by an earlier server whose job never started.
 */
@ApplicationScoped
public class PaymentRunRecovery implements InterruptedRuns {

    @Inject
    PaymentRunRecords records;

    @Override
    public String jobName() {
        return PaymentRuns.JOB;
    }

    @Override
    public void recover(List<JobRun> interrupted) {
        Set<Long> jobRuns = interrupted.stream().map(JobRun::id).collect(Collectors.toSet());
        Instant serverStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        for (PaymentRun run : records.running()) {
            boolean orphan = run.jobRunId() == null && run.createdAt().isBefore(serverStart);
            if (orphan || (run.jobRunId() != null && jobRuns.contains(run.jobRunId()))) {
                records.failed(run.id(), "interrupted: the server stopped during the run; parts it scheduled stay in its "
                        + "file, a new run takes the rest", "system");
            }
        }
    }
}
