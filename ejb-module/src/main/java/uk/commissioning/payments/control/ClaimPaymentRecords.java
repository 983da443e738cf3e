package uk.commissioning.payments.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.commissioning.claims.control.ClaimPayments;
import uk.commissioning.payments.entity.PaymentLine;
import uk.commissioning.payments.entity.PaymentReceipt;
import uk.commissioning.payments.entity.PaymentRun;

/** A claim's payment lines with their run's date and, once remitted, the receipt. */
@Dependent
public class ClaimPaymentRecords implements ClaimPayments {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<ClaimPayment> of(Long claimId) {
        List<PaymentLine> lines = em.createQuery("SELECT l FROM PaymentLine l WHERE l.claimId = :claim ORDER BY l.runId, l.id",
                PaymentLine.class).setParameter("claim", claimId).getResultList();
        return lines.stream().map(line -> {
            PaymentRun run = em.find(PaymentRun.class, line.runId());
            PaymentReceipt receipt = em.createQuery("SELECT p FROM PaymentReceipt p WHERE p.paymentLineId = :line",
                    PaymentReceipt.class).setParameter("line", line.id()).getResultStream().findFirst().orElse(null);
            return new ClaimPayment(line.runId(), line.fundCode(), line.amount(), run.runDate(),
                    receipt == null ? null : receipt.paidOn(), receipt == null ? null : receipt.paymentReference());
        }).toList();
    }
}
