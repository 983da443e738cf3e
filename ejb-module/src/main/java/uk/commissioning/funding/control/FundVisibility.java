package uk.commissioning.funding.control;

import uk.commissioning.funding.entity.Fund;
import uk.commissioning.security.entity.Role;
import uk.commissioning.security.entity.Viewer;

/**
 * Which funds a viewer may see: administrators all; commissioners the funds their organisation owns, hosts or manages,
 * and the pooled funds it is a partner in; VCSE finance leads and board members none (they see their contracts,
 * claims and packs, not commissioners' budgets).
 */
final class FundVisibility {

    private FundVisibility() {
    }

    static boolean canSee(Viewer viewer, Fund fund) {
        if (viewer.seesEverything()) {
            return true;
        }
        if (!viewer.is(Role.COMMISSIONER)) {
            return false;
        }
        Long org = viewer.organisationId();
        return fund.owner().id().equals(org)
                || (fund.host() != null && fund.host().id().equals(org))
                || (fund.poolManager() != null && fund.poolManager().id().equals(org))
                || fund.partnerFor(org).isPresent();
    }

    /** JPQL condition on alias {@code f} with parameter {@code :org}, the same rule as {@link #canSee}. */
    static final String COMMISSIONER_CONDITION = commissionerCondition("f");

    /** The commissioner rule of {@link #canSee} as JPQL on a fund path such as {@code t.fromFund}. */
    static String commissionerCondition(String fund) {
        return "(%1$s.owner.id = :org OR %1$s.host.id = :org OR %1$s.poolManager.id = :org OR EXISTS "
                .formatted(fund) + "(SELECT p FROM FundPartner p WHERE p.fund = %s AND p.organisation.id = :org))".formatted(fund);
    }
}
