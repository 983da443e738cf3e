package uk.commissioning.payments.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.claims.entity.ClaimStatus;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.EntryType;
import uk.commissioning.ledger.entity.JournalEntry;
import uk.commissioning.ledger.entity.PostingLine;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.payments.entity.PaymentLine;
import uk.commissioning.payments.entity.PaymentRun;

/**
 * What a payment run does, in the caller's transaction (the job calls it through PaymentChunks, one transaction per
 * chunk; the demo calls it in its own). Scheduling a claim's part is idempotent: it moves what the claim holds in
 * APPROVED for that fund, read from the claim's own postings under the claim's lock, so a part already scheduled (by
 * this run before a crash, or by any other run) holds nothing and is skipped; the unique (claim, fund) of
 * payment_line refuses a second line should two runs ever race past that.
 */
@Stateless
public class PaymentScheduling {

    private static final List<ClaimStatus> PAYABLE = List.of(ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    /**
     * Every part the run may schedule: approved claims (in whole or part) for quarters up to the run's, in its
     * currency, and of each the funds whose books the run's organisation keeps that still hold some of it in APPROVED.
     * Claims by id, funds by id: the file's order.
     */
    public List<PaymentPart> collect(Long runId) {
        PaymentRun run = em.find(PaymentRun.class, runId);
        List<PaymentPart> parts = new ArrayList<>();
        for (Claim claim : em.createQuery("SELECT c FROM Claim c WHERE c.status IN :payable AND c.quarterCode <= :upTo "
                        + "AND c.currency = :currency ORDER BY c.id", Claim.class)
                .setParameter("payable", PAYABLE).setParameter("upTo", run.upToQuarter().code())
                .setParameter("currency", run.currency().getCurrencyCode()).getResultList()) {
            ledger.heldBy(claim.sourceDocument(), Account.APPROVED).forEach((fundId, held) -> {
                if (held.signum() > 0 && run.organisationId().equals(em.find(Fund.class, fundId).booksKeptBy())) {
                    parts.add(new PaymentPart(claim.id(), fundId));
                }
            });
        }
        run.collected(run.partsDone() + parts.size());
        return parts;
    }

    /** Schedules each part that still holds approved money: APPROVED −x, SCHEDULED +x on the run's date, and its file line. */
    public void schedule(Long runId, List<PaymentPart> parts, String actor) {
        PaymentRun run = em.find(PaymentRun.class, runId);
        int scheduled = 0;
        Money amount = Money.zero(run.currency());
        for (PaymentPart part : parts) {
            Claim claim = em.find(Claim.class, part.claimId(), LockModeType.PESSIMISTIC_WRITE);
            if (claim == null || !PAYABLE.contains(claim.status())) {
                continue;
            }
            BigDecimal held = ledger.heldBy(claim.sourceDocument(), Account.APPROVED).getOrDefault(part.fundId(), BigDecimal.ZERO);
            if (held.signum() <= 0) {
                continue;
            }
            Fund fund = em.find(Fund.class, part.fundId());
            Money x = Money.of(held, fund.currency());
            JournalEntry entry = ledger.post(EntryType.PAYMENT_SCHEDULED, claim.sourceDocument(), run.runDate(),
                    "Payment run %s: claim %d, %s %s".formatted(run.reference(), claim.id(), claim.contract().reference(),
                            claim.quarter().label()),
                    List.of(PostingLine.of(fund.id(), Account.APPROVED, x.negate()), PostingLine.of(fund.id(), Account.SCHEDULED, x)),
                    actor);
            Organisation payee = claim.contract().provider();
            em.persist(new PaymentLine(run.id(), claim.id(), fund.id(), payee.orgId().value(), payee.name(), x, fund.code(),
                    costCentre(fund), claim.quarter(), entry.id()));
            scheduled++;
            amount = amount.plus(x);
            if (holdsNothing(claim, Account.APPROVED)) {
                var before = claim.auditView();
                claim.scheduled();
                audit.record("Claim", claim.id(), "SCHEDULED", actor, before, withRun(claim.auditView(), run));
            }
        }
        run.progressed(parts.size(), scheduled, amount);
        em.flush();
    }

    /** Completes the run: its count and control total are re-read from its lines, the same rows its file shows. */
    public PaymentRun complete(Long runId, String actor) {
        PaymentRun run = em.find(PaymentRun.class, runId);
        var before = run.auditView();
        List<PaymentLine> lines = lines(runId);
        PaymentFile.Control control = PaymentFile.Control.of(lines, run.currency());
        run.completed(control.count(), control.total());
        audit.record("PaymentRun", runId, "COMPLETED", actor, before, run.auditView());
        return run;
    }

    public List<PaymentLine> lines(Long runId) {
        return em.createQuery("SELECT l FROM PaymentLine l WHERE l.runId = :run ORDER BY l.id", PaymentLine.class)
                .setParameter("run", runId).getResultList();
    }

    /**
     * No cost centre is held for a fund yet: the fund code stands for it, so the finance system can map it to its own
     * cost centre (docs/PAYMENTS.md).
     */
    static String costCentre(Fund fund) {
        return fund.code();
    }

    /** Whether the claim's own postings leave nothing in the account, in any fund. */
    public boolean holdsNothing(Claim claim, Account account) {
        return ledger.heldBy(claim.sourceDocument(), account).values().stream().allMatch(v -> v.signum() == 0);
    }

    private static Map<String, Object> withRun(Map<String, Object> view, PaymentRun run) {
        Map<String, Object> after = new java.util.LinkedHashMap<>(view);
        after.put("paymentRun", run.reference());
        return after;
    }
}
