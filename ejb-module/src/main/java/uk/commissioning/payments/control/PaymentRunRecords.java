package uk.commissioning.payments.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.payments.entity.PaymentRun;
import uk.commissioning.payments.entity.PaymentRunStatus;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * A payment run's record, each change in a transaction of its own: created (and committed) before its job starts, so
 * the job, the status the screen polls and a second start's refusal all see it; ended by the job or by recovery.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentRunRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Refuses while another run of the organisation is queued or running (and the unique running key backs that up). */
    public PaymentRun create(PaymentRun run) {
        requireNoneRunning(run.organisationId());
        em.persist(run);
        em.flush();
        audit.record("PaymentRun", run.id(), "STARTED", run.startedBy(), null, run.auditView());
        return run;
    }

    public void requireNoneRunning(Long organisationId) {
        List<Long> running = em.createQuery("SELECT r.id FROM PaymentRun r WHERE r.runningKey = :org", Long.class)
                .setParameter("org", organisationId).getResultList();
        if (!running.isEmpty()) {
            throw new RuleViolation(Reason.PAYMENT_RUN_IN_PROGRESS, "organisationId", "payment run PAYRUN-" + running.get(0)
                    + " of this organisation is still running; wait for it to finish");
        }
    }

    public void launched(Long runId, Long jobRunId) {
        em.find(PaymentRun.class, runId).launched(jobRunId);
    }

    public PaymentRun byId(Long runId) {
        return em.find(PaymentRun.class, runId);
    }

    /** Ends a run that has not ended yet as FAILED; a run that completed stays completed. */
    public void failed(Long runId, String reason, String actor) {
        PaymentRun run = em.find(PaymentRun.class, runId);
        if (run != null && run.status().isRunning()) {
            var before = run.auditView();
            run.failed(reason);
            audit.record("PaymentRun", runId, "FAILED", actor, before, run.auditView());
        }
    }

    /** Runs still marked queued or running. */
    public List<PaymentRun> running() {
        return em.createQuery("SELECT r FROM PaymentRun r WHERE r.status IN :running ORDER BY r.id", PaymentRun.class)
                .setParameter("running", List.of(PaymentRunStatus.QUEUED, PaymentRunStatus.RUNNING)).getResultList();
    }
}
