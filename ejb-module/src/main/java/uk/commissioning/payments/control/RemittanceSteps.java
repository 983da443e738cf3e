package uk.commissioning.payments.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.identity.Viewer;
import uk.commissioning.payments.entity.Remittance;
import uk.commissioning.rules.RuleViolation;

/** RemittanceIntake's steps, each in a transaction of its own: keep the file, apply it, record a refusal. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RemittanceSteps {

    @Inject
    Remittances remittances;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    public Remittance store(Long runId, String fileName, byte[] content, Viewer viewer) {
        return remittances.store(runId, fileName, content, viewer);
    }

    public Remittance apply(Long remittanceId, Viewer viewer) {
        return remittances.apply(remittanceId, viewer);
    }

    public void refused(Long remittanceId, RuleViolation refusal, Viewer viewer) {
        Remittance remittance = em.find(Remittance.class, remittanceId);
        String problems = refusal.problems().isEmpty() ? refusal.getMessage() : Remittances.describe(refusal.problems());
        remittance.refused(RemittanceFile.read(remittance.content()).dataLines(), problems);
        audit.record("Remittance", remittanceId, "REFUSED", viewer.username(), null,
                Map.of("paymentRun", "PAYRUN-" + remittance.runId(), "problems", problems));
    }
}
