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
 * organisation that wants the two-person rule on every claim sets a limit of £0). Changing a limit through a second
 * administrator is a later slice: today limits are set by the system (demo data) only.
 */
@Stateless
public class ApprovalLimits {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The latest limit set for the person; empty if none was ever set. */
    public Optional<Money> limitOf(String username) {
        return history(username).stream().findFirst().map(ApprovalLimit::amount);
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
}
