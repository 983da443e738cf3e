package uk.commissioning.payments.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.commissioning.payments.control.PaymentChunks;
import uk.commissioning.payments.control.PaymentPart;
import uk.commissioning.payments.control.PaymentRuns;

/** Schedules a chunk of parts in one application transaction (postings, file lines, claim statuses, progress). */
@Dependent
@Named("paymentPartWriter")
public class PaymentPartWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = PaymentRuns.RUN_ID)
    String runIdProperty;

    @Inject
    @BatchProperty(name = "startedBy")
    String startedBy;

    @Inject
    PaymentChunks chunks;

    @Override
    public void writeItems(List<Object> items) {
        chunks.schedule(Long.valueOf(runIdProperty), items.stream().map(PaymentPart.class::cast).toList(),
                startedBy == null ? "system" : startedBy);
    }
}
