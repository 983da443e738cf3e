package uk.commissioning.demand.outcomes.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.demand.control.SmallNumbers;
import uk.commissioning.demand.control.SmallNumbers.Count;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Direction;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Ons4Item;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Shown;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.ShownAttendance;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.ShownItem;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.ShownSwemwbs;
import uk.commissioning.demand.outcomes.control.Outcomes;

/**
 * Outcomes on the wire: means to 2 places, shares as fractions to 4; a mean over no pairs is null. A count hidden by
 * the small-numbers rule ({@link SmallNumbers}) is null, and {@code shown} says how it reads ("&lt;5" or "withheld"),
 * by field name; {@code exact} is true when the viewer sees every number.
 */
public final class OutcomesJson {

    private OutcomesJson() {
    }

    @JsonbNillable
    public record ReportJson(String period, String periodLabel, String borough, BigDecimal swemwbsMeaningfulChange,
                      List<RowJson> rows) {

        static ReportJson of(Outcomes.Report r) {
            return new ReportJson(r.period().code(), r.period().label(), r.borough(), r.swemwbsMeaningfulChange(),
                    r.rows().stream().map(RowJson::of).toList());
        }
    }

    @JsonbNillable
    public record RowJson(Long serviceId, String serviceName, String providerName, String needCode, String needName,
                   boolean exact, Long referrals, Long accepted, Long declined, Long didNotAttend, Long completed,
                   Map<String, String> shown, Ons4Json ons4, SwemwbsJson swemwbs, AttendanceJson attendance) {

        static RowJson of(Shown r) {
            Map<String, String> shown = new LinkedHashMap<>();
            note(shown, "referrals", r.referrals());
            note(shown, "accepted", r.accepted());
            note(shown, "declined", r.declined());
            note(shown, "didNotAttend", r.didNotAttend());
            note(shown, "completed", r.completed());
            return new RowJson(r.serviceId(), r.serviceName(), r.providerName(), r.needCode(), r.needName(), r.exact(),
                    r.referrals().value(), r.accepted().value(), r.declined().value(), r.didNotAttend().value(),
                    r.completed().value(), shown.isEmpty() ? null : shown,
                    new Ons4Json(item(r, Ons4Item.SATISFIED), item(r, Ons4Item.WORTHWHILE), item(r, Ons4Item.HAPPY),
                            item(r, Ons4Item.ANXIOUS)),
                    SwemwbsJson.of(r.swemwbs()), AttendanceJson.of(r.attendance()));
        }

        private static ItemJson item(Shown r, Ons4Item item) {
            ShownItem s = r.ons4().get(item);
            return new ItemJson(s.pairs().value(), label(s.pairs()), s.meanBefore(), s.meanAfter(), s.meanChange(),
                    item.lowerIsBetter(), s.direction());
        }
    }

    private static void note(Map<String, String> shown, String field, Count count) {
        if (count.isHidden()) {
            shown.put(field, count.hidden().label());
        }
    }

    private static String label(Count count) {
        return count.isHidden() ? count.hidden().label() : null;
    }

    /** The four ONS4 questions, each on its own: never added into one score. */
    public record Ons4Json(ItemJson satisfied, ItemJson worthwhile, ItemJson happy, ItemJson anxious) {
    }

    @JsonbNillable
    public record ItemJson(Long pairs, String pairsShown, BigDecimal meanBefore, BigDecimal meanAfter, BigDecimal meanChange,
                           boolean lowerIsBetter, Direction direction) {
    }

    @JsonbNillable
    public record SwemwbsJson(Long pairs, String pairsShown, BigDecimal meanBefore, BigDecimal meanAfter, BigDecimal meanChange,
                              Long improving, String improvingShown, BigDecimal shareImproving) {

        static SwemwbsJson of(ShownSwemwbs s) {
            return new SwemwbsJson(s.pairs().value(), label(s.pairs()), s.meanBefore(), s.meanAfter(), s.meanChange(),
                    s.improving().value(), label(s.improving()), s.shareImproving());
        }
    }

    @JsonbNillable
    public record AttendanceJson(Long people, String peopleShown, Long totalSessions, BigDecimal meanSessions) {

        static AttendanceJson of(ShownAttendance a) {
            return new AttendanceJson(a.people().value(), label(a.people()), a.totalSessions(), a.meanSessions());
        }
    }
}
