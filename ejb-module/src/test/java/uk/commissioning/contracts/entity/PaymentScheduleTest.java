package uk.commissioning.contracts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.commissioning.money.Money.pounds;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.money.Money;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

class PaymentScheduleTest {

    private static final LocalDate START = LocalDate.of(2019, 4, 1);
    private static final LocalDate END = LocalDate.of(2020, 3, 31);

    private static ScheduleItem instalment(LocalDate due, String pounds) {
        return new ScheduleItem(ScheduleKind.INSTALMENT, "instalment", due, Money.pounds(pounds));
    }

    private static RuleViolation refusal(PaymentSchedule schedule, String value, String released) {
        return assertThrows(RuleViolation.class,
                () -> schedule.requirePays(pounds(value), pounds(released), START, END));
    }

    @Test
    void aYearIsFourQuarterlyInstalmentsDueAtEachQuarterEnd() {
        List<ScheduleItem> items = PaymentSchedule.quarterlyInArrears(pounds("30000.00"),
                LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31)).items();
        assertEquals(List.of(LocalDate.of(2019, 6, 30), LocalDate.of(2019, 9, 30), LocalDate.of(2019, 12, 31),
                LocalDate.of(2020, 3, 31)), items.stream().map(ScheduleItem::dueDate).toList());
        assertEquals(List.of(pounds("7500.00"), pounds("7500.00"), pounds("7500.00"), pounds("7500.00")),
                items.stream().map(ScheduleItem::amount).toList());
    }

    @Test
    void penniesThatDoNotDivideGoToTheEarliestInstalmentsAndTheTotalIsExact() {
        List<ScheduleItem> items = PaymentSchedule.quarterlyInArrears(pounds("100.00"),
                LocalDate.of(2019, 4, 1), LocalDate.of(2019, 12, 31)).items();
        assertEquals(List.of(pounds("33.34"), pounds("33.33"), pounds("33.33")),
                items.stream().map(ScheduleItem::amount).toList());
        assertEquals(pounds("100.00"), items.stream().map(ScheduleItem::amount).reduce(Money::plus).orElseThrow());
    }

    @Test
    void aPeriodEndingMidQuarterHasItsLastInstalmentOnTheEndDate() {
        List<ScheduleItem> items = PaymentSchedule.quarterlyInArrears(pounds("2000.00"),
                LocalDate.of(2019, 5, 15), LocalDate.of(2019, 8, 10)).items();
        assertEquals(List.of(LocalDate.of(2019, 6, 30), LocalDate.of(2019, 8, 10)),
                items.stream().map(ScheduleItem::dueDate).toList());
    }

    @Test
    void aScheduleThatComesToTheValueIsAccepted() {
        PaymentSchedule schedule = new PaymentSchedule(List.of(instalment(LocalDate.of(2019, 9, 30), "600.00"),
                instalment(END, "400.00")));

        assertSame(schedule, schedule.requirePays(pounds("1000.00"), Money.zero(Money.GBP), START, END));
    }

    @Test
    void refusesAScheduleThatDoesNotComeToTheContractValue() {
        RuleViolation refused = refusal(new PaymentSchedule(List.of(instalment(END, "999.99"))), "1000.00", "0.00");

        assertEquals(Reason.SCHEDULE_INVALID, refused.reason());
        assertEquals("schedule", refused.field());
        assertEquals("the payment schedule adds up to £999.99 but the contract is worth £1,000.00", refused.getMessage());
    }

    @Test
    void countsWhatIsAlreadyReleasedTowardsTheValueAndSaysSo() {
        PaymentSchedule rest = new PaymentSchedule(List.of(instalment(END, "500.00")));
        rest.requirePays(pounds("800.00"), pounds("300.00"), START, END);

        RuleViolation refused = refusal(rest, "1000.00", "300.00");
        assertEquals("the payment schedule adds up to £800.00 (including £300.00 already due) but the contract is worth "
                + "£1,000.00", refused.getMessage());
    }

    @Test
    void nothingLeftToScheduleIsRightOnlyWhenTheReleasedLinesAlreadyComeToTheValue() {
        PaymentSchedule.none().requirePays(pounds("300.00"), pounds("300.00"), START, END);

        assertEquals(Reason.SCHEDULE_INVALID, refusal(PaymentSchedule.none(), "300.01", "300.00").reason());
    }

    @Test
    void aPaymentInArrearsMayFallDueUpTo92DaysAfterThePeriodButNotADayLater() {
        new PaymentSchedule(List.of(instalment(END.plusDays(92), "100.00"))).requirePays(pounds("100.00"),
                Money.zero(Money.GBP), START, END);

        RuleViolation refused = refusal(new PaymentSchedule(List.of(instalment(END.plusDays(93), "100.00"))), "100.00", "0.00");
        assertEquals(Reason.SCHEDULE_INVALID, refused.reason());
        assertEquals("schedule[0].dueDate", refused.field());
        assertEquals("2 July 2020 is outside the contract period 1 April 2019 to 31 March 2020 (plus 92 days for arrears)",
                refused.getMessage());
    }

    @Test
    void refusesALineDueBeforeThePeriodStarts() {
        RuleViolation refused = refusal(new PaymentSchedule(List.of(instalment(END, "50.00"),
                instalment(START.minusDays(1), "50.00"))), "100.00", "0.00");

        assertEquals("schedule[1].dueDate", refused.field());
    }

    @Test
    void refusesALineOfNothing() {
        RuleViolation refused = refusal(new PaymentSchedule(List.of(instalment(END, "0.00"))), "0.00", "0.00");

        assertEquals(Reason.INVALID_AMOUNT, refused.reason());
        assertEquals("schedule[0].amount", refused.field());
    }

    @Test
    void refusesALineInAnotherCurrencyThanTheContract() {
        ScheduleItem euros = new ScheduleItem(ScheduleKind.MILESTONE, "report", END, Money.of("100.00", "EUR"));

        RuleViolation refused = refusal(new PaymentSchedule(List.of(euros)), "100.00", "0.00");
        assertEquals(Reason.MIXED_CURRENCY, refused.reason());
        assertEquals("the schedule must be in GBP", refused.getMessage());
    }

    @Test
    void aQuarterWhoseShareRoundsToNothingGetsNoInstalmentAndTheOthersKeepTheirNumbers() {
        List<ScheduleItem> items = PaymentSchedule.quarterlyInArrears(pounds("0.02"), START, END).items();

        assertEquals(List.of(pounds("0.01"), pounds("0.01")), items.stream().map(ScheduleItem::amount).toList());
        assertEquals(List.of("Quarterly instalment 1 of 4 (2019-20 Q1)", "Quarterly instalment 2 of 4 (2019-20 Q2)"),
                items.stream().map(ScheduleItem::description).toList());
    }

    @Test
    void aRowWithoutItsDueDateDescriptionOrKindIsRefusedNamingTheField() {
        ScheduleItem fine = instalment(END, "50.00");
        RuleViolation noDate = refusal(new PaymentSchedule(List.of(fine,
                new ScheduleItem(ScheduleKind.INSTALMENT, "second", null, pounds("50.00")))), "100.00", "0.00");
        assertEquals(List.of(Reason.INVALID_INPUT, "schedule[1].dueDate"), List.of(noDate.reason(), noDate.field()));
        RuleViolation noWords = refusal(new PaymentSchedule(List.of(
                new ScheduleItem(ScheduleKind.MILESTONE, " ", END, pounds("100.00")))), "100.00", "0.00");
        assertEquals("schedule[0].description", noWords.field());
        RuleViolation noKind = refusal(new PaymentSchedule(List.of(
                new ScheduleItem(null, "x", END, pounds("100.00")))), "100.00", "0.00");
        assertEquals("schedule[0].kind", noKind.field());
    }
}
