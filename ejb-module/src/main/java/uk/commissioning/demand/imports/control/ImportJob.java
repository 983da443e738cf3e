package uk.commissioning.demand.imports.control;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;

/** What the demand-import job's artifacts share: the import they work on. */
public final class ImportJob {

    public static final String IMPORT_ID = "importId";

    private ImportJob() {
    }

    public static long importId(JobContext job) {
        return Long.parseLong(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()).getProperty(IMPORT_ID));
    }
}
