package uk.commissioning.contracts.entity;

import java.time.LocalDate;
import uk.commissioning.money.Money;

/** One instalment or milestone as proposed, before it is saved as a {@link PaymentScheduleLine}. */
public record ScheduleItem(ScheduleKind kind, String description, LocalDate dueDate, Money amount) {
}
