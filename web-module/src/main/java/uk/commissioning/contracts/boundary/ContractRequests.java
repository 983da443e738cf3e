package uk.commissioning.contracts.boundary;

import java.util.List;
import uk.commissioning.contracts.control.ContractDraft.ServiceLine;
import uk.commissioning.contracts.entity.FundingShare;
import uk.commissioning.contracts.entity.ScheduleItem;
import uk.commissioning.contracts.entity.ScheduleKind;
import uk.commissioning.money.Money;
import uk.commissioning.period.Dates;
import uk.commissioning.platform.web.RequestFields;

/** Reading the array parts of contract requests (funding split, services, payment schedule) with every error reported. */
final class ContractRequests {

    private ContractRequests() {
    }

    static List<FundingShare> funding(RequestFields fields) {
        return fields.objects("funding", f -> new FundingShare(f.id("fundId", true), f.id("allocationId", false),
                nonNegative(f, "amount")));
    }

    static List<ServiceLine> services(RequestFields fields, String name) {
        return fields.objects(name, s -> {
            Integer units = s.integer("unitsPerQuarter", false);
            if (units != null && units < 0) {
                units = s.reject("unitsPerQuarter", "must not be negative");
            }
            return new ServiceLine(s.id("serviceId", true), units);
        });
    }

    static List<ScheduleItem> schedule(RequestFields fields) {
        return fields.objects("schedule", s -> new ScheduleItem(s.enumeration("kind", ScheduleKind.class, true),
                s.text("description", 300, true), s.date("dueDate", true), positive(s, "amount")));
    }

    static Money positive(RequestFields fields, String name) {
        Money money = fields.money(name, true);
        if (money != null && !money.isPositive()) {
            return fields.reject(name + ".amount", "must be more than zero");
        }
        return money;
    }

    static Money nonNegative(RequestFields fields, String name) {
        Money money = fields.money(name, true);
        if (money != null && money.isNegative()) {
            return fields.reject(name + ".amount", "must not be negative");
        }
        return money;
    }

    static void endNotBeforeStart(RequestFields fields, java.time.LocalDate start, java.time.LocalDate end, String endName) {
        if (start != null && end != null && end.isBefore(start)) {
            fields.reject(endName, "the end date " + Dates.plain(end) + " is before the start date " + Dates.plain(start));
        }
    }
}
