package uk.commissioning.demand.imports.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.commissioning.demand.imports.control.ImportJob;
import uk.commissioning.demand.imports.control.ImportRecords;

/**
 * The job's last step: COMPLETED if any row was written, FAILED (with its report) if every line was rejected. The
 * outcome is the step's and the job's exit status too, so the job run says how the import ended: the job itself
 * completes either way (a file of rejected lines is an outcome, not an error).
 */
@Dependent
@Named("importCompletion")
public class ImportCompletion extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = ImportJob.IMPORT_ID)
    String importIdProperty;

    @Inject
    ImportRecords records;

    @Override
    public String process() {
        String outcome = records.complete(ImportJob.importId(importIdProperty)).status().name();
        job.setExitStatus(outcome);
        return outcome;
    }
}
