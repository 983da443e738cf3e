package uk.commissioning.payments.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import uk.commissioning.payments.control.PaymentChunks;
import uk.commissioning.payments.control.PaymentRuns;

/**
 * The parts a run may schedule, collected when the step opens. A restart collects them again rather than trusting a
 * checkpoint: parts scheduled before a failure hold nothing in APPROVED any more, so they are not collected twice.
 */
@Dependent
@Named("paymentPartReader")
public class PaymentPartReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = PaymentRuns.RUN_ID)
    String runIdProperty;

    @Inject
    PaymentChunks chunks;

    private Iterator<?> parts;

    @Override
    public void open(Serializable checkpoint) {
        parts = chunks.collect(Long.valueOf(runIdProperty)).iterator();
    }

    @Override
    public Object readItem() {
        return parts.hasNext() ? parts.next() : null;
    }
}
