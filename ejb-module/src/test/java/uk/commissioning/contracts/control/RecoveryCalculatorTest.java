package uk.commissioning.contracts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.commissioning.money.Money.pounds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.contracts.control.RecoveryCalculator.CostedService;
import uk.commissioning.contracts.control.RecoveryCalculator.Recovery;
import uk.commissioning.period.FinancialYear;

class RecoveryCalculatorTest {

    private static final FinancialYear FY_2019_20 = FinancialYear.parse("2019-20");

    @Test
    void aFullYearContractForTheWholeServiceComparesItsValueWithTheFullCost() {
        // The worked example of FullCostRecoveryTest: the link service costs £91,615.00; the contract pays £72,000.
        Recovery r = RecoveryCalculator.forYear(pounds("72000.00"), LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31),
                FY_2019_20, List.of(new CostedService(pounds("91615.00"), pounds("183.23"), null)));
        assertEquals(pounds("72000.00"), r.income());
        assertEquals(pounds("91615.00"), r.fullCost());
        assertEquals(pounds("19615.00"), r.shortfall());
        assertEquals(new BigDecimal("21.41"), r.percentOfFullCost());
    }

    @Test
    void unitsBoughtAreCostedAtTheFullCostPerUnit() {
        // 30 referrals a quarter × 4 × £183.23 = £21,987.60 (a whole year), against £18,000 paid.
        Recovery r = RecoveryCalculator.forYear(pounds("18000.00"), LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31),
                FY_2019_20, List.of(new CostedService(pounds("91615.00"), pounds("183.23"), 30)));
        assertEquals(pounds("21987.60"), r.fullCost());
        assertEquals(pounds("3987.60"), r.shortfall());
    }

    @Test
    void aContractSpanningTwoYearsIsSplitByDays() {
        // 1 Oct 2019 – 30 Sep 2020 (366 days, 29 Feb 2020 included); 183 days fall in 2019/20: half the value.
        Recovery r = RecoveryCalculator.forYear(pounds("36600.00"), LocalDate.of(2019, 10, 1), LocalDate.of(2020, 9, 30),
                FY_2019_20, List.of(new CostedService(pounds("36600.00"), null, null)));
        assertEquals(pounds("18300.00"), r.income());
        // FY 2019/20 has 366 days; 183 of them are covered: half the service's full cost.
        assertEquals(pounds("18300.00"), r.fullCost());
        assertEquals(pounds("0.00"), r.shortfall());
    }

    @Test
    void aContractOutsideTheYearHasNoLine() {
        assertNull(RecoveryCalculator.forYear(pounds("1000.00"), LocalDate.of(2021, 4, 1), LocalDate.of(2022, 3, 31),
                FY_2019_20, List.of()));
    }

    @Test
    void paymentAboveFullCostIsANegativeShortfall() {
        Recovery r = RecoveryCalculator.forYear(pounds("30000.00"), LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31),
                FY_2019_20, List.of(new CostedService(pounds("24000.00"), null, null)));
        assertEquals(pounds("-6000.00"), r.shortfall());
        assertEquals(new BigDecimal("-25.00"), r.percentOfFullCost());
    }
}
