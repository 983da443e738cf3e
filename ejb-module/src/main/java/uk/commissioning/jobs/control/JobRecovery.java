package uk.commissioning.jobs.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.commissioning.jobs.entity.JobRun;

/**
 * The one start-up recovery of batch jobs, once the schema is migrated: every run that an earlier server run (a
 * crash, a kill -9, a redeploy) left starting or running is recorded as interrupted, and each job's
 * {@link InterruptedRuns} decides what to do about its own. Runs this server run has launched (the demo data, during
 * this same start-up) are left alone.
 * <p>
 * One server at a time: a run is taken for interrupted because another server run launched it, so two live servers
 * sharing one database would take each other's running jobs for dead ones. Sharing will need a heartbeat (or a lease)
 * per server run before this may run on both.
 */
@Singleton
@Startup
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRecovery {

    private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

    @Inject
    JobRunRecords records;

    @Inject
    @Any
    Instance<InterruptedRuns> jobs;

    @PostConstruct
    void recover() {
        Map<String, List<JobRun>> byJob = new LinkedHashMap<>();
        for (JobRun run : records.interruptLeftRunning(JobRuns.SERVER_RUN)) {
            LOG.info(() -> "Job run " + run.id() + " (" + run.jobName() + " " + run.businessKey() + ") was interrupted: "
                    + "server run " + run.serverRun() + " stopped before it ended");
            byJob.computeIfAbsent(run.jobName(), name -> new java.util.ArrayList<>()).add(run);
        }
        Set<String> recovered = new HashSet<>();
        for (InterruptedRuns job : jobs) {
            String name = job.jobName();
            recovered.add(name);
            try {
                job.recover(byJob.getOrDefault(name, List.of()));
            } catch (RuntimeException e) {
                // One job's recovery failing must not stop the application starting, nor the other jobs recovering.
                LOG.log(Level.SEVERE, "start-up recovery of the " + name + " job failed", e);
            }
        }
        byJob.forEach((name, runs) -> {
            if (!recovered.contains(name)) {
                LOG.warning(() -> runs.size() + " interrupted run(s) of " + name + " left FAILED: the job has no recovery");
            }
        });
    }
}
