package uk.commissioning.ledger.control;

import java.util.List;
import uk.commissioning.ledger.entity.LedgerFund;

/**
 * How the ledger locks a fund before booking into it. The funding feature owns funds and provides the one
 * implementation; the ledger asks for it by this type so that it depends on nothing of funding.
 */
public interface FundLocks {

    /**
     * The fund, locked for update until the transaction ends (pessimistic write lock, so two entries on one fund
     * book one after the other); {@code NotFoundException} if there is no such fund.
     */
    LedgerFund lockForPosting(long fundId);

    /** The ids, ascending, of the funds whose books the organisation keeps ({@link LedgerFund#booksKeptBy()}). */
    List<Long> fundsKeptBy(Long organisationId);
}
