package uk.commissioning.funding.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.Transfer;
import uk.commissioning.funding.entity.TransferStatus;
import uk.commissioning.ledger.control.EntryReversed;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.EntryType;
import uk.commissioning.ledger.entity.JournalEntry;
import uk.commissioning.ledger.entity.PostingLine;
import uk.commissioning.ledger.entity.SourceDocument;
import uk.commissioning.money.Money;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/** Virements between funds: requested by one person, approved by another, booked only on approval. */
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
                            String reason, String actor) {
        Fund from = funds.get(fromFundId, "fromFundId");
        Fund to = funds.get(toFundId, "toFundId");
        Funds.requirePositive(amount);
        from.requireOpen();
        to.requireOpen();
        ledger.requireOpen(uk.commissioning.period.Quarter.containing(valueDate));
        Transfer transfer = new Transfer(from, to, amount, decisions.get(decisionId, "decisionId"), valueDate, reason, actor);
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

    public Transfer approve(Long transferId, String approver) {
        Transfer transfer = em.find(Transfer.class, transferId, LockModeType.PESSIMISTIC_WRITE);
        if (transfer == null) {
            throw new NotFoundException("transfer", transferId);
        }
        Map<String, Object> before = transfer.auditView();
        transfer.requireApprovableBy(approver);
        Money amount = transfer.amount();
        JournalEntry entry = ledger.post(EntryType.TRANSFER, SourceDocument.of("TRANSFER", transferId),
                transfer.valueDate(), "Transfer %s → %s under %s".formatted(transfer.fromFund().code(),
                        transfer.toFund().code(), transfer.decision().reference()),
                List.of(PostingLine.of(transfer.fromFund().id(), Account.AVAILABLE, amount.negate()),
                        PostingLine.of(transfer.toFund().id(), Account.AVAILABLE, amount)), approver);
        transfer.approve(approver, entry.id());
        audit.record("Transfer", transferId, "APPROVED", approver, before, transfer.auditView());
        return transfer;
    }

    public Transfer reject(Long transferId, String decider, String why) {
        Transfer transfer = em.find(Transfer.class, transferId, LockModeType.PESSIMISTIC_WRITE);
        if (transfer == null) {
            throw new NotFoundException("transfer", transferId);
        }
        Map<String, Object> before = transfer.auditView();
        transfer.reject(decider);
        Map<String, Object> after = new java.util.LinkedHashMap<>(transfer.auditView());
        after.put("rejectionReason", why);
        audit.record("Transfer", transferId, "REJECTED", decider, before, after);
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

    public Transfer get(Long id) {
        Transfer transfer = em.find(Transfer.class, id);
        if (transfer == null) {
            throw new NotFoundException("transfer", id);
        }
        return transfer;
    }

    public List<Transfer> all(TransferStatus status) {
        return status == null
                ? em.createNamedQuery(Transfer.ALL, Transfer.class).getResultList()
                : em.createNamedQuery(Transfer.BY_STATUS, Transfer.class).setParameter("status", status).getResultList();
    }
}
