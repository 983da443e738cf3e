package uk.commissioning.contracts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.commissioning.money.Money.pounds;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.money.Money;

class PaymentSchedulesTest {

    @Test
    void aYearIsFourQuarterlyInstalmentsDueAtEachQuarterEnd() {
        List<ContractDraft.ScheduleItem> items = PaymentSchedules.quarterlyInArrears(pounds("30000.00"),
                LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31));
        assertEquals(List.of(LocalDate.of(2019, 6, 30), LocalDate.of(2019, 9, 30), LocalDate.of(2019, 12, 31),
                LocalDate.of(2020, 3, 31)), items.stream().map(ContractDraft.ScheduleItem::dueDate).toList());
        assertEquals(List.of(pounds("7500.00"), pounds("7500.00"), pounds("7500.00"), pounds("7500.00")),
                items.stream().map(ContractDraft.ScheduleItem::amount).toList());
    }

    @Test
    void penniesThatDoNotDivideGoToTheEarliestInstalmentsAndTheTotalIsExact() {
        List<ContractDraft.ScheduleItem> items = PaymentSchedules.quarterlyInArrears(pounds("100.00"),
                LocalDate.of(2019, 4, 1), LocalDate.of(2019, 12, 31));
        assertEquals(List.of(pounds("33.34"), pounds("33.33"), pounds("33.33")),
                items.stream().map(ContractDraft.ScheduleItem::amount).toList());
        assertEquals(pounds("100.00"), items.stream().map(ContractDraft.ScheduleItem::amount).reduce(Money::plus).orElseThrow());
    }

    @Test
    void aPeriodEndingMidQuarterHasItsLastInstalmentOnTheEndDate() {
        List<ContractDraft.ScheduleItem> items = PaymentSchedules.quarterlyInArrears(pounds("2000.00"),
                LocalDate.of(2019, 5, 15), LocalDate.of(2019, 8, 10));
        assertEquals(List.of(LocalDate.of(2019, 6, 30), LocalDate.of(2019, 8, 10)),
                items.stream().map(ContractDraft.ScheduleItem::dueDate).toList());
    }
}
