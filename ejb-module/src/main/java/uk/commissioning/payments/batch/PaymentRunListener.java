package uk.commissioning.payments.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.commissioning.payments.control.PaymentRunRecords;
import uk.commissioning.payments.control.PaymentRuns;

/**
 * At the job's end, a run its completion step did not complete has failed: it is marked FAILED so the organisation
 * can start another (what it scheduled stays scheduled, in its file; the next run takes the rest).
 */
@Dependent
@Named("paymentRunListener")
public class PaymentRunListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(PaymentRunListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = PaymentRuns.RUN_ID)
    String runIdProperty;

    @Inject
    PaymentRunRecords records;

    @Override
    public void afterJob() {
        try {
            records.failed(Long.valueOf(runIdProperty), "the job ended without completing (" + job.getBatchStatus()
                    + "); parts it scheduled stay in its file, a new run takes the rest", "system");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record the end of payment run " + runIdProperty, e);
        }
    }
}
