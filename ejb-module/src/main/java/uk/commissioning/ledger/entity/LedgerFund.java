package uk.commissioning.ledger.entity;

import java.util.Currency;
import uk.commissioning.money.Money;

/**
 * What the ledger needs of a fund it books into: its id and code for messages, its currency, and its own refusals
 * (a closed fund takes no postings; an amount must be in the fund's currency). The funding feature's {@code Fund}
 * implements it, so the ledger never depends on funding while funding books through the ledger.
 */
public interface LedgerFund {

    Long id();

    String code();

    Currency currency();

    /**
     * The organisation that keeps the fund's books and closes its quarters: the host of a pooled fund (a Section 75
     * pool sits in the host's accounts), otherwise the owner.
     */
    Long booksKeptBy();

    /** Refuses (as a rule violation) when the fund takes no more postings. */
    void requireOpen();

    /** Refuses (as a rule violation naming {@code field}) an amount in another currency than the fund's. */
    void requireCurrency(Money amount, String field);
}
