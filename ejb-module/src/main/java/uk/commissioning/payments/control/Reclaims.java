package uk.commissioning.payments.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.claims.control.ClaimArithmetic;
import uk.commissioning.claims.control.Claims;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.claims.entity.ClaimStatus;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.EntryType;
import uk.commissioning.ledger.entity.PostingLine;
import uk.commissioning.money.Money;
import uk.commissioning.payments.entity.Reclaim;
import uk.commissioning.payments.entity.ReclaimRecovery;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Reclaims of overpayments (docs/PAYMENTS.md). Someone who may decide the claim (a commissioner of an organisation
 * answerable for one of its contract's funds, never the provider's; or an administrator) reclaims up to what the
 * claim's funds still hold in PAID for it: PAID −x → RECEIVABLE +x, split across the funds in proportion to what each
 * paid, to the penny. A recovery (up to what the reclaim still has outstanding) moves RECEIVABLE −y → COMMITTED +y in
 * proportion to what each fund holds receivable for the claim: the money is back in the contract's commitment.
 */
@Stateless
public class Reclaims {

    @PersistenceContext
    EntityManager em;

    @Inject
    Claims claims;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    public record ReclaimView(Reclaim reclaim, Money recovered, Money outstanding, List<ReclaimRecovery> recoveries) {
    }

    public Reclaim raise(Long claimId, Money amount, String reason, LocalDate on, Viewer viewer) {
        Claim claim = claims.get(claimId, viewer);
        requireMayDecide(claim, viewer);
        em.lock(em.find(Claim.class, claim.id()), LockModeType.PESSIMISTIC_WRITE);
        if (claim.status() != ClaimStatus.PAID) {
            throw new RuleViolation(Reason.WRONG_STATUS, "claimId", "claim %d is %s; only a paid claim is reclaimed from"
                    .formatted(claim.id(), claim.status().label().toLowerCase()));
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(Reason.INVALID_INPUT, "reason", "is required: say why the money is reclaimed");
        }
        Map<Long, Money> paid = held(claim, Account.PAID);
        Money paidTotal = paid.values().stream().reduce(Money.zero(claim.currency()), Money::plus);
        requireAmount(amount, claim, paidTotal, "the claim's paid amount not already reclaimed is " + paidTotal.display());
        Reclaim reclaim = new Reclaim(claim.id(), amount, reason.strip(), on, viewer.username());
        em.persist(reclaim);
        em.flush();
        post(claim, EntryType.RECLAIM, ClaimArithmetic.split(amount, paid), Account.PAID, Account.RECEIVABLE, on,
                "Reclaim %d of an overpayment: claim %d, %s".formatted(reclaim.id(), claim.id(), reason.strip()), viewer);
        audit.record("Reclaim", reclaim.id(), "RAISED", viewer.username(), null, Map.of("claim", "CLM-" + claim.id(),
                "amount", amount.toString(), "reason", reason.strip(), "on", on.toString()));
        return reclaim;
    }

    public ReclaimRecovery recover(Long reclaimId, Money amount, LocalDate on, Viewer viewer) {
        Reclaim reclaim = reclaimFor(reclaimId, viewer);
        Claim claim = claims.get(reclaim.claimId(), viewer);
        requireMayDecide(claim, viewer);
        em.lock(em.find(Claim.class, claim.id()), LockModeType.PESSIMISTIC_WRITE);
        Money outstanding = view(reclaim).outstanding();
        requireAmount(amount, claim, outstanding, "reclaim " + reclaimId + " has " + outstanding.display() + " outstanding");
        Map<Long, Money> receivable = held(claim, Account.RECEIVABLE);
        ReclaimRecovery recovery = new ReclaimRecovery(reclaimId, amount.amount(), on, viewer.username());
        em.persist(recovery);
        em.flush();
        post(claim, EntryType.RECLAIM_RECOVERY, ClaimArithmetic.split(amount, receivable), Account.RECEIVABLE, Account.COMMITTED,
                on, "Recovery on reclaim %d: claim %d".formatted(reclaimId, claim.id()), viewer);
        audit.record("Reclaim", reclaimId, "RECOVERED", viewer.username(), null, Map.of("amount", amount.toString(),
                "on", on.toString(), "outstandingBefore", outstanding.toString()));
        return recovery;
    }

    /** Reclaims of the claims the viewer may see, newest first; optionally one claim's. */
    public List<ReclaimView> list(Long claimId, Viewer viewer) {
        List<ReclaimView> views = new ArrayList<>();
        String jpql = "SELECT r FROM Reclaim r" + (claimId == null ? "" : " WHERE r.claimId = :claim") + " ORDER BY r.id DESC";
        var query = em.createQuery(jpql, Reclaim.class);
        if (claimId != null) {
            query.setParameter("claim", claims.get(claimId, viewer).id());
        }
        for (Reclaim r : query.getResultList()) {
            if (claimId != null || visible(r, viewer)) {
                views.add(view(r));
            }
        }
        return views;
    }

    public ReclaimView get(Long reclaimId, Viewer viewer) {
        return view(reclaimFor(reclaimId, viewer));
    }

    private Reclaim reclaimFor(Long id, Viewer viewer) {
        Reclaim reclaim = id == null ? null : em.find(Reclaim.class, id);
        if (reclaim == null || !visible(reclaim, viewer)) {
            throw new NotFoundException("reclaim", id);
        }
        return reclaim;
    }

    private boolean visible(Reclaim reclaim, Viewer viewer) {
        try {
            claims.get(reclaim.claimId(), viewer);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private ReclaimView view(Reclaim reclaim) {
        List<ReclaimRecovery> recoveries = em.createQuery("SELECT r FROM ReclaimRecovery r WHERE r.reclaimId = :id ORDER BY r.id",
                ReclaimRecovery.class).setParameter("id", reclaim.id()).getResultList();
        BigDecimal sum = recoveries.stream().map(ReclaimRecovery::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Money recovered = Money.of(sum.setScale(reclaim.amount().currency().getDefaultFractionDigits()), reclaim.amount().currency());
        return new ReclaimView(reclaim, recovered, reclaim.amount().minus(recovered), recoveries);
    }

    /** Who may decide the claim, whatever its status: an administrator, or a commissioner answerable for one of its funds. */
    private static void requireMayDecide(Claim claim, Viewer viewer) {
        Claims.APPROVAL.requireMayDecide(viewer);
        if (viewer.seesEverything()) {
            return;
        }
        Set<Long> answerable = new TreeSet<>();
        for (Fund fund : claim.contract().funds()) {
            answerable.addAll(fund.answerableOrganisations());
        }
        answerable.remove(claim.contract().provider().id());
        if (!viewer.is(Role.COMMISSIONER) || !answerable.contains(viewer.organisationId())) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null,
                    "only commissioners of the organisations paying for " + claim.contract().reference() + " reclaim from its claims");
        }
    }

    private static void requireAmount(Money amount, Claim claim, Money most, String limitInWords) {
        if (amount == null || !amount.isPositive()) {
            throw new RuleViolation(Reason.INVALID_AMOUNT, "amount", "must be more than zero");
        }
        if (!amount.isSameCurrencyAs(most)) {
            throw new RuleViolation(Reason.MIXED_CURRENCY, "amount", "the claim is in " + claim.currency().getCurrencyCode());
        }
        if (amount.isGreaterThan(most)) {
            throw new RuleViolation(Reason.INVALID_AMOUNT, "amount", amount.display() + " is more than can be: " + limitInWords);
        }
    }

    private Map<Long, Money> held(Claim claim, Account account) {
        Map<Long, Money> held = new LinkedHashMap<>();
        ledger.heldBy(claim.sourceDocument(), account).forEach((fund, sum) -> {
            if (sum.signum() > 0) {
                held.put(fund, Money.of(sum, claim.currency()));
            }
        });
        return held;
    }

    private void post(Claim claim, EntryType type, Map<Long, Money> split, Account from, Account to, LocalDate on,
                      String description, Viewer viewer) {
        List<PostingLine> lines = new ArrayList<>();
        split.forEach((fund, x) -> {
            if (!x.isZero()) {
                lines.add(PostingLine.of(fund, from, x.negate()));
                lines.add(PostingLine.of(fund, to, x));
            }
        });
        ledger.post(type, claim.sourceDocument(), on, description, lines, viewer.username());
    }
}
