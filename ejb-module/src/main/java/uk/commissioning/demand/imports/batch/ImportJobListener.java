package uk.commissioning.demand.imports.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import uk.commissioning.demand.imports.control.ImportJob;
import uk.commissioning.demand.imports.control.ImportRecords;

/**
 * Marks the import RUNNING when the job starts and FAILED if the job stops on an error. (A server that dies mid-job
 * runs neither; ImportRecovery resumes such imports at the next start.)
 */
@Dependent
@Named("importJobListener")
public class ImportJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(ImportJobListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = ImportJob.IMPORT_ID)
    String importIdProperty;

    @Inject
    ImportRecords records;

    @Override
    public void beforeJob() {
        records.running(ImportJob.importId(importIdProperty));
    }

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.FAILED) {
            long importId = ImportJob.importId(importIdProperty);
            LOG.warning("demand import " + importId + " stopped with an error (job execution " + job.getExecutionId() + ")");
            records.fail(importId, "the import stopped with an error after the rows counted so far; upload the file again "
                    + "to finish it (rows already written are not duplicated)");
        }
    }
}
