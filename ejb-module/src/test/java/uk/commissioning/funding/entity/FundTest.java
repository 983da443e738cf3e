package uk.commissioning.funding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FundTest {

    @Test
    void aFundsPositionOpensAtItsYearEndOnceTheYearIsOver() {
        Fund fund = fund(10L);
        assertEquals(LocalDate.of(2020, 3, 31), fund.defaultPositionDate(LocalDate.of(2026, 12, 3)));
        assertEquals(LocalDate.of(2019, 11, 5), fund.defaultPositionDate(LocalDate.of(2019, 11, 5)), "today, during the year");
        assertEquals(LocalDate.of(2020, 3, 31), fund.defaultPositionDate(LocalDate.of(2020, 3, 31)));
    }

    private static Fund fund(long id) {
        return TransferTest.fund(id);
    }
}
