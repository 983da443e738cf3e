package uk.commissioning.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {

    private static Quarter quarter(String year, int number) {
        return new Quarter(FinancialYear.parse(year), number);
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void thirtyFirstMarchIsInTheLastQuarterOfTheYearThatEnds() {
        assertEquals(quarter("2019-20", 4), Quarter.containing(date(2020, 3, 31)));
    }

    @Test
    void firstAprilIsInTheFirstQuarter() {
        assertEquals(quarter("2019-20", 1), Quarter.containing(date(2019, 4, 1)));
    }

    @Test
    void thirtyFirstDecemberIsStillInTheThirdQuarter() {
        assertEquals(quarter("2019-20", 3), Quarter.containing(date(2019, 12, 31)));
        assertTrue(quarter("2019-20", 3).contains(date(2019, 12, 31)));
        assertFalse(quarter("2019-20", 4).contains(date(2019, 12, 31)));
    }

    @Test
    void firstJanuaryStartsTheFourthQuarterOfTheYearBegunTheAprilBefore() {
        assertEquals(quarter("2019-20", 4), Quarter.containing(date(2020, 1, 1)));
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "2019-04-30, 2019-20 Q1", "2019-05-15, 2019-20 Q1", "2019-06-30, 2019-20 Q1",
            "2019-07-01, 2019-20 Q2", "2019-08-31, 2019-20 Q2", "2019-09-30, 2019-20 Q2",
            "2019-10-01, 2019-20 Q3", "2019-11-30, 2019-20 Q3",
            "2020-02-29, 2019-20 Q4", "2019-03-31, 2018-19 Q4", "2020-04-01, 2020-21 Q1"})
    void placesEachMonthInItsQuarter(LocalDate day, String expected) {
        assertEquals(Quarter.parse(expected), Quarter.containing(day));
    }

    @ParameterizedTest(name = "Q{0} runs {1} to {2}")
    @CsvSource({
            "1, 2019-04-01, 2019-06-30",
            "2, 2019-07-01, 2019-09-30",
            "3, 2019-10-01, 2019-12-31",
            "4, 2020-01-01, 2020-03-31"})
    void startsAndEndsOnTheRightDays(int number, LocalDate start, LocalDate end) {
        Quarter q = quarter("2019-20", number);
        assertEquals(start, q.startDate());
        assertEquals(end, q.endDate());
    }

    @Test
    void containsBothEndDatesAndNothingOutside() {
        Quarter q3 = quarter("2019-20", 3);
        assertTrue(q3.contains(date(2019, 10, 1)));
        assertTrue(q3.contains(date(2019, 12, 31)));
        assertFalse(q3.contains(date(2019, 9, 30)));
        assertFalse(q3.contains(date(2020, 1, 1)));
    }

    @Test
    void theFourQuartersTileTheYearWithoutGapsOrOverlaps() {
        FinancialYear year = FinancialYear.parse("2019-20");
        assertEquals(year.startDate(), year.quarter(1).startDate());
        for (int n = 1; n < 4; n++) {
            assertEquals(year.quarter(n).endDate().plusDays(1), year.quarter(n + 1).startDate(), "after Q" + n);
        }
        assertEquals(year.endDate(), year.quarter(4).endDate());
        for (LocalDate d = year.startDate(); !d.isAfter(year.endDate()); d = d.plusDays(1)) {
            Quarter q = Quarter.containing(d);
            assertTrue(q.contains(d), d + " in " + q);
            assertEquals(year, q.year(), d.toString());
        }
    }

    @Test
    void parsesTheStorageForm() {
        assertEquals(quarter("2019-20", 3), Quarter.parse("2019-20-Q3"));
    }

    @Test
    void parsesTheScreenForm() {
        assertEquals(quarter("2019-20", 3), Quarter.parse("2019-20 Q3"));
    }

    @Test
    void parsesASlashedLowerCaseForm() {
        assertEquals(quarter("2019-20", 3), Quarter.parse("2019/20 q3"));
    }

    @Test
    void parsesWithoutASeparatorOrWithSurroundingWhitespace() {
        assertEquals(quarter("2019-20", 3), Quarter.parse("2019-20Q3"));
        assertEquals(quarter("2019-20", 1), Quarter.parse(" 2019-20-Q1 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-20-Q5", "2019-20-Q0", "2019-20", "Q3", "2019-20--Q3", "2019-20-3", "abc", ""})
    void refusesTextThatIsNotAQuarter(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quarter.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void saysWhatIsWrongInTheFormTheScreensWrite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quarter.parse(" 2019-20 Q5 "));
        assertEquals("'2019-20 Q5' is not a quarter; write it like 2019-20 Q3", e.getMessage());
    }

    @Test
    void refusesAQuarterOfAnInvalidYear() {
        assertThrows(IllegalArgumentException.class, () -> Quarter.parse("2019-21-Q3"));
    }

    @Test
    void refusesNull() {
        assertThrows(IllegalArgumentException.class, () -> Quarter.parse(null));
    }

    @Test
    void refusesQuarterNumbersOutsideOneToFour() {
        FinancialYear year = FinancialYear.parse("2019-20");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Quarter(year, 5));
        assertEquals("quarter must be 1 to 4, not 5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Quarter(year, 0));
        assertThrows(IllegalArgumentException.class, () -> new Quarter(null, 1));
    }

    @Test
    void codeIsTheStorageForm() {
        assertEquals("2019-20-Q3", quarter("2019-20", 3).code());
    }

    @Test
    void labelIsTheScreenForm() {
        assertEquals("2019-20 Q3", quarter("2019-20", 3).label());
        assertEquals("2019-20 Q3", quarter("2019-20", 3).toString());
    }

    @Test
    void codeAndLabelRoundTripThroughParse() {
        Quarter q = quarter("2009-10", 4);
        assertEquals(q, Quarter.parse(q.code()));
        assertEquals(q, Quarter.parse(q.label()));
    }

    @Test
    void nextMovesWithinTheYear() {
        assertEquals(quarter("2019-20", 2), quarter("2019-20", 1).next());
        assertEquals(quarter("2019-20", 4), quarter("2019-20", 3).next());
    }

    @Test
    void nextAfterTheFourthQuarterIsTheFirstOfTheNextYear() {
        assertEquals(quarter("2020-21", 1), quarter("2019-20", 4).next());
    }

    @Test
    void previousMovesWithinTheYear() {
        assertEquals(quarter("2019-20", 3), quarter("2019-20", 4).previous());
        assertEquals(quarter("2019-20", 1), quarter("2019-20", 2).previous());
    }

    @Test
    void previousBeforeTheFirstQuarterIsTheFourthOfTheYearBefore() {
        assertEquals(quarter("2018-19", 4), quarter("2019-20", 1).previous());
        assertEquals(quarter("1999-00", 4), quarter("2000-01", 1).previous());
    }

    @Test
    void nextAndPreviousAreInversesAndAdjacentInTime() {
        Quarter q = quarter("2017-18", 1);
        for (int i = 0; i < 12; i++) {
            Quarter next = q.next();
            assertEquals(q, next.previous());
            assertEquals(q.endDate().plusDays(1), next.startDate(), q + " → " + next);
            q = next;
        }
        assertEquals(quarter("2020-21", 1), q);
    }

    @Test
    void ordersByYearThenQuarter() {
        Quarter a = quarter("2018-19", 4);
        Quarter b = quarter("2019-20", 1);
        Quarter c = quarter("2019-20", 3);
        Quarter d = quarter("2020-21", 2);
        List<Quarter> shuffled = new ArrayList<>(List.of(d, b, c, a));
        shuffled.sort(null);
        assertEquals(List.of(a, b, c, d), shuffled);
        assertTrue(a.compareTo(b) < 0);
        assertTrue(c.compareTo(b) > 0);
        assertEquals(0, c.compareTo(Quarter.parse("2019/20 q3")));
    }

    @Test
    void codesSortAsTextInTimeOrder() {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = quarter("1998-99", 1); q.compareTo(quarter("2001-02", 4)) <= 0; q = q.next()) {
            quarters.add(q);
        }
        List<Quarter> byCode = new ArrayList<>(quarters);
        Collections.reverse(byCode);
        byCode.sort(Comparator.comparing(Quarter::code));
        assertEquals(quarters, byCode);
    }
}
