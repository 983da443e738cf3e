package uk.commissioning.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelinessFiguresTest {

    @Test
    void medianMeanMaximumAndShareWithinThirtyDaysOfThoseMeasured() {
        TimelinessFigures f = TimelinessFigures.of(Arrays.asList(10L, 45L, null, 30L, 3L));
        assertEquals(new TimelinessFigures(4, new BigDecimal("20.0"), new BigDecimal("22.0"), 45L, new BigDecimal("75.0")), f);
        TimelinessFigures odd = TimelinessFigures.of(List.of(31L, 2L, 7L));
        assertEquals(new TimelinessFigures(3, new BigDecimal("7.0"), new BigDecimal("13.3"), 31L, new BigDecimal("66.7")), odd);
    }

    @Test
    void nothingMeasuredYet() {
        assertEquals(new TimelinessFigures(0, null, null, null, null), TimelinessFigures.of(Arrays.asList(null, null)));
    }

    @Test
    void daysBetweenDatesAreNullUntilBothAreKnown() {
        assertEquals(14L, PaymentTimeliness.days(java.time.LocalDate.of(2019, 7, 1), java.time.LocalDate.of(2019, 7, 15)));
        assertEquals(null, PaymentTimeliness.days(java.time.LocalDate.of(2019, 7, 1), null));
    }
}
