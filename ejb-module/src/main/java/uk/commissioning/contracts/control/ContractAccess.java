package uk.commissioning.contracts.control;

import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.funding.control.FundVisibility;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Who may see and who may change which contracts, as one rule for a contract in hand and the same rule as JPQL for
 * lists. Seeing: administrators; the provider; the commissioners; commissioners who can see a fund paying for it; and
 * whoever can see the lead contract of a subcontract. Changing: administrators; the commissioners, or commissioners
 * who can see a paying fund (for a subcontract, those of its lead); and the lead provider's finance leads, for its
 * own subcontracts. The screens ask this too, so they offer only what the service will accept.
 */
public final class ContractAccess {

    private ContractAccess() {
    }

    public static boolean canSee(Viewer viewer, Contract contract) {
        if (viewer.seesEverything()) {
            return true;
        }
        Long org = viewer.organisationId();
        if (contract.provider().id().equals(org) || contract.commissioners().stream().anyMatch(o -> o.id().equals(org))) {
            return true;
        }
        if (viewer.is(Role.COMMISSIONER) && contract.funding().stream().anyMatch(f -> FundVisibility.canSee(viewer, f.fund()))) {
            return true;
        }
        return contract.isSubcontract() && canSee(viewer, contract.leadContract());
    }

    public static boolean mayChange(Viewer viewer, Contract contract) {
        if (viewer.seesEverything() || isLeadProviderPerson(viewer, contract.leadContract())) {
            return true;
        }
        return viewer.is(Role.COMMISSIONER) && commissions(viewer, contract);
    }

    /** Refuses anyone who {@link #mayChange may not change} the contract, saying why in their terms. */
    public static void requireMayChange(Viewer viewer, Contract contract) {
        if (!mayChange(viewer, contract)) {
            requireManager(viewer);
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null,
                    "only the contract's commissioners can change " + contract.reference());
        }
    }

    /** Contracts are set up by commissioners and administrators (a lead provider's subcontracts aside). */
    public static void requireManager(Viewer viewer) {
        if (!viewer.seesEverything() && !viewer.is(Role.COMMISSIONER)) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null, "only commissioners and administrators manage contracts");
        }
    }

    /** A finance lead of {@code lead}'s provider: who may set up and change subcontracts under it. */
    public static boolean isLeadProviderPerson(Viewer viewer, Contract lead) {
        return lead != null && viewer.is(Role.VCSE_FINANCE) && lead.provider().id().equals(viewer.organisationId());
    }

    private static boolean commissions(Viewer viewer, Contract contract) {
        Contract buyer = contract.isSubcontract() ? contract.leadContract() : contract;
        return buyer.commissioners().stream().anyMatch(o -> o.id().equals(viewer.organisationId()))
                || buyer.funding().stream().anyMatch(f -> FundVisibility.canSee(viewer, f.fund()));
    }

    /**
     * The {@link #canSee} rule as a JPQL condition on the alias {@code c}, with the parameter {@code :org}, for a
     * viewer who does not {@link Viewer#seesEverything see everything}. A subcontract follows its lead.
     */
    public static String visibleCondition(Viewer viewer) {
        return "(" + ownCondition("c", viewer) + " OR EXISTS (SELECT s FROM Contract s JOIN s.leadContract l WHERE s = c AND ("
                + ownCondition("l", viewer) + ")))";
    }

    private static String ownCondition(String c, Viewer viewer) {
        String condition = "%1$s.provider.id = :org OR EXISTS (SELECT o%1$s FROM Contract x%1$s JOIN x%1$s.commissioners o%1$s "
                .formatted(c) + "WHERE x%1$s = %1$s AND o%1$s.id = :org)".formatted(c);
        if (viewer.is(Role.COMMISSIONER)) {
            condition += " OR EXISTS (SELECT cf%1$s FROM ContractFunding cf%1$s WHERE cf%1$s.contract = %1$s AND ".formatted(c)
                    + FundVisibility.commissionerCondition("cf" + c + ".fund", "p" + c) + ")";
        }
        return condition;
    }
}
