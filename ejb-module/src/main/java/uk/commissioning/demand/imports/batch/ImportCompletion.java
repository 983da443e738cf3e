package uk.commissioning.demand.imports.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.commissioning.demand.imports.control.ImportJob;
import uk.commissioning.demand.imports.control.ImportRecords;

/** The job's last step: COMPLETED if any row was written, FAILED (with its report) if every line was rejected. */
@Dependent
@Named("importCompletion")
public class ImportCompletion extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    ImportRecords records;

    @Override
    public String process() {
        return records.complete(ImportJob.importId(job)).status().name();
    }
}
