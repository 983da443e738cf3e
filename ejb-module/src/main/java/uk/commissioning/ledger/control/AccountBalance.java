package uk.commissioning.ledger.control;

import java.math.BigDecimal;
import uk.commissioning.ledger.entity.Account;

/** The sum of a fund's postings to one account, for one partner ({@code null} = not partner-specific). */
public record AccountBalance(Account account, Long partnerId, BigDecimal amount) {
}
