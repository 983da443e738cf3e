package uk.commissioning.quarterclose.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.commissioning.contracts.control.ContractQueries;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractStatus;
import uk.commissioning.contracts.entity.PaymentScheduleLine;
import uk.commissioning.contracts.entity.ScheduleKind;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.control.Transfers;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.TransferStatus;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.control.Periods;
import uk.commissioning.ledger.entity.PeriodClose;
import uk.commissioning.period.Quarter;

/**
 * The quarters an organisation closes (those of the funds whose books it keeps) and what is still open in each. Which quarter may close, and when, is the
 * ledger's rule ({@link Periods}); this only lists and counts, for the people about to close one.
 */
@Stateless
public class QuarterChecklists {

    @PersistenceContext
    EntityManager em;

    @Inject
    Periods periods;

    @Inject
    Funds funds;

    @Inject
    Transfers transfers;

    @Inject
    ContractQueries contracts;

    /**
     * Every quarter of the financial years of the funds whose books the organisation keeps, and every quarter it has
     * already closed, in time order. Other organisations' closes do not show: they close their own.
     */
    public List<QuarterStatus> quarters(Long organisationId, Viewer viewer) {
        List<Fund> kept = fundsKeptBy(organisationId, viewer);
        Map<Quarter, PeriodClose> closes = new HashMap<>();
        periods.closed(organisationId).forEach(c -> closes.put(c.quarter(), c));
        Set<Quarter> listed = new TreeSet<>(closes.keySet());
        kept.forEach(f -> {
            for (int n = 1; n <= 4; n++) {
                listed.add(f.financialYear().quarter(n));
            }
        });
        Map<Quarter, Long> yours = postingsPerQuarter(kept);
        List<Quarter> withPostings = periods.quartersWithPostings(organisationId);
        List<QuarterStatus> rows = new ArrayList<>();
        for (Quarter q : listed) {
            PeriodClose close = closes.get(q);
            Quarter first = close != null ? null
                    : Periods.firstOpenBefore(q, withPostings, closes.keySet()).orElse(null);
            rows.add(new QuarterStatus(q, yours.getOrDefault(q, 0L), first, close == null ? null : close.closedBy(),
                    close == null ? null : close.closedAt()));
        }
        return rows;
    }

    /** What is still open in the quarter in the funds whose books the organisation keeps. */
    public QuarterChecklist checklist(Quarter quarter, Long organisationId, Viewer viewer) {
        List<Fund> kept = fundsKeptBy(organisationId, viewer);
        Set<Long> keptIds = kept.stream().map(Fund::id).collect(Collectors.toSet());
        boolean closed = periods.closedQuarters(organisationId).contains(quarter);
        List<QuarterChecklist.Item> open = new ArrayList<>();
        long pending = transfers.all(TransferStatus.PENDING, viewer).stream()
                .filter(t -> quarter.contains(t.valueDate()))
                .filter(t -> keptIds.contains(t.fromFund().id()) || keptIds.contains(t.toFund().id())).count();
        if (pending > 0) {
            open.add(new QuarterChecklist.Item(QuarterChecklist.Kind.PENDING_TRANSFERS, pending, (pending == 1
                    ? "1 transfer dated in %s awaits approval: once the quarter is closed it can never be approved"
                    : pending + " transfers dated in %s await approval: once the quarter is closed they can never be approved")
                    .formatted(quarter.label())));
        }
        List<Contract> drafts = contracts.visible(viewer, ContractStatus.DRAFT, null).stream()
                .filter(c -> paidFrom(c, keptIds))
                .filter(c -> !c.startDate().isAfter(quarter.endDate())).toList();
        if (!drafts.isEmpty()) {
            open.add(new QuarterChecklist.Item(QuarterChecklist.Kind.DRAFT_CONTRACTS, drafts.size(), (drafts.size() == 1
                    ? "1 draft contract starts by the end of %s: activated later, its commitment is dated in an open quarter"
                    : drafts.size() + " draft contracts start by the end of %s: activated later, their commitments are dated "
                            + "in an open quarter").formatted(quarter.label())));
        }
        long milestones = contracts.visible(viewer, ContractStatus.ACTIVE, null).stream()
                .filter(c -> paidFrom(c, keptIds))
                .flatMap(c -> c.currentSchedule().stream())
                .filter(l -> l.kind() == ScheduleKind.MILESTONE && !l.isReleased() && quarter.contains(l.dueDate())).count();
        if (milestones > 0) {
            open.add(new QuarterChecklist.Item(QuarterChecklist.Kind.MILESTONES_AWAITING_REPORT, milestones, (milestones == 1
                    ? "1 milestone due in %s is still waiting for its report"
                    : milestones + " milestones due in %s are still waiting for their reports").formatted(quarter.label())));
        }
        return new QuarterChecklist(quarter, closed, periods.postingsIn(organisationId, quarter),
                closed ? null : periods.mustCloseFirst(organisationId, quarter).orElse(null), open);
    }

    private static boolean paidFrom(Contract contract, Set<Long> fundIds) {
        return contract.funds().stream().anyMatch(f -> fundIds.contains(f.id()));
    }

    /** The organisation's funds (host of a pool, otherwise owner) that the viewer sees. */
    private List<Fund> fundsKeptBy(Long organisationId, Viewer viewer) {
        return funds.all(viewer).stream().filter(f -> organisationId.equals(f.booksKeptBy())).toList();
    }

    private Map<Quarter, Long> postingsPerQuarter(List<Fund> visible) {
        Map<Quarter, Long> counts = new HashMap<>();
        if (visible.isEmpty()) {
            return counts;
        }
        em.createQuery("SELECT p.quarterCode, COUNT(p) FROM LedgerPosting p WHERE p.fundId IN :funds GROUP BY p.quarterCode",
                        Object[].class)
                .setParameter("funds", visible.stream().map(Fund::id).toList())
                .getResultList().forEach(row -> counts.put(Quarter.parse((String) row[0]), (Long) row[1]));
        return counts;
    }
}
