package uk.commissioning.ledger.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
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
import uk.commissioning.ledger.entity.LedgerFund;
import uk.commissioning.ledger.entity.PeriodClose;
import uk.commissioning.period.Quarter;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Closing quarters, per organisation. Each organisation closes the quarters of the funds whose books it keeps (the
 * host of a pooled fund, otherwise the owner: {@link LedgerFund#booksKeptBy()}); another organisation's quarters stay
 * as they are. Commissioners close their own organisation's, administrators any organisation's. A closed quarter stays
 * closed: its reports must be reproducible. Quarters close in order, per organisation: not while an earlier quarter
 * that holds postings in the organisation's funds is still open for it, or the later quarter's figures would rest on
 * an earlier one that can still change. Closing writes each fund's closing balances, which positions start from.
 */
@Stateless
public class Periods {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    FundLocks fundLocks;

    @Inject
    Ledger ledger;

    @Inject
    @Any
    Instance<QuarterCloseStep> steps;

    /**
     * Closes the quarter for an organisation: {@code organisationId} null means the viewer's own (an administrator
     * must name one). Locks the organisation's funds in id order (so no posting slips in between the checks and the
     * closing balances, and two closes of one organisation run one after the other), checks, runs the
     * {@link QuarterCloseStep}s, records the close and writes the closing balances, all in one transaction.
     */
    public PeriodClose close(Quarter quarter, String note, Long organisationId, Viewer viewer) {
        Long org = closingOrganisation(organisationId, viewer);
        String actor = viewer.username();
        List<Long> fundIds = fundLocks.fundsKeptBy(org);
        List<LedgerFund> locked = new ArrayList<>();
        for (Long id : fundIds) {
            locked.add(fundLocks.lockForPosting(id));
        }
        if (ledger.isClosedBy(org, quarter)) {
            throw new RuleViolation(Reason.QUARTER_ALREADY_CLOSED, "quarter",
                    quarter.label() + " is already closed for " + organisationName(org));
        }
        mustCloseFirst(org, quarter).ifPresent(earlier -> {
            throw new RuleViolation(Reason.QUARTER_OUT_OF_ORDER, "quarter", outOfOrder(quarter, earlier));
        });
        QuarterCloseStep.Closing closing = new QuarterCloseStep.Closing(org, quarter, fundIds, actor);
        steps.stream()
                .sorted(Comparator.comparingInt(QuarterCloseStep::order).thenComparing(s -> s.getClass().getName()))
                .forEach(step -> step.beforeClose(closing));
        PeriodClose close = new PeriodClose(org, quarter, actor, note);
        em.persist(close);
        em.flush();
        for (LedgerFund fund : locked) {
            ledger.writeClosingBalances(fund, quarter);
        }
        em.flush();
        audit.record("Quarter", quarter.code(), "CLOSED", actor, Map.of("status", "OPEN", "organisationId", org),
                Map.of("status", "CLOSED", "organisationId", org, "funds", fundIds.size(),
                        "note", note == null ? "" : note));
        return close;
    }

    /** Whose quarter a close is for: the viewer's organisation, or (administrators only) the one named. */
    public Long closingOrganisation(Long organisationId, Viewer viewer) {
        if (!viewer.seesEverything() && !viewer.is(Role.COMMISSIONER)) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null, "only commissioners and administrators close quarters");
        }
        if (viewer.seesEverything()) {
            if (organisationId == null) {
                throw new RuleViolation(Reason.INVALID_INPUT, "organisationId",
                        "is required: say which organisation's quarter to close");
            }
            organisationName(organisationId);
            return organisationId;
        }
        if (organisationId != null && !organisationId.equals(viewer.organisationId())) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, "organisationId",
                    "commissioners close their own organisation's quarters only");
        }
        return viewer.organisationId();
    }

    /** The earliest quarter before {@code quarter} that holds postings and is not closed: it must close first. */
    public static Optional<Quarter> firstOpenBefore(Quarter quarter, Collection<Quarter> withPostings, Set<Quarter> closed) {
        return withPostings.stream().filter(q -> q.compareTo(quarter) < 0 && !closed.contains(q)).min(Comparator.naturalOrder());
    }

    /** "2019-20 Q1 is still open and has postings: close it before 2019-20 Q3 (quarters close in order)". */
    public static String outOfOrder(Quarter quarter, Quarter earlier) {
        return "%s is still open and has postings: close it before %s (quarters close in order)"
                .formatted(earlier.label(), quarter.label());
    }

    /** Whether closing the organisation's quarter now would be out of order, and which quarter must close first. */
    public Optional<Quarter> mustCloseFirst(Long organisationId, Quarter quarter) {
        return firstOpenBefore(quarter, quartersWithPostings(organisationId), closedQuarters(organisationId));
    }

    /**
     * Every quarter something has been posted in, in the funds whose books the organisation keeps, in time order: one
     * seek per fund for its first and last posting, then one existence check per quarter in between (a handful of
     * quarters, whatever the number of postings).
     */
    public List<Quarter> quartersWithPostings(Long organisationId) {
        List<Long> funds = fundLocks.fundsKeptBy(organisationId);
        if (funds.isEmpty()) {
            return List.of();
        }
        Object[] range = em.createQuery("SELECT MIN(p.valueDate), MAX(p.valueDate) FROM LedgerPosting p "
                + "WHERE p.fundId IN :funds", Object[].class).setParameter("funds", funds).getSingleResult();
        if (range[0] == null) {
            return List.of();
        }
        List<Quarter> quarters = new ArrayList<>();
        Quarter last = Quarter.containing((java.time.LocalDate) range[1]);
        for (Quarter q = Quarter.containing((java.time.LocalDate) range[0]); q.compareTo(last) <= 0; q = q.next()) {
            boolean any = !em.createQuery("SELECT p.id FROM LedgerPosting p WHERE p.fundId IN :funds "
                            + "AND p.valueDate BETWEEN :start AND :end", Long.class)
                    .setParameter("funds", funds).setParameter("start", q.startDate()).setParameter("end", q.endDate())
                    .setMaxResults(1).getResultList().isEmpty();
            if (any) {
                quarters.add(q);
            }
        }
        return quarters;
    }

    public Set<Quarter> closedQuarters(Long organisationId) {
        return closed(organisationId).stream().map(PeriodClose::quarter).collect(Collectors.toSet());
    }

    /** The organisation's closes, in time order. */
    public List<PeriodClose> closed(Long organisationId) {
        return em.createQuery("SELECT c FROM PeriodClose c WHERE c.organisationId = :org ORDER BY c.quarterCode",
                PeriodClose.class).setParameter("org", organisationId).getResultList();
    }

    /** Every organisation's closes, by quarter then organisation. */
    public List<PeriodClose> closed() {
        return em.createQuery("SELECT c FROM PeriodClose c ORDER BY c.quarterCode, c.organisationId", PeriodClose.class)
                .getResultList();
    }

    /** What closing would lock: the postings dated in the quarter in the organisation's funds, for the confirmation. */
    public long postingsIn(Long organisationId, Quarter quarter) {
        List<Long> funds = fundLocks.fundsKeptBy(organisationId);
        if (funds.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(p) FROM LedgerPosting p WHERE p.fundId IN :funds AND p.quarterCode = :q",
                        Long.class)
                .setParameter("funds", funds).setParameter("q", quarter.code()).getSingleResult();
    }

    /** The organisations that keep some fund's books, by name: those that have quarters to close (id → name). */
    public Map<Long, String> bookKeepers() {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT o.id, o.name FROM Organisation o WHERE o.id IN "
                + "(SELECT f.owner.id FROM Fund f WHERE f.host IS NULL) OR o.id IN (SELECT f.host.id FROM Fund f) "
                + "ORDER BY o.name", Object[].class).getResultList()) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    public String organisationName(Long organisationId) {
        List<String> names = em.createQuery("SELECT o.name FROM Organisation o WHERE o.id = :id", String.class)
                .setParameter("id", organisationId).getResultList();
        if (names.isEmpty()) {
            throw new NotFoundException("organisation", organisationId);
        }
        return names.get(0);
    }
}
