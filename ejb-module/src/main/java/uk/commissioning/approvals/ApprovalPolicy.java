package uk.commissioning.approvals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import uk.commissioning.approvals.ApprovalOutcome.Approved;
import uk.commissioning.approvals.ApprovalOutcome.NeedsSecondApproval;
import uk.commissioning.approvals.ApprovalOutcome.Refused;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.money.Money;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * The two-person rule for one kind of request: which roles may raise it, which may approve (or reject) it, and
 * optionally a limit above which a second approval is needed. One policy per kind of request, held where that
 * request is defined (e.g. {@code Transfer.APPROVAL}), so the API, the screens and anything else that approves get
 * the same answer.
 *
 * @param what           the requests in messages, plural: {@code transfers}
 * @param requesterRoles who may raise one
 * @param approverRoles  who may approve or reject one
 * @param secondApproval the limit, if there is one
 */
public record ApprovalPolicy(String what, Set<Role> requesterRoles, Set<Role> approverRoles,
                             Optional<SecondApproval> secondApproval) {

    /** Above {@code limit}, one approval is not enough: a second person holding one of {@code roles} must approve too. */
    public record SecondApproval(Money limit, Set<Role> roles) {

        public SecondApproval {
            roles = requireSome(roles);
        }
    }

    public ApprovalPolicy {
        requesterRoles = requireSome(requesterRoles);
        approverRoles = requireSome(approverRoles);
    }

    /** Raised by one person, approved by another, both holding one of {@code roles}; one approval is enough. */
    public static ApprovalPolicy twoPerson(String what, Set<Role> roles) {
        return new ApprovalPolicy(what, roles, roles, Optional.empty());
    }

    /** This policy, but above {@code limit} a second approver holding one of {@code roles} is needed as well. */
    public ApprovalPolicy withSecondApprovalAbove(Money limit, Set<Role> roles) {
        return new ApprovalPolicy(what, requesterRoles, approverRoles, Optional.of(new SecondApproval(limit, roles)));
    }

    public void requireMayRequest(Viewer requester) {
        if (!holdsOneOf(requester, requesterRoles)) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null, "only " + inWords(requesterRoles) + " request " + what);
        }
    }

    /** Whether this person may approve or reject requests of this kind at all; checked first, before any is looked up. */
    public void requireMayDecide(Viewer decider) {
        if (!holdsOneOf(decider, approverRoles)) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null, "only " + inWords(approverRoles) + " decide " + what);
        }
    }

    /**
     * What {@code approver}'s approval of {@code request} achieves. Refused when they lack the role, are not of an
     * organisation answerable for it, asked for it themselves, or already approved it; above the limit, the first
     * approval needs a second, and the second needs one of the limit's roles.
     */
    public ApprovalOutcome decide(ApprovalRequest request, Viewer approver) {
        if (!holdsOneOf(approver, approverRoles)) {
            return new Refused(Reason.NOT_YOUR_ORGANISATION, "only " + inWords(approverRoles) + " decide " + what);
        }
        if (!approver.seesEverything()
                && (approver.organisationId() == null || !request.organisations().contains(approver.organisationId()))) {
            return new Refused(Reason.NOT_YOUR_ORGANISATION, request.subject() + " is not your organisation's to approve");
        }
        if (request.requestedBy().equalsIgnoreCase(approver.username())) {
            return new Refused(Reason.SELF_APPROVAL,
                    request.subject() + " was created by " + request.requestedBy() + " and must be approved by someone else");
        }
        if (request.approvedBy().stream().anyMatch(earlier -> earlier.equalsIgnoreCase(approver.username()))) {
            return new Refused(Reason.SELF_APPROVAL,
                    approver.username() + " has already approved " + request.subject() + "; the second approval must be someone else's");
        }
        if (secondApproval.isEmpty() || !request.amount().isGreaterThan(secondApproval.get().limit())) {
            return new Approved();
        }
        SecondApproval second = secondApproval.get();
        if (request.approvedBy().isEmpty()) {
            return new NeedsSecondApproval(second.limit(), second.roles());
        }
        if (!holdsOneOf(approver, second.roles())) {
            return new Refused(Reason.NOT_YOUR_ORGANISATION, "%s is above %s: only %s give its second approval"
                    .formatted(request.subject(), second.limit().display(), inWords(second.roles())));
        }
        return new Approved();
    }

    /** Whether {@code approver} could approve it now (for lists of what is waiting for them). */
    public boolean mayApprove(ApprovalRequest request, Viewer approver) {
        return !(decide(request, approver) instanceof Refused);
    }

    /** A policy nobody could satisfy is a mistake in the code that declares it, not a rule. */
    private static Set<Role> requireSome(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("name at least one role");
        }
        return Set.copyOf(roles);
    }

    private static boolean holdsOneOf(Viewer viewer, Set<Role> roles) {
        return viewer.role() != null && roles.contains(viewer.role());
    }

    /** "commissioners and administrators", in the order roles are declared. */
    private static String inWords(Set<Role> roles) {
        String[] words = EnumSet.copyOf(roles).stream().map(ApprovalPolicy::plural).toArray(String[]::new);
        if (words.length == 1) {
            return words[0];
        }
        return String.join(", ", Arrays.copyOf(words, words.length - 1)) + " and " + words[words.length - 1];
    }

    private static String plural(Role role) {
        return switch (role) {
            case COMMISSIONER -> "commissioners";
            case VCSE_FINANCE -> "VCSE finance leads";
            case BOARD_MEMBER -> "board members";
            case ADMIN -> "administrators";
        };
    }
}
