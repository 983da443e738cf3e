package uk.commissioning.payments.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.commissioning.payments.control.PaymentChunks;
import uk.commissioning.payments.control.PaymentRuns;

/** The last step: the run COMPLETED, with the count and control total of its file's rows. */
@Dependent
@Named("paymentRunCompletion")
public class PaymentRunCompletion extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = PaymentRuns.RUN_ID)
    String runIdProperty;

    @Inject
    @BatchProperty(name = "startedBy")
    String startedBy;

    @Inject
    PaymentChunks chunks;

    @Override
    public String process() {
        chunks.complete(Long.valueOf(runIdProperty), startedBy == null ? "system" : startedBy);
        return "COMPLETED";
    }
}
