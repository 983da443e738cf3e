package uk.commissioning.funding.control;

import uk.commissioning.funding.entity.Fund;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;

/**
 * Which funds a viewer may see: administrators all; commissioners the funds their organisation owns, hosts or manages,
 * and the pooled funds it is a partner in; VCSE finance leads none (they see their contracts and claims, not
 * commissioners' budgets). A board member sits on their organisation's board, whose scope is the same funds as its
 * commissioners': they may read those funds' finance ({@link #canRead}), never act on them ({@link #canSee}, which
 * every change goes through, still says no).
 */
public final class FundVisibility {

    private FundVisibility() {
    }

    public static boolean canSee(Viewer viewer, Fund fund) {
        if (viewer.seesEverything()) {
            return true;
        }
        if (!viewer.is(Role.COMMISSIONER)) {
            return false;
        }
        return answerable(viewer.organisationId(), fund);
    }

    /**
     * Whether the viewer may read the fund's position, contributions and ledger: whoever may act on it, and the board
     * members of an organisation answerable for it. Only read paths ask this; a change asks {@link #canSee}.
     */
    public static boolean canRead(Viewer viewer, Fund fund) {
        return canSee(viewer, fund) || (viewer.is(Role.BOARD_MEMBER) && answerable(viewer.organisationId(), fund));
    }

    /** Readers whose funds a query selects with {@link #COMMISSIONER_CONDITION}: commissioners and board members. */
    public static boolean readsByOrganisation(Viewer viewer) {
        return viewer.is(Role.COMMISSIONER) || viewer.is(Role.BOARD_MEMBER);
    }

    private static boolean answerable(Long org, Fund fund) {
        return fund.isAnswerable(org);
    }

    /**
     * Whether the viewer may move the fund's money (contribute, allocate, transfer, reverse): see it, as a commissioner
     * or an administrator. Seeing a fund is not enough should another role ever be let see one.
     */
    public static boolean mayMoveMoney(Viewer viewer, Fund fund) {
        return (viewer.seesEverything() || viewer.is(Role.COMMISSIONER)) && canSee(viewer, fund);
    }

    /** JPQL condition on alias {@code f} with parameter {@code :org}, the same rule as {@link #canSee}. */
    public static final String COMMISSIONER_CONDITION = commissionerCondition("f");

    /** The commissioner rule of {@link #canSee} as JPQL on a fund path such as {@code t.fromFund}. */
    public static String commissionerCondition(String fund) {
        return commissionerCondition(fund, "p");
    }

    /** As {@link #commissionerCondition(String)}, naming the partner subquery's alias (unique when used twice in one query). */
    public static String commissionerCondition(String fund, String partnerAlias) {
        return "(%1$s.owner.id = :org OR %1$s.host.id = :org OR %1$s.poolManager.id = :org OR EXISTS ".formatted(fund)
                + "(SELECT %1$s FROM FundPartner %1$s WHERE %1$s.fund = %2$s AND %1$s.organisation.id = :org))".formatted(partnerAlias, fund);
    }
}
