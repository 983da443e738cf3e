package uk.commissioning.payments.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.claims.control.ClaimPayments;
import uk.commissioning.payments.entity.PaymentLine;
import uk.commissioning.payments.entity.PaymentReceipt;

/** A claim's payment lines with their run's date and, once remitted, the receipt. */
@Dependent
public class ClaimPaymentRecords implements ClaimPayments {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<ClaimPayment> of(Long claimId) {
        // Two queries for the whole claim (its lines with their run's date, then its receipts), not two per line:
        // this is read for every claim answered by the API and shown on the claim page.
        Map<Long, PaymentReceipt> receipts = new HashMap<>();
        em.createQuery("SELECT p FROM PaymentReceipt p, PaymentLine l WHERE p.paymentLineId = l.id AND l.claimId = :claim",
                PaymentReceipt.class).setParameter("claim", claimId).getResultList()
                .forEach(p -> receipts.put(p.paymentLineId(), p));
        return em.createQuery("SELECT l, r.runDate FROM PaymentLine l, PaymentRun r WHERE r.id = l.runId AND l.claimId = :claim "
                        + "ORDER BY l.runId, l.id", Object[].class).setParameter("claim", claimId).getResultList().stream()
                .map(row -> {
                    PaymentLine line = (PaymentLine) row[0];
                    PaymentReceipt receipt = receipts.get(line.id());
                    return new ClaimPayment(line.runId(), line.fundCode(), line.amount(), (LocalDate) row[1],
                            receipt == null ? null : receipt.paidOn(), receipt == null ? null : receipt.paymentReference());
                }).toList();
    }

    @Override
    public Map<Long, BigDecimal> recoveredByClaim(Long contractId) {
        Map<Long, BigDecimal> recovered = new HashMap<>();
        em.createQuery("SELECT r.claimId, SUM(v.amount) FROM ReclaimRecovery v, Reclaim r, Claim c "
                        + "WHERE v.reclaimId = r.id AND r.claimId = c.id AND c.contract.id = :contract GROUP BY r.claimId", Object[].class)
                .setParameter("contract", contractId).getResultList()
                .forEach(row -> recovered.put((Long) row[0], (BigDecimal) row[1]));
        return recovered;
    }
}
