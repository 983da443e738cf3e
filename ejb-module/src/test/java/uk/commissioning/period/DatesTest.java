package uk.commissioning.period;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates in refusals as people write them. */
class DatesTest {

    @Test
    void aDateReadsDayMonthYearWithoutALeadingZero() {
        assertEquals("1 May 2020", Dates.plain(LocalDate.of(2020, 5, 1)));
        assertEquals("30 September 2019", Dates.plain(LocalDate.of(2019, 9, 30)), "the month in full, not 'Sept'");
        assertEquals("", Dates.plain(null));
    }
}
