package uk.commissioning.payments.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The payment-run job's way into the application database: each call in a transaction of its own, never enlisted in
 * the batch runtime's transaction on its own repository (docs/BATCH.md), so a chunk's postings, file lines, claim
 * statuses and progress commit together or not at all.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentChunks {

    @Inject
    PaymentScheduling scheduling;

    public List<PaymentPart> collect(Long runId) {
        return scheduling.collect(runId);
    }

    public void schedule(Long runId, List<PaymentPart> parts, String actor) {
        scheduling.schedule(runId, parts, actor);
    }

    public void complete(Long runId, String actor) {
        scheduling.complete(runId, actor);
    }
}
