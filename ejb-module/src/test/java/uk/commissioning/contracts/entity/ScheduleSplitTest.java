package uk.commissioning.contracts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.money.Money;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * One cut of the schedule for closing and varying: a variation effective on a day keeps what fell due before it and
 * reshapes only the rest; closing on a day keeps what is due on that day too.
 */
class ScheduleSplitTest {

    private static final LocalDate OCT_1 = LocalDate.of(2019, 10, 1);

    @Test
    void aVariationFromOctoberKeepsJuneAndSeptemberAndMayReshapeDecemberAndMarch() {
        ScheduleSplit split = quarterlyContract().scheduleBefore(OCT_1);
        assertEquals(List.of("Q1", "Q2"), names(split.alreadyDue()));
        assertEquals(List.of("Q3", "Q4"), names(split.stillToCome()));
        assertEquals(Money.pounds("15000.00"), split.dueTotal());
    }

    @Test
    void anInstalmentDueOnTheEffectiveDateIsReshapedButOnTheClosingDayIsKept() {
        Contract contract = quarterlyContract();
        LocalDate sep30 = LocalDate.of(2019, 9, 30);
        assertEquals(List.of("Q1"), names(contract.scheduleBefore(sep30).alreadyDue()),
                "the new terms start on 30 September, so September's instalment is theirs to reshape");
        assertEquals(List.of("Q1", "Q2"), names(contract.scheduleDueBy(sep30).alreadyDue()),
                "a contract closing on 30 September still owes September's instalment");
        assertEquals(contract.owedOnClosing(sep30), contract.scheduleDueBy(sep30).dueTotal());
    }

    @Test
    void anAcceptedMilestoneIsKeptWhateverItsDateAndAPendingOneIsStillToCome() {
        Contract contract = quarterlyContract();
        PaymentScheduleLine accepted = new PaymentScheduleLine(contract, ScheduleKind.MILESTONE, "Report", LocalDate.of(2020, 2, 1),
                Money.pounds("500.00"), null);
        accepted.reportAccepted("test");
        contract.addScheduleLine(accepted);
        contract.addScheduleLine(new PaymentScheduleLine(contract, ScheduleKind.MILESTONE, "Pending", LocalDate.of(2019, 5, 1),
                Money.pounds("700.00"), null));
        ScheduleSplit split = contract.scheduleBefore(OCT_1);
        assertEquals(List.of("Q1", "Q2", "Report"), names(split.alreadyDue()));
        assertEquals(List.of("Pending", "Q3", "Q4"), names(split.stillToCome()));
        assertEquals(Money.pounds("15500.00"), split.dueTotal());
    }

    @Test
    void supersedingTheRestLeavesWhatWasDueAsItWas() {
        Contract contract = quarterlyContract();
        contract.supersede(contract.scheduleBefore(OCT_1).stillToCome(), 1);
        assertEquals(List.of("Q1", "Q2"), names(contract.currentSchedule()));
    }

    @Test
    void aGivenScheduleCannotGoBackBeforeTheEffectiveDate() {
        PaymentSchedule schedule = new PaymentSchedule(List.of(
                new ScheduleItem(ScheduleKind.INSTALMENT, "Dec", LocalDate.of(2019, 12, 31), Money.pounds("100.00")),
                new ScheduleItem(ScheduleKind.INSTALMENT, "Sep", LocalDate.of(2019, 9, 30), Money.pounds("100.00"))));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> schedule.requireFrom(OCT_1, "the variation's effective date"));
        assertEquals(Reason.SCHEDULE_INVALID, refused.reason());
        assertEquals("schedule[1].dueDate", refused.field());
        assertEquals("30 September 2019 is before the variation's effective date, 1 October 2019; instalments due before then "
                + "stay as they are", refused.getMessage());
    }

    private static List<String> names(List<PaymentScheduleLine> lines) {
        return lines.stream().map(PaymentScheduleLine::description).toList();
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
