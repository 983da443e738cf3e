package uk.commissioning.demand.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import uk.commissioning.demand.imports.entity.DemandImport;
import uk.commissioning.jobs.control.InterruptedRuns;
import uk.commissioning.jobs.control.JobRecovery;
import uk.commissioning.jobs.entity.JobRun;

/**
 * The demand import's part of start-up recovery ({@link JobRecovery} does the rest): resumes every import that was
 * queued or running when the server last stopped (a crash, a kill -9, a redeploy), each after its last committed
 * chunk, as a restart of its interrupted run. The import's own status decides, not the run's: an import whose job
 * was interrupted after it had finished needs nothing, and one whose job never started (the server stopped between
 * recording it and starting the job) is resumed too. Imports launched during this start-up (the demo data) are left
 * alone. With one server this is exactly the set of imports no job is working on; several servers sharing one
 * database would each resume them (harmless for the data, which is idempotent, but the counters would be wrong), so
 * run imports on one server.
 */
@ApplicationScoped
public class ImportRecovery implements InterruptedRuns {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    @Inject
    ImportRecords records;

    @Inject
    DemandImports imports;

    @Override
    public String jobName() {
        return DemandImports.JOB;
    }

    @Override
    public void recover(List<JobRun> interrupted) {
        Map<String, JobRun> latestByKey = new HashMap<>();
        for (JobRun run : interrupted) {
            latestByKey.merge(run.businessKey(), run, (a, b) -> a.id() > b.id() ? a : b);
        }
        for (DemandImport unfinished : records.unfinished()) {
            if (DemandImports.THIS_RUN.equals(unfinished.runner())) {
                continue; // launched during this start-up (the demo data), already running here
            }
            LOG.info(() -> "Resuming demand import " + unfinished.id() + " after line " + (unfinished.linesDone() + 1));
            imports.resume(unfinished, latestByKey.get(DemandImports.businessKey(unfinished.id())));
        }
    }
}
