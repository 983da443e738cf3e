package uk.commissioning.funding.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.Transfer;
import uk.commissioning.funding.entity.TransferStatus;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.control.EntryReversed;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.EntryType;
import uk.commissioning.ledger.entity.JournalEntry;
import uk.commissioning.ledger.entity.PostingLine;
import uk.commissioning.money.Money;
import uk.commissioning.platform.Page;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Virements between funds: requested by one person, approved by another, booked only on approval. Who may request,
 * approve and reject is {@link Transfer#APPROVAL}, checked here first, so every caller (API, screens, demo data) gets
 * the same answer.
 */
@Stateless
public class Transfers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Funds funds;

    @Inject
    Decisions decisions;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    /**
     * Records a pending transfer. The remaining budget is checked now so that an impossible request is refused early,
     * and again (under lock) at approval, which is what counts.
     */
    public Transfer request(Long fromFundId, Long toFundId, Money amount, Long decisionId, LocalDate valueDate,
                            String reason, Viewer viewer) {
        Transfer.APPROVAL.requireMayRequest(viewer);
        String actor = viewer.username();
        Fund from = funds.get(fromFundId, "fromFundId", viewer);
        // Both funds must be the requester's to see: a pooled fund its organisation is a partner in counts.
        Fund to = funds.get(toFundId, "toFundId", viewer);
        Funds.requirePositive(amount);
        from.requireOpen();
        to.requireOpen();
        ledger.requireOpen(from, uk.commissioning.period.Quarter.containing(valueDate));
        ledger.requireOpen(to, uk.commissioning.period.Quarter.containing(valueDate));
        Transfer transfer = new Transfer(from, to, amount, decisions.cited(decisionId, "decisionId", List.of(from, to)),
                valueDate, reason, actor);
        Money remaining = ledger.balance(from, Account.AVAILABLE);
        if (amount.isGreaterThan(remaining)) {
            throw new RuleViolation(Reason.INSUFFICIENT_REMAINING_BUDGET, "amount",
                    "%s has %s remaining; the transfer asks for %s".formatted(from.code(), remaining.display(), amount.display()));
        }
        em.persist(transfer);
        em.flush();
        audit.record("Transfer", transfer.id(), "REQUESTED", actor, null, transfer.auditView());
        return transfer;
    }

    /**
     * Only someone who can see the source fund (its owner's commissioners, or an administrator) can approve, and not
     * whoever requested it.
     */
    public Transfer approve(Long transferId, Viewer viewer) {
        Transfer.APPROVAL.requireMayDecide(viewer);
        String approver = viewer.username();
        Transfer transfer = lockedForDecision(transferId, viewer);
        Map<String, Object> before = transfer.auditView();
        transfer.requireApprovableBy(viewer);
        Money amount = transfer.amount();
        JournalEntry entry = ledger.post(EntryType.TRANSFER, transfer.sourceDocument(),
                transfer.valueDate(), "Transfer %s → %s under %s".formatted(transfer.fromFund().code(),
                        transfer.toFund().code(), transfer.decision().reference()),
                List.of(PostingLine.of(transfer.fromFund().id(), Account.AVAILABLE, amount.negate()),
                        PostingLine.of(transfer.toFund().id(), Account.AVAILABLE, amount)), approver);
        transfer.approve(viewer, entry.id());
        audit.record("Transfer", transferId, "APPROVED", approver, before, transfer.auditView());
        return transfer;
    }

    /** The approver's side stops a pending transfer, saying why; its requester withdraws it instead. */
    public Transfer reject(Long transferId, Viewer viewer, String why) {
        Transfer.APPROVAL.requireMayDecide(viewer);
        requireReason(why, "say why the transfer is rejected");
        Transfer transfer = lockedForDecision(transferId, viewer);
        Map<String, Object> before = transfer.auditView();
        transfer.reject(viewer);
        Map<String, Object> after = new java.util.LinkedHashMap<>(transfer.auditView());
        after.put("rejectionReason", why);
        audit.record("Transfer", transferId, "REJECTED", viewer.username(), before, after);
        return transfer;
    }

    /**
     * The requester takes back their own pending transfer (the reason is optional). It moved no money, so nothing is
     * posted; the audit trail keeps who withdrew it and when.
     */
    public Transfer withdraw(Long transferId, Viewer viewer, String why) {
        Transfer.APPROVAL.requireMayRequest(viewer);
        Transfer transfer = em.find(Transfer.class, transferId, LockModeType.PESSIMISTIC_WRITE);
        if (transfer == null || !canSee(viewer, transfer)) {
            throw new NotFoundException("transfer", transferId);
        }
        Map<String, Object> before = transfer.auditView();
        transfer.withdraw(viewer);
        Map<String, Object> after = new java.util.LinkedHashMap<>(transfer.auditView());
        if (why != null && !why.isBlank()) {
            after.put("withdrawalReason", why);
        }
        audit.record("Transfer", transferId, "WITHDRAWN", viewer.username(), before, after);
        return transfer;
    }

    private static void requireReason(String why, String message) {
        if (why == null || why.isBlank()) {
            throw new RuleViolation(Reason.INVALID_INPUT, "reason", "is required: " + message);
        }
    }

    /** Locks the transfer against a concurrent decision; only someone who can see its source fund may decide it. */
    private Transfer lockedForDecision(Long transferId, Viewer viewer) {
        Transfer transfer = em.find(Transfer.class, transferId, LockModeType.PESSIMISTIC_WRITE);
        if (transfer == null || !FundVisibility.canSee(viewer, transfer.fromFund())) {
            throw new NotFoundException("transfer", transferId);
        }
        return transfer;
    }

    public void onReversal(@Observes EntryReversed reversed) {
        em.createNamedQuery(Transfer.BY_ENTRY, Transfer.class).setParameter("entryId", reversed.original().id())
                .getResultStream().findFirst().ifPresent(transfer -> {
                    Map<String, Object> before = transfer.auditView();
                    transfer.markReversed();
                    audit.record("Transfer", transfer.id(), "REVERSED", reversed.actor(), before, transfer.auditView());
                });
    }

    /** A transfer is visible to whoever can see either of its funds. */
    public Transfer get(Long id, Viewer viewer) {
        Transfer transfer = em.find(Transfer.class, id);
        if (transfer == null || !canSee(viewer, transfer)) {
            throw new NotFoundException("transfer", id);
        }
        return transfer;
    }

    /** Every transfer the viewer can see, newest first (the same rule as {@link #get}, applied in the database). */
    public List<Transfer> all(TransferStatus status, Viewer viewer) {
        if (!seesTransfers(viewer)) {
            return List.of();
        }
        return visible("SELECT t", status, viewer, Transfer.class).getResultList();
    }

    /** One page of the transfers a viewer can see, newest first, filtered and counted in the database. */
    public Page<Transfer> page(TransferStatus status, Viewer viewer, int first, int size) {
        if (!seesTransfers(viewer)) {
            return new Page<>(List.of(), 0);
        }
        return new Page<>(visible("SELECT t", status, viewer, Transfer.class).setFirstResult(first).setMaxResults(size)
                .getResultList(), visible("SELECT COUNT(t)", status, viewer, Long.class).getSingleResult());
    }

    private static boolean seesTransfers(Viewer viewer) {
        return viewer.seesEverything() || viewer.is(Role.COMMISSIONER);
    }

    /** Transfers with a visible source or destination fund: {@link FundVisibility}'s commissioner rule in JPQL. */
    private <T> TypedQuery<T> visible(String select, TransferStatus status, Viewer viewer, Class<T> type) {
        String jpql = select + " FROM Transfer t WHERE 1 = 1" + (status == null ? "" : " AND t.status = :status")
                + (viewer.seesEverything() ? "" : " AND (" + FundVisibility.commissionerCondition("t.fromFund")
                        + " OR " + FundVisibility.commissionerCondition("t.toFund") + ")")
                + (type == Transfer.class ? " ORDER BY t.id DESC" : "");
        TypedQuery<T> query = em.createQuery(jpql, type);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (!viewer.seesEverything()) {
            query.setParameter("org", viewer.organisationId());
        }
        return query;
    }

    /** Pending transfers this viewer could approve: one of the source fund's organisations, requested by someone else. */
    public List<Transfer> awaitingApprovalBy(Viewer viewer) {
        return all(TransferStatus.PENDING, viewer).stream()
                .filter(t -> Transfer.APPROVAL.mayApprove(t.approvalRequest(), viewer))
                .toList();
    }

    private static boolean canSee(Viewer viewer, Transfer transfer) {
        return FundVisibility.canSee(viewer, transfer.fromFund()) || FundVisibility.canSee(viewer, transfer.toFund());
    }
}
