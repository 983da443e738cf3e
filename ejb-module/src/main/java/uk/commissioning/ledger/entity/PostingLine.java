package uk.commissioning.ledger.entity;

import java.util.Objects;
import uk.commissioning.money.Money;

/** One line of an entry before it is booked: the fund, the partner where it matters, the account and a signed amount. */
public record PostingLine(Long fundId, Long partnerId, Account account, Money amount) {

    public PostingLine {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
    }

    public static PostingLine of(Long fundId, Account account, Money amount) {
        return new PostingLine(fundId, null, account, amount);
    }

    public PostingLine negate() {
        return new PostingLine(fundId, partnerId, account, amount.negate());
    }
}
