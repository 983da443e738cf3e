package uk.commissioning.contracts.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.commissioning.contracts.entity.ScheduleKind;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;

/** The default payment schedule: equal quarterly instalments in arrears, split to the penny. Pure, unit-tested. */
public final class PaymentSchedules {

    private PaymentSchedules() {
    }

    /**
     * Instalments due at the end of each financial quarter from {@code from} to {@code to} (the last one on {@code to}
     * itself if the period ends mid-quarter), together exactly {@code total}.
     */
    public static List<ContractDraft.ScheduleItem> quarterlyInArrears(Money total, LocalDate from, LocalDate to) {
        List<LocalDate> dueDates = new ArrayList<>();
        Quarter quarter = Quarter.containing(from);
        while (!quarter.startDate().isAfter(to)) {
            LocalDate end = quarter.endDate();
            dueDates.add(end.isAfter(to) ? to : end);
            quarter = quarter.next();
        }
        List<Money> parts = total.allocate(Collections.nCopies(dueDates.size(), BigDecimal.ONE));
        List<ContractDraft.ScheduleItem> items = new ArrayList<>();
        for (int i = 0; i < dueDates.size(); i++) {
            if (parts.get(i).isPositive()) {
                items.add(new ContractDraft.ScheduleItem(ScheduleKind.INSTALMENT,
                        "Quarterly instalment " + (i + 1) + " of " + dueDates.size() + " (" + Quarter.containing(dueDates.get(i)).label() + ")",
                        dueDates.get(i), parts.get(i)));
            }
        }
        return items;
    }
}
