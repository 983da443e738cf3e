package uk.commissioning.demand.control;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.period.Quarter;

/**
 * What demand is reported over: one financial quarter, or a whole financial year (its four quarters, each reported
 * on its own and in a year total). Referrals are filed by the first day of their quarter, so a period is a set of
 * quarter start dates.
 */
public record DemandPeriod(FinancialYear year, Quarter quarter) {

    public DemandPeriod {
        if (year == null) {
            throw new IllegalArgumentException("a financial year is required");
        }
        if (quarter != null && !quarter.year().equals(year)) {
            throw new IllegalArgumentException(quarter + " is not in " + year);
        }
    }

    public static DemandPeriod of(Quarter quarter) {
        return new DemandPeriod(quarter.year(), quarter);
    }

    public static DemandPeriod of(FinancialYear year) {
        return new DemandPeriod(year, null);
    }

    /** The period a stored proposal covers, from its first and last day. */
    public static DemandPeriod between(LocalDate from, LocalDate to) {
        Quarter first = Quarter.containing(from);
        return first.endDate().equals(to) ? of(first) : of(first.year());
    }

    public boolean isYear() {
        return quarter == null;
    }

    public List<Quarter> quarters() {
        return isYear() ? IntStream.rangeClosed(1, 4).mapToObj(year::quarter).toList() : List.of(quarter);
    }

    public LocalDate from() {
        return isYear() ? year.startDate() : quarter.startDate();
    }

    public LocalDate to() {
        return isYear() ? year.endDate() : quarter.endDate();
    }

    /** The first day of the last quarter: with {@link #from()}, the range of quarter_start values in the period. */
    public LocalDate lastQuarterStart() {
        return quarters().get(quarters().size() - 1).startDate();
    }

    /** {@code 2019-20-Q2} or {@code 2019-20}. */
    public String code() {
        return isYear() ? year.code() : quarter.code();
    }

    /** {@code 2019-20 Q2} or {@code 2019-20}. */
    public String label() {
        return isYear() ? year.code() : quarter.label();
    }

    @Override
    public String toString() {
        return label();
    }
}
