package uk.commissioning.demand.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.period.Quarter;

class DemandPeriodTest {

    @Test
    void aYearIsItsFourQuartersFiledByTheirFirstDays() {
        DemandPeriod year = DemandPeriod.of(FinancialYear.parse("2019-20"));
        assertTrue(year.isYear());
        assertEquals(4, year.quarters().size());
        assertEquals(LocalDate.of(2019, 4, 1), year.from());
        assertEquals(LocalDate.of(2020, 3, 31), year.to());
        assertEquals(LocalDate.of(2020, 1, 1), year.lastQuarterStart());
        assertEquals("2019-20", year.code());
    }

    @Test
    void aQuarterIsItself() {
        DemandPeriod q2 = DemandPeriod.of(Quarter.parse("2019-20 Q2"));
        assertFalse(q2.isYear());
        assertEquals(LocalDate.of(2019, 7, 1), q2.from());
        assertEquals(LocalDate.of(2019, 7, 1), q2.lastQuarterStart());
        assertEquals("2019-20-Q2", q2.code());
        assertEquals("2019-20 Q2", q2.label());
    }

    @Test
    void aStoredPeriodIsReadBackFromItsFirstAndLastDay() {
        assertEquals(DemandPeriod.of(Quarter.parse("2019-20-Q4")), DemandPeriod.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 31)));
        assertEquals(DemandPeriod.of(FinancialYear.parse("2019-20")), DemandPeriod.between(LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31)));
    }

    @Test
    void refusesAQuarterOfAnotherYear() {
        assertThrows(IllegalArgumentException.class, () -> new DemandPeriod(FinancialYear.parse("2019-20"), Quarter.parse("2020-21-Q1")));
    }
}
