package uk.commissioning.funding.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.funding.entity.Allocation;
import uk.commissioning.funding.entity.AllocationTarget;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.EntryType;
import uk.commissioning.ledger.entity.JournalEntry;
import uk.commissioning.ledger.entity.PostingLine;
import uk.commissioning.money.Money;

/** Earmarking part of a fund for a purpose: money moves from AVAILABLE to ALLOCATED. */
@Stateless
public class Allocations {

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

    public Allocation allocate(Long fundId, Money amount, String purpose, AllocationTarget target, String targetRef,
                               Long decisionId, LocalDate valueDate, Viewer viewer) {
        String actor = viewer.username();
        Fund fund = funds.managed(fundId, "fundId", viewer);
        Funds.requirePositive(amount);
        fund.requireCurrency(amount, "amount");
        Funds.requireInYear(fund, valueDate);
        Decision decision = decisionId == null ? null : decisions.cited(decisionId, "decisionId", List.of(fund));
        Allocation allocation = new Allocation(fund, amount, purpose, target, targetRef, decision, valueDate, actor);
        em.persist(allocation);
        em.flush();
        JournalEntry entry = ledger.post(EntryType.ALLOCATION, allocation.sourceDocument(),
                valueDate, "Allocation: " + purpose,
                List.of(PostingLine.of(fundId, Account.AVAILABLE, amount.negate()),
                        PostingLine.of(fundId, Account.ALLOCATED, amount)), actor);
        allocation.bookedAs(entry.id());
        audit.record("Allocation", allocation.id(), "CREATED", actor, null, allocation.auditView());
        return allocation;
    }

    public List<Allocation> ofFund(Long fundId, Viewer viewer) {
        funds.readable(fundId, viewer);
        return em.createNamedQuery(Allocation.OF_FUND, Allocation.class).setParameter("fundId", fundId).getResultList();
    }
}
