package uk.commissioning.ledger.control;

import uk.commissioning.period.Quarter;

/**
 * A participant in closing a quarter for an organisation, called by {@link Periods#close} inside the close's
 * transaction, after the order rule passed and the organisation's funds are locked, and before the quarter is marked
 * closed and the closing balances are written: whatever it posts (accruals dated on the quarter's last day, and their
 * reversals dated on the next quarter's first) is therefore allowed in, and counted in the closing balances. A
 * refusal it throws refuses the whole close. Claims implements it ({@code claims.control.ClaimAccruals}) to accrue
 * approved-but-unpaid claims.
 */
public interface QuarterCloseStep {

    /** Participants run in ascending order (ties in class-name order), so that one may rely on another's postings. */
    default int order() {
        return 100;
    }

    void beforeClose(Closing closing);

    /**
     * @param organisationId the organisation closing its quarter
     * @param fundIds        the funds whose books it keeps, locked for the rest of the transaction
     */
    record Closing(Long organisationId, Quarter quarter, java.util.List<Long> fundIds, String actor) {
        public Closing {
            fundIds = java.util.List.copyOf(fundIds);
        }
    }
}
