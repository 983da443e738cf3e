package uk.commissioning.contracts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.contracts.entity.PaymentScheduleLine.Status;
import uk.commissioning.money.Money;

/** Closing a contract: what the provider is owed on the day stays committed; only what falls due later lapses. */
class ContractClosingTest {

    private static final LocalDate OCT_15 = LocalDate.of(2019, 10, 15);

    @Test
    void terminatingMidYearKeepsTheInstalmentsAlreadyDueAndLapsesTheLaterOnes() {
        Contract contract = quarterlyContract();
        assertEquals(Money.pounds("15000.00"), contract.owedOnClosing(OCT_15), "June and September fell due before 15 October");
        contract.lapseNotOwed(OCT_15, 3);
        List<String> current = contract.currentSchedule().stream().map(PaymentScheduleLine::description).toList();
        assertEquals(List.of("Q1", "Q2"), current, "Q3 and Q4 lapse; the instalments already due stay owed");
        assertEquals(Money.pounds("15000.00"), contract.owedOnClosing(OCT_15), "lapsing changes nothing owed");
    }

    @Test
    void endingOnTheLastDueDateKeepsEverythingOwed() {
        Contract contract = quarterlyContract();
        assertEquals(Money.pounds("30000.00"), contract.owedOnClosing(LocalDate.of(2020, 3, 31)));
    }

    @Test
    void anInstalmentDueOnTheClosingDayIsOwed() {
        assertTrue(PaymentScheduleLine.isDueBy(ScheduleKind.INSTALMENT, Status.SCHEDULED, true, OCT_15, OCT_15));
        assertFalse(PaymentScheduleLine.isDueBy(ScheduleKind.INSTALMENT, Status.SCHEDULED, true, OCT_15.plusDays(1), OCT_15));
    }

    @Test
    void aMilestoneIsOwedOnlyOnceItsReportWasAcceptedAndASupersededLineNever() {
        LocalDate june = LocalDate.of(2019, 6, 30);
        assertTrue(PaymentScheduleLine.isDueBy(ScheduleKind.MILESTONE, Status.RELEASED, true, june, OCT_15));
        assertFalse(PaymentScheduleLine.isDueBy(ScheduleKind.MILESTONE, Status.SCHEDULED, true, june, OCT_15),
                "no accepted report, nothing owed, whatever the date");
        assertFalse(PaymentScheduleLine.isDueBy(ScheduleKind.INSTALMENT, Status.SCHEDULED, false, june, OCT_15));
    }

    private static Contract quarterlyContract() {
        Contract contract = new Contract("IT-1", "Test", ContractType.BLOCK, null, null, LocalDate.of(2019, 4, 1),
                LocalDate.of(2020, 3, 31), Money.pounds("30000.00"), null, null, List.of(), "test");
        String[] names = {"Q1", "Q2", "Q3", "Q4"};
        LocalDate[] due = {LocalDate.of(2019, 6, 30), LocalDate.of(2019, 9, 30), LocalDate.of(2019, 12, 31), LocalDate.of(2020, 3, 31)};
        for (int i = 0; i < 4; i++) {
            contract.addScheduleLine(new PaymentScheduleLine(contract, ScheduleKind.INSTALMENT, names[i], due[i],
                    Money.pounds("7500.00"), null));
        }
        return contract;
    }
}
