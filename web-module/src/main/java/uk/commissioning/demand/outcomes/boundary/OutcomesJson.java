package uk.commissioning.demand.outcomes.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.util.List;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Attendance;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.ItemSummary;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Ons4Item;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Row;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.SwemwbsSummary;
import uk.commissioning.demand.outcomes.control.Outcomes;

/** Outcomes on the wire: means to 2 places, shares as fractions to 4; a mean over no pairs is null. */
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
                   long referrals, long accepted, long declined, long didNotAttend, long completed, Ons4Json ons4,
                   SwemwbsJson swemwbs, AttendanceJson attendance) {

        static RowJson of(Row r) {
            return new RowJson(r.serviceId(), r.serviceName(), r.providerName(), r.needCode(), r.needName(), r.referrals(),
                    r.accepted(), r.declined(), r.didNotAttend(), r.completed(),
                    new Ons4Json(item(r, Ons4Item.SATISFIED), item(r, Ons4Item.WORTHWHILE), item(r, Ons4Item.HAPPY),
                            item(r, Ons4Item.ANXIOUS)),
                    SwemwbsJson.of(r.swemwbs()), AttendanceJson.of(r.attendance()));
        }

        private static ItemJson item(Row r, Ons4Item item) {
            ItemSummary s = r.ons4().get(item);
            return new ItemJson(s.pairs(), s.meanBefore(), s.meanAfter(), s.meanChange(), s.lowerIsBetter());
        }
    }

    /** The four ONS4 questions, each on its own: never added into one score. */
    public record Ons4Json(ItemJson satisfied, ItemJson worthwhile, ItemJson happy, ItemJson anxious) {
    }

    @JsonbNillable
    public record ItemJson(long pairs, BigDecimal meanBefore, BigDecimal meanAfter, BigDecimal meanChange, boolean lowerIsBetter) {
    }

    @JsonbNillable
    public record SwemwbsJson(long pairs, BigDecimal meanBefore, BigDecimal meanAfter, BigDecimal meanChange, long improving,
                       BigDecimal shareImproving) {

        static SwemwbsJson of(SwemwbsSummary s) {
            return new SwemwbsJson(s.pairs(), s.meanBefore(), s.meanAfter(), s.meanChange(), s.improving(), s.shareImproving());
        }
    }

    @JsonbNillable
    public record AttendanceJson(long people, long totalSessions, BigDecimal meanSessions) {

        static AttendanceJson of(Attendance a) {
            return new AttendanceJson(a.people(), a.totalSessions(), a.meanSessions());
        }
    }
}
