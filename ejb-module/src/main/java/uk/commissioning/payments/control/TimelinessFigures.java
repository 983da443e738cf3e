package uk.commissioning.payments.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Summary of a list of durations in days, the pure sums of payment timeliness: count, median, mean (one decimal),
 * maximum and the share within a number of days (one decimal, of those measured). Nulls are durations not known yet
 * (not paid yet) and count in neither.
 */
public record TimelinessFigures(int measured, BigDecimal medianDays, BigDecimal meanDays, Long maxDays,
                                BigDecimal percentWithin30Days) {

    public static final int TARGET_DAYS = 30;

    public static TimelinessFigures of(List<Long> days) {
        List<Long> known = new ArrayList<>(days.stream().filter(java.util.Objects::nonNull).toList());
        if (known.isEmpty()) {
            return new TimelinessFigures(0, null, null, null, null);
        }
        Collections.sort(known);
        int n = known.size();
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(known.get(n / 2)).setScale(1)
                : BigDecimal.valueOf(known.get(n / 2 - 1) + known.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        long sum = known.stream().mapToLong(Long::longValue).sum();
        BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
        long within = known.stream().filter(d -> d <= TARGET_DAYS).count();
        BigDecimal percent = BigDecimal.valueOf(100 * within).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
        return new TimelinessFigures(n, median, mean, known.get(n - 1), percent);
    }
}
