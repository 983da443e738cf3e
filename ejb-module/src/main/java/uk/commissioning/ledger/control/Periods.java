package uk.commissioning.ledger.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.entity.PeriodClose;
import uk.commissioning.period.Quarter;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Closing quarters. A closed quarter stays closed: its reports must be reproducible. Only commissioners and
 * administrators close one, whichever screen or client asks.
 */
@Stateless
public class Periods {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public PeriodClose close(Quarter quarter, String note, Viewer viewer) {
        if (!viewer.seesEverything() && !viewer.is(Role.COMMISSIONER)) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null, "only commissioners and administrators close quarters");
        }
        String actor = viewer.username();
        if (em.find(PeriodClose.class, quarter.code(), LockModeType.PESSIMISTIC_WRITE) != null) {
            throw new RuleViolation(Reason.QUARTER_ALREADY_CLOSED, "quarter", quarter.label() + " is already closed");
        }
        PeriodClose close = new PeriodClose(quarter, actor, note);
        em.persist(close);
        em.flush();
        audit.record("Quarter", quarter.code(), "CLOSED", actor, Map.of("status", "OPEN"),
                Map.of("status", "CLOSED", "note", note == null ? "" : note));
        return close;
    }

    public List<PeriodClose> closed() {
        return em.createQuery("SELECT c FROM PeriodClose c ORDER BY c.quarterCode", PeriodClose.class).getResultList();
    }

    /** What closing would lock: the number of postings already dated in the quarter, for the confirmation screen. */
    public long postingsIn(Quarter quarter) {
        return em.createQuery("SELECT COUNT(p) FROM LedgerPosting p WHERE p.quarterCode = :q", Long.class)
                .setParameter("q", quarter.code()).getSingleResult();
    }
}
