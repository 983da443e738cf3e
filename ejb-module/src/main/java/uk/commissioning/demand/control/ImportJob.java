package uk.commissioning.demand.control;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;

/** What the demand-import job's artifacts share: the import they work on. */
final class ImportJob {

    static final String IMPORT_ID = "importId";

    private ImportJob() {
    }

    static long importId(JobContext job) {
        return Long.parseLong(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()).getProperty(IMPORT_ID));
    }
}
