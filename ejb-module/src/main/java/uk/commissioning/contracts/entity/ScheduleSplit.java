package uk.commissioning.contracts.entity;

import java.util.Currency;
import java.util.List;
import uk.commissioning.money.Money;

/**
 * A contract's current schedule cut at the end of a day: the lines already due by then (instalments whose due date
 * has come, milestones whose report was accepted), which the provider is owed whatever happens next, and the lines
 * still to come, which a variation may reshape and closing lets lapse. One cut, so closing and varying cannot come to
 * different answers about what is owed.
 */
public record ScheduleSplit(List<PaymentScheduleLine> alreadyDue, List<PaymentScheduleLine> stillToCome, Currency currency) {

    public ScheduleSplit {
        alreadyDue = List.copyOf(alreadyDue);
        stillToCome = List.copyOf(stillToCome);
    }

    public Money dueTotal() {
        return alreadyDue.stream().map(PaymentScheduleLine::amount).reduce(Money.zero(currency), Money::plus);
    }
}
