package uk.commissioning.jobs.control;

import java.util.List;
import uk.commissioning.jobs.entity.JobRun;

/**
 * A job's own part of start-up recovery. {@link JobRecovery} finds the runs a stopped server left unfinished, records
 * them as interrupted, and hands each job's to the one CDI bean implementing this for that job; the job decides what
 * its work needs (resume it through {@link JobRuns#restart}, or leave it and put its own records right). A job with no
 * such bean is never restarted on its own: only the job knows whether running it again is safe.
 */
public interface InterruptedRuns {

    /** The job XML name ({@code META-INF/batch-jobs/<name>.xml}) whose runs this recovers. */
    String jobName();

    /**
     * Called once at every start-up, before any request is served, even when no run was interrupted (so the job can
     * also resume work that was queued but never reached the batch runtime).
     *
     * @param interrupted the job's runs a stopped server left unfinished, oldest first, each already FAILED with exit
     *                    status {@link JobRun#INTERRUPTED}
     */
    void recover(List<JobRun> interrupted);
}
