package uk.commissioning.contracts.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.commissioning.money.Money;
import uk.commissioning.period.Dates;
import uk.commissioning.period.Quarter;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * A contract's payment schedule as proposed. Every line is more than zero, in the contract's currency, and due within
 * the contract's period or up to {@value #ARREARS_GRACE_DAYS} days after it (payments in arrears can fall due after
 * the period ends, but not indefinitely); with what earlier lines have already made due, the lines come to the
 * contract's value exactly. Without one given, a contract is paid in equal quarterly instalments in arrears, split to
 * the penny.
 */
public record PaymentSchedule(List<ScheduleItem> items) {

    public static final int ARREARS_GRACE_DAYS = 92;

    public PaymentSchedule {
        items = List.copyOf(items);
    }

    /**
     * Instalments due at the end of each financial quarter from {@code from} to {@code to} (the last one on {@code to}
     * itself if the period ends mid-quarter), together exactly {@code total}; the pence that do not divide go to the
     * earliest instalments.
     */
    public static PaymentSchedule quarterlyInArrears(Money total, LocalDate from, LocalDate to) {
        List<LocalDate> dueDates = new ArrayList<>();
        Quarter quarter = Quarter.containing(from);
        while (!quarter.startDate().isAfter(to)) {
            LocalDate end = quarter.endDate();
            dueDates.add(end.isAfter(to) ? to : end);
            quarter = quarter.next();
        }
        List<Money> parts = total.allocate(Collections.nCopies(dueDates.size(), BigDecimal.ONE));
        List<ScheduleItem> items = new ArrayList<>();
        for (int i = 0; i < dueDates.size(); i++) {
            if (parts.get(i).isPositive()) {
                items.add(new ScheduleItem(ScheduleKind.INSTALMENT,
                        "Quarterly instalment " + (i + 1) + " of " + dueDates.size() + " (" + Quarter.containing(dueDates.get(i)).label() + ")",
                        dueDates.get(i), parts.get(i)));
            }
        }
        return new PaymentSchedule(items);
    }

    /** Nothing left to schedule: what has been released already comes to the whole value. */
    public static PaymentSchedule none() {
        return new PaymentSchedule(List.of());
    }

    /**
     * This schedule, if it pays a contract worth {@code value} over {@code start} to {@code end}: lines checked in
     * order (the first at fault is the one reported), then the total.
     *
     * @param alreadyDue what the contract's earlier lines have already made due and keep (zero for a new contract)
     */
    public PaymentSchedule requirePays(Money value, Money alreadyDue, LocalDate start, LocalDate end) {
        Money total = alreadyDue;
        for (int i = 0; i < items.size(); i++) {
            ScheduleItem item = items.get(i);
            String field = "schedule[" + i + "]";
            // The API reads these as required; a screen's row can still arrive without them.
            if (item.kind() == null) {
                throw new RuleViolation(Reason.INVALID_INPUT, field + ".kind", "is required: instalment or milestone");
            }
            if (item.description() == null || item.description().isBlank()) {
                throw new RuleViolation(Reason.INVALID_INPUT, field + ".description", "is required: say what the payment is for");
            }
            if (item.dueDate() == null) {
                throw new RuleViolation(Reason.INVALID_INPUT, field + ".dueDate", "is required");
            }
            if (item.amount() == null || !item.amount().isPositive()) {
                throw new RuleViolation(Reason.INVALID_AMOUNT, field + ".amount", "must be more than zero");
            }
            if (!item.amount().isSameCurrencyAs(value)) {
                throw new RuleViolation(Reason.MIXED_CURRENCY, field + ".amount", "the schedule must be in " + value.currencyCode());
            }
            if (item.dueDate().isBefore(start) || item.dueDate().isAfter(end.plusDays(ARREARS_GRACE_DAYS))) {
                throw new RuleViolation(Reason.SCHEDULE_INVALID, field + ".dueDate", Dates.plain(item.dueDate())
                        + " is outside the contract period " + Dates.plain(start) + " to " + Dates.plain(end)
                        + " (plus " + ARREARS_GRACE_DAYS + " days for arrears)");
            }
            total = total.plus(item.amount());
        }
        if (!total.equals(value)) {
            throw new RuleViolation(Reason.SCHEDULE_INVALID, "schedule", "the payment schedule adds up to %s%s but the contract is worth %s"
                    .formatted(total.display(), alreadyDue.isZero() ? "" : " (including " + alreadyDue.display() + " already due)",
                            value.display()));
        }
        return this;
    }

    /**
     * This schedule, if no line falls due before {@code from}: a variation reshapes only what is still to come, so a
     * line it gives cannot go back before its effective date ({@code fromName} says which date that is).
     */
    public PaymentSchedule requireFrom(LocalDate from, String fromName) {
        for (int i = 0; i < items.size(); i++) {
            LocalDate due = items.get(i).dueDate();
            if (due != null && due.isBefore(from)) {
                throw new RuleViolation(Reason.SCHEDULE_INVALID, "schedule[" + i + "].dueDate", Dates.plain(due)
                        + " is before " + fromName + ", " + Dates.plain(from) + "; instalments due before then stay as they are");
            }
        }
        return this;
    }
}
