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
 * The quarters an organisation closes and what is still open in each. Which quarter may close, and when, is the
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
     * Every quarter of the financial years of the viewer's funds, and every quarter already closed, in time order. A
     * close is for every organisation at once, so a quarter closed by another shows here as closed too.
     */
    public List<QuarterStatus> quarters(Viewer viewer) {
        List<Fund> visible = funds.all(viewer);
        Map<Quarter, PeriodClose> closes = new HashMap<>();
        periods.closed().forEach(c -> closes.put(c.quarter(), c));
        Set<Quarter> listed = new TreeSet<>(closes.keySet());
        visible.forEach(f -> {
            for (int n = 1; n <= 4; n++) {
                listed.add(f.financialYear().quarter(n));
            }
        });
        Map<Quarter, Long> yours = postingsPerQuarter(visible);
        List<Quarter> withPostings = periods.quartersWithPostings();
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

    public QuarterChecklist checklist(Quarter quarter, Viewer viewer) {
        List<Fund> visible = funds.all(viewer);
        boolean closed = periods.closedQuarters().contains(quarter);
        List<QuarterChecklist.Item> open = new ArrayList<>();
        long pending = transfers.all(TransferStatus.PENDING, viewer).stream()
                .filter(t -> quarter.contains(t.valueDate())).count();
        if (pending > 0) {
            open.add(new QuarterChecklist.Item(QuarterChecklist.Kind.PENDING_TRANSFERS, pending, (pending == 1
                    ? "1 transfer dated in %s awaits approval: once the quarter is closed it can never be approved"
                    : pending + " transfers dated in %s await approval: once the quarter is closed they can never be approved")
                    .formatted(quarter.label())));
        }
        List<Contract> drafts = contracts.visible(viewer, ContractStatus.DRAFT, null).stream()
                .filter(c -> !c.startDate().isAfter(quarter.endDate())).toList();
        if (!drafts.isEmpty()) {
            open.add(new QuarterChecklist.Item(QuarterChecklist.Kind.DRAFT_CONTRACTS, drafts.size(), (drafts.size() == 1
                    ? "1 draft contract starts by the end of %s: activated later, its commitment is dated in an open quarter"
                    : drafts.size() + " draft contracts start by the end of %s: activated later, their commitments are dated "
                            + "in an open quarter").formatted(quarter.label())));
        }
        long milestones = contracts.visible(viewer, ContractStatus.ACTIVE, null).stream()
                .flatMap(c -> c.currentSchedule().stream())
                .filter(l -> l.kind() == ScheduleKind.MILESTONE && !l.isReleased() && quarter.contains(l.dueDate())).count();
        if (milestones > 0) {
            open.add(new QuarterChecklist.Item(QuarterChecklist.Kind.MILESTONES_AWAITING_REPORT, milestones, (milestones == 1
                    ? "1 milestone due in %s is still waiting for its report"
                    : milestones + " milestones due in %s are still waiting for their reports").formatted(quarter.label())));
        }
        return new QuarterChecklist(quarter, closed, periods.postingsIn(quarter),
                postingsPerQuarter(visible).getOrDefault(quarter, 0L),
                closed ? null : periods.mustCloseFirst(quarter).orElse(null), open);
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
