package uk.commissioning.ledger.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.entity.PeriodClose;
import uk.commissioning.period.Quarter;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Closing quarters. A closed quarter stays closed: its reports must be reproducible. Only commissioners and
 * administrators close one, whichever screen or client asks. Quarters close in order: not while an earlier quarter
 * that holds postings is still open, or the later quarter's figures would rest on an earlier one that can still
 * change. A close is for every fund of every organisation (one ledger, one calendar).
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
        mustCloseFirst(quarter).ifPresent(earlier -> {
            throw new RuleViolation(Reason.QUARTER_OUT_OF_ORDER, "quarter", outOfOrder(quarter, earlier));
        });
        PeriodClose close = new PeriodClose(quarter, actor, note);
        em.persist(close);
        em.flush();
        audit.record("Quarter", quarter.code(), "CLOSED", actor, Map.of("status", "OPEN"),
                Map.of("status", "CLOSED", "note", note == null ? "" : note));
        return close;
    }

    /** The earliest quarter before {@code quarter} that holds postings and is not closed: it must close first. */
    public static Optional<Quarter> firstOpenBefore(Quarter quarter, Collection<Quarter> withPostings, Set<Quarter> closed) {
        return withPostings.stream().filter(q -> q.compareTo(quarter) < 0 && !closed.contains(q)).min(Comparator.naturalOrder());
    }

    /** "2019-20 Q1 is still open and has postings: close it before 2019-20 Q2 (quarters close in order)". */
    public static String outOfOrder(Quarter quarter, Quarter earlier) {
        return "%s is still open and has postings: close it before %s (quarters close in order)"
                .formatted(earlier.label(), quarter.label());
    }

    /** Whether closing the quarter now would be out of order, and which quarter must close first. */
    public Optional<Quarter> mustCloseFirst(Quarter quarter) {
        return firstOpenBefore(quarter, quartersWithPostings(), closedQuarters());
    }

    /** Every quarter something has been posted in, in time order (one pass over the quarter index). */
    public List<Quarter> quartersWithPostings() {
        return em.createQuery("SELECT DISTINCT p.quarterCode FROM LedgerPosting p ORDER BY p.quarterCode", String.class)
                .getResultList().stream().map(Quarter::parse).toList();
    }

    public Set<Quarter> closedQuarters() {
        return closed().stream().map(PeriodClose::quarter).collect(Collectors.toSet());
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
