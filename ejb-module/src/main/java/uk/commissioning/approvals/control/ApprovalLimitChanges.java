package uk.commissioning.approvals.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.commissioning.approvals.entity.ApprovalLimit;
import uk.commissioning.approvals.entity.ApprovalLimitChange;
import uk.commissioning.approvals.entity.ApprovalLimitDecision;
import uk.commissioning.approvals.entity.LimitChangeStatus;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.money.Money;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;
import uk.commissioning.security.control.Users;
import uk.commissioning.security.entity.AppUser;

/**
 * Changing someone's approval limit takes two administrators (docs/CLAIMS.md, "Approval limits"): one proposes the
 * change (whose, to what or "no limit", and why), a different one approves it, and only then is the limit appended
 * and counts. Neither the proposer nor the person whose limit it is approves or rejects it; the proposer may withdraw
 * it. One change pending per person at a time, so an approver always knows what they are agreeing to.
 */
@Stateless
public class ApprovalLimitChanges {

    /** Limits are for the people who approve claims. */
    static final Set<Role> APPROVER_ROLES = Set.of(Role.COMMISSIONER, Role.ADMIN);

    public static final String CURRENCY = "GBP";

    @PersistenceContext
    EntityManager em;

    @Inject
    ApprovalLimits limits;

    @Inject
    Users users;

    @Inject
    AuditTrail audit;

    /** A change with where it stands: the decision, if there is one yet. */
    public record Change(ApprovalLimitChange change, Optional<ApprovalLimitDecision> decision) {
        public LimitChangeStatus status() {
            return decision.map(ApprovalLimitDecision::outcome).orElse(LimitChangeStatus.PROPOSED);
        }
    }

    /** A person who approves claims and the limit in force for them (empty row: none ever set). */
    public record ApproverLimit(AppUser user, Optional<ApprovalLimit> current) {
        public Optional<Money> limit() {
            return current.flatMap(ApprovalLimit::limit);
        }
    }

    /** @param limit the new limit, empty for "no limit" */
    public Change propose(String username, Optional<Money> limit, String reason, Viewer viewer) {
        requireAdministrator(viewer);
        AppUser subject = username == null ? null : users.find(username).orElse(null);
        if (subject == null || !APPROVER_ROLES.contains(subject.role())) {
            throw new RuleViolation(Reason.INVALID_INPUT, "username",
                    "is not a commissioner or administrator: only they approve claims, so only they have limits");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(Reason.INVALID_INPUT, "reason", "is required: say why the limit changes");
        }
        limit.ifPresent(ApprovalLimitChanges::requireValidLimit);
        pendingFor(subject.username()).ifPresent(pending -> {
            throw new RuleViolation(Reason.DUPLICATE, "username", "%s already has a change waiting (to %s, proposed by %s): "
                    .formatted(subject.username(), pending.change().limitText(), pending.change().proposedBy())
                    + "approve, reject or withdraw it first");
        });
        ApprovalLimitChange change = new ApprovalLimitChange(subject.username(), limit, CURRENCY, reason.strip(),
                viewer.username());
        em.persist(change);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>(change.auditView());
        after.put("status", LimitChangeStatus.PROPOSED.name());
        after.put("currentLimit", ApprovalLimits.describe(limits.current(subject.username())));
        audit.record("ApprovalLimitChange", change.id(), LimitChangeStatus.PROPOSED.name(), viewer.username(), null, after);
        return new Change(change, Optional.empty());
    }

    /** A second administrator approves: the limit is appended (set by the proposer, approved by them) and counts now. */
    public Change approve(Long id, Viewer viewer) {
        requireAdministrator(viewer);
        ApprovalLimitChange change = lockPending(id);
        requireNotOwn(change, viewer, "approve");
        ApprovalLimitDecision decision = decide(change, LimitChangeStatus.APPROVED, null, viewer);
        limits.apply(change, viewer.username());
        return new Change(change, Optional.of(decision));
    }

    public Change reject(Long id, String note, Viewer viewer) {
        requireAdministrator(viewer);
        if (note == null || note.isBlank()) {
            throw new RuleViolation(Reason.INVALID_INPUT, "reason", "is required: say why the change is rejected");
        }
        ApprovalLimitChange change = lockPending(id);
        requireNotOwn(change, viewer, "reject");
        return new Change(change, Optional.of(decide(change, LimitChangeStatus.REJECTED, note.strip(), viewer)));
    }

    /** The proposer takes their change back; nobody else may. */
    public Change withdraw(Long id, Viewer viewer) {
        requireAdministrator(viewer);
        ApprovalLimitChange change = lockPending(id);
        if (!change.proposedBy().equalsIgnoreCase(viewer.username())) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null,
                    "only " + change.proposedBy() + ", who proposed it, withdraws this change; you may approve or reject it");
        }
        return new Change(change, Optional.of(decide(change, LimitChangeStatus.WITHDRAWN, null, viewer)));
    }

    /** Every commissioner and administrator, by username, with the limit in force. */
    public List<ApproverLimit> approvers(Viewer viewer) {
        requireAdministrator(viewer);
        return users.all().stream().filter(u -> APPROVER_ROLES.contains(u.role()))
                .sorted(java.util.Comparator.comparing(AppUser::username))
                .map(u -> new ApproverLimit(u, limits.current(u.username()))).toList();
    }

    /** Changes waiting for a second administrator, oldest first. */
    public List<Change> pending(Viewer viewer) {
        requireAdministrator(viewer);
        return em.createQuery("SELECT c FROM ApprovalLimitChange c WHERE NOT EXISTS (SELECT d.id FROM ApprovalLimitDecision d "
                        + "WHERE d.changeId = c.id) ORDER BY c.id", ApprovalLimitChange.class).getResultList().stream()
                .map(c -> new Change(c, Optional.empty())).toList();
    }

    public Change get(Long id, Viewer viewer) {
        requireAdministrator(viewer);
        ApprovalLimitChange change = id == null ? null : em.find(ApprovalLimitChange.class, id);
        if (change == null) {
            throw new NotFoundException("approval limit change", id);
        }
        return new Change(change, decisionOf(id));
    }

    /** Why the viewer may not approve or reject the change, or empty if they may: for screens to explain, not to decide. */
    public static Optional<String> whyNotDecidable(ApprovalLimitChange change, Viewer viewer) {
        if (change.proposedBy().equalsIgnoreCase(viewer.username())) {
            return Optional.of("You proposed this change, so another administrator must approve or reject it; you may withdraw it.");
        }
        if (change.username().equalsIgnoreCase(viewer.username())) {
            return Optional.of("This is your own limit, so another administrator must approve or reject it.");
        }
        return Optional.empty();
    }

    static void requireValidLimit(Money limit) {
        if (!CURRENCY.equals(limit.currencyCode())) {
            throw new RuleViolation(Reason.INVALID_AMOUNT, "amount", "approval limits are in GBP, not " + limit.currencyCode());
        }
        if (limit.isNegative()) {
            throw new RuleViolation(Reason.INVALID_AMOUNT, "amount", "an approval limit must not be negative (£0 means "
                    + "every claim needs two approvers)");
        }
    }

    private static void requireAdministrator(Viewer viewer) {
        if (!viewer.is(Role.ADMIN)) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null, "only administrators change approval limits");
        }
    }

    private static void requireNotOwn(ApprovalLimitChange change, Viewer viewer, String verb) {
        whyNotDecidable(change, viewer).ifPresent(why -> {
            throw new RuleViolation(Reason.SELF_APPROVAL, null, "you may not " + verb + " this change: " + why);
        });
    }

    /** The change under a row lock, so two administrators deciding it at once go one after the other. */
    private ApprovalLimitChange lockPending(Long id) {
        ApprovalLimitChange change = id == null ? null : em.find(ApprovalLimitChange.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (change == null) {
            throw new NotFoundException("approval limit change", id);
        }
        decisionOf(id).ifPresent(d -> {
            throw new RuleViolation(Reason.NOT_PENDING, null, "this change was already %s by %s"
                    .formatted(d.outcome().name().toLowerCase(), d.decidedBy()));
        });
        return change;
    }

    private ApprovalLimitDecision decide(ApprovalLimitChange change, LimitChangeStatus outcome, String note, Viewer viewer) {
        ApprovalLimitDecision decision = new ApprovalLimitDecision(change.id(), outcome, viewer.username(), note);
        em.persist(decision);
        em.flush();
        Map<String, Object> before = new LinkedHashMap<>(change.auditView());
        before.put("status", LimitChangeStatus.PROPOSED.name());
        Map<String, Object> after = new LinkedHashMap<>(change.auditView());
        after.put("status", outcome.name());
        after.put("decidedBy", viewer.username());
        if (note != null) {
            after.put("note", note);
        }
        audit.record("ApprovalLimitChange", change.id(), outcome.name(), viewer.username(), before, after);
        return decision;
    }

    private Optional<Change> pendingFor(String username) {
        return em.createQuery("SELECT c FROM ApprovalLimitChange c WHERE LOWER(c.username) = LOWER(:username) "
                        + "AND NOT EXISTS (SELECT d.id FROM ApprovalLimitDecision d WHERE d.changeId = c.id)",
                        ApprovalLimitChange.class)
                .setParameter("username", username).getResultStream().findFirst().map(c -> new Change(c, Optional.empty()));
    }

    private Optional<ApprovalLimitDecision> decisionOf(Long changeId) {
        return em.createQuery("SELECT d FROM ApprovalLimitDecision d WHERE d.changeId = :id", ApprovalLimitDecision.class)
                .setParameter("id", changeId).getResultStream().findFirst();
    }
}
