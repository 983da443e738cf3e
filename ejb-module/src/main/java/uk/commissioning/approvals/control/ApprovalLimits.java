package uk.commissioning.approvals.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.commissioning.approvals.entity.ApprovalLimit;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.money.Money;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Each approver's limit: above it, their approval of a claim needs a second approver's. A person with no limit set
 * has none configured, and their approval alone suffices (the demo seeds limits for its commissioners; an
 * organisation that wants the two-person rule on every claim sets a limit of £0). People change limits only through
 * {@link ApprovalLimitChanges} (proposed by one administrator, approved by another); {@link #set} is the system's
 * (demo data).
 */
@Stateless
public class ApprovalLimits {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The latest limit set for the person; empty if none was ever set, or the latest says "no limit". */
    public Optional<Money> limitOf(String username) {
        return current(username).flatMap(ApprovalLimit::limit);
    }

    /** The latest row for the person, whatever it says. */
    public Optional<ApprovalLimit> current(String username) {
        return history(username).stream().findFirst();
    }

    /** Every limit the person has had, newest first. */
    public List<ApprovalLimit> history(String username) {
        return em.createNamedQuery(ApprovalLimit.HISTORY, ApprovalLimit.class).setParameter("username", username)
                .getResultList();
    }

    public ApprovalLimit set(String username, Money amount, String setBy) {
        if (amount == null || amount.isNegative()) {
            throw new RuleViolation(Reason.INVALID_AMOUNT, "amount", "an approval limit must not be negative");
        }
        ApprovalLimit limit = new ApprovalLimit(username, amount, setBy);
        Map<String, Object> before = limitOf(username).<Map<String, Object>>map(m -> Map.of("limit", m.toString())).orElse(null);
        em.persist(limit);
        em.flush();
        audit.record("ApprovalLimit", username, "SET", setBy, before, Map.of("limit", amount.toString()));
        return limit;
    }

    /** Appends the limit an approved change sets; it counts from now. */
    public ApprovalLimit apply(uk.commissioning.approvals.entity.ApprovalLimitChange change, String approvedBy) {
        Map<String, Object> before = Map.of("limit", describe(current(change.username())));
        ApprovalLimit limit = ApprovalLimit.approved(change, approvedBy);
        em.persist(limit);
        em.flush();
        audit.record("ApprovalLimit", change.username(), "SET", approvedBy, before, Map.of("limit",
                describe(Optional.of(limit)), "setBy", change.proposedBy(), "approvedBy", approvedBy, "changeId", change.id()));
        return limit;
    }

    /** "GBP 25000.00", "no limit", or "none set". */
    static String describe(Optional<ApprovalLimit> row) {
        return row.map(r -> r.limit().map(Money::toString).orElse("no limit")).orElse("none set");
    }
}
