package uk.commissioning.money;

import java.util.Currency;

/** Thrown when two amounts in different currencies meet in one sum or comparison. */
public class MixedCurrencyException extends IllegalArgumentException {

    public MixedCurrencyException(Currency left, Currency right) {
        super("cannot combine %s with %s".formatted(left.getCurrencyCode(), right.getCurrencyCode()));
    }
}
