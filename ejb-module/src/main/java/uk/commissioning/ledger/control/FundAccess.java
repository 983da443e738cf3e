package uk.commissioning.ledger.control;

import uk.commissioning.identity.Viewer;

/**
 * Who may see and move a fund's money, for the ledger's own actions on entries (reading one, reversing one). The
 * funding feature owns the rule ({@code FundVisibility}) and provides the one implementation.
 */
public interface FundAccess {

    /** Whether the viewer may read the fund's entries: those who act on it, and the boards that oversee it. */
    boolean mayRead(Viewer viewer, long fundId);

    /** Whether the viewer may book into the fund: see it, and hold a role that moves money. */
    boolean mayMoveMoney(Viewer viewer, long fundId);
}
