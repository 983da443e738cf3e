package uk.commissioning.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

    private static final FinancialYear FY_2019_20 = new FinancialYear(2019);

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void parsesTheHyphenatedForm() {
        assertEquals(FY_2019_20, FinancialYear.parse("2019-20"));
    }

    @Test
    void parsesTheSlashedForm() {
        assertEquals(FY_2019_20, FinancialYear.parse("2019/20"));
    }

    @Test
    void parsesSurroundingWhitespace() {
        assertEquals(FY_2019_20, FinancialYear.parse("  2019-20 "));
    }

    @Test
    void parsesAYearThatCrossesACentury() {
        assertEquals(new FinancialYear(1999), FinancialYear.parse("1999-00"));
        assertEquals(new FinancialYear(2099), FinancialYear.parse("2099/00"));
    }

    @Test
    void refusesASecondYearThatDoesNotFollowTheFirst() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FinancialYear.parse("2019-21"));
        assertTrue(e.getMessage().contains("2019-21"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FinancialYear.parse("2019-19"));
        assertThrows(IllegalArgumentException.class, () -> FinancialYear.parse("2019-18"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", " ", "2019", "2019-2020", "19-20", "2019_20", "2019-20-Q1", "2019 20"})
    void refusesTextThatIsNotAFinancialYear(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FinancialYear.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void refusesNull() {
        assertThrows(IllegalArgumentException.class, () -> FinancialYear.parse(null));
    }

    @Test
    void refusesImplausibleYears() {
        assertThrows(IllegalArgumentException.class, () -> new FinancialYear(1899));
        assertThrows(IllegalArgumentException.class, () -> new FinancialYear(3000));
    }

    @Test
    void runsFromFirstAprilToThirtyFirstMarch() {
        assertEquals(date(2019, 4, 1), FY_2019_20.startDate());
        assertEquals(date(2020, 3, 31), FY_2019_20.endDate());
    }

    @Test
    void thirtyFirstMarchBelongsToTheYearThatStartedTheAprilBefore() {
        assertEquals(FY_2019_20, FinancialYear.containing(date(2020, 3, 31)));
    }

    @Test
    void firstAprilStartsANewYear() {
        assertEquals(FY_2019_20, FinancialYear.containing(date(2019, 4, 1)));
        assertEquals(new FinancialYear(2018), FinancialYear.containing(date(2019, 3, 31)));
        assertEquals(new FinancialYear(2020), FinancialYear.containing(date(2020, 4, 1)));
    }

    @Test
    void januaryBelongsToTheYearThatStartedTheAprilBefore() {
        assertEquals(FY_2019_20, FinancialYear.containing(date(2020, 1, 1)));
        assertEquals(FY_2019_20, FinancialYear.containing(date(2019, 12, 31)));
    }

    @Test
    void containsItsEndDatesInclusively() {
        assertTrue(FY_2019_20.contains(date(2019, 4, 1)));
        assertTrue(FY_2019_20.contains(date(2020, 3, 31)));
        assertTrue(FY_2019_20.contains(date(2020, 2, 29)));
        assertFalse(FY_2019_20.contains(date(2019, 3, 31)));
        assertFalse(FY_2019_20.contains(date(2020, 4, 1)));
    }

    @Test
    void everyDayOfTheYearIsContainedAndMapsBack() {
        for (LocalDate d = FY_2019_20.startDate(); !d.isAfter(FY_2019_20.endDate()); d = d.plusDays(1)) {
            assertTrue(FY_2019_20.contains(d), d.toString());
            assertEquals(FY_2019_20, FinancialYear.containing(d), d.toString());
        }
    }

    @Test
    void codeIsFourDigitsThenTwo() {
        assertEquals("2019-20", FY_2019_20.code());
        assertEquals("1999-00", new FinancialYear(1999).code());
        assertEquals("2009-10", new FinancialYear(2009).code());
        assertEquals("2019-20", FY_2019_20.toString());
    }

    @Test
    void codeRoundTripsThroughParse() {
        for (int start = 1995; start <= 2105; start++) {
            FinancialYear year = new FinancialYear(start);
            assertEquals(year, FinancialYear.parse(year.code()));
        }
    }

    @Test
    void nextIsTheFollowingYear() {
        assertEquals(FinancialYear.parse("2020-21"), FY_2019_20.next());
        assertEquals(FinancialYear.parse("2000-01"), FinancialYear.parse("1999-00").next());
    }

    @Test
    void quarterNumbersAreOneToFour() {
        assertEquals(new Quarter(FY_2019_20, 3), FY_2019_20.quarter(3));
        assertThrows(IllegalArgumentException.class, () -> FY_2019_20.quarter(0));
        assertThrows(IllegalArgumentException.class, () -> FY_2019_20.quarter(5));
    }

    @Test
    void ordersByStartYear() {
        List<FinancialYear> years = new ArrayList<>(List.of(
                FinancialYear.parse("2021-22"), FinancialYear.parse("1999-00"), FY_2019_20, FinancialYear.parse("2000-01")));
        years.sort(null);
        assertEquals(List.of(FinancialYear.parse("1999-00"), FinancialYear.parse("2000-01"), FY_2019_20,
                FinancialYear.parse("2021-22")), years);
        assertTrue(FY_2019_20.compareTo(FY_2019_20.next()) < 0);
        assertTrue(FY_2019_20.next().compareTo(FY_2019_20) > 0);
        assertEquals(0, FY_2019_20.compareTo(FinancialYear.parse("2019/20")));
    }

    @Test
    void aFinishedYearIsReadAtItsLastDayARunningOneToday() {
        assertEquals(date(2020, 3, 31), FY_2019_20.endOrEarlier(date(2026, 12, 3)), "a past year's figures stay put");
        assertEquals(date(2020, 3, 31), FY_2019_20.endOrEarlier(date(2020, 3, 31)));
        assertEquals(date(2019, 12, 17), FY_2019_20.endOrEarlier(date(2019, 12, 17)), "the running year: today");
    }
}
