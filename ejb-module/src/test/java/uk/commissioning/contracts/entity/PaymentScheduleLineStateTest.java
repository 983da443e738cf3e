package uk.commissioning.contracts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.commissioning.contracts.entity.PaymentScheduleLine.State;
import uk.commissioning.contracts.entity.PaymentScheduleLine.Status;

class PaymentScheduleLineStateTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2019, 6, 30);

    @Test
    void anInstalmentOfAnActiveContractIsDueFromItsDueDate() {
        assertEquals(State.UPCOMING, PaymentScheduleLine.state(ScheduleKind.INSTALMENT, Status.SCHEDULED, true, false, JUNE_30, JUNE_30.minusDays(1)));
        assertEquals(State.DUE, PaymentScheduleLine.state(ScheduleKind.INSTALMENT, Status.SCHEDULED, true, false, JUNE_30, JUNE_30));
        assertEquals(State.DUE, PaymentScheduleLine.state(ScheduleKind.INSTALMENT, Status.SCHEDULED, true, false, JUNE_30, LocalDate.of(2026, 1, 5)));
    }

    @Test
    void aDraftsInstalmentIsNeverDueBecauseADraftCommitsNothing() {
        assertEquals(State.UPCOMING, PaymentScheduleLine.state(ScheduleKind.INSTALMENT, Status.SCHEDULED, true, true, JUNE_30, LocalDate.of(2026, 1, 5)));
    }

    @Test
    void aMilestoneWaitsForItsReportWhateverTheDateThenIsReleased() {
        assertEquals(State.AWAITING_REPORT, PaymentScheduleLine.state(ScheduleKind.MILESTONE, Status.SCHEDULED, true, false, JUNE_30, LocalDate.of(2026, 1, 5)));
        assertEquals(State.RELEASED, PaymentScheduleLine.state(ScheduleKind.MILESTONE, Status.RELEASED, true, false, JUNE_30, LocalDate.of(2026, 1, 5)));
    }

    @Test
    void aLineReplacedByAVariationIsSupersededWhateverElseItIs() {
        assertEquals(State.SUPERSEDED, PaymentScheduleLine.state(ScheduleKind.INSTALMENT, Status.SCHEDULED, false, false, JUNE_30, LocalDate.of(2026, 1, 5)));
        assertEquals(State.SUPERSEDED, PaymentScheduleLine.state(ScheduleKind.MILESTONE, Status.RELEASED, false, false, JUNE_30, JUNE_30));
    }

    @Test
    void statusesReadAsWords() {
        assertEquals("Active", ContractStatus.ACTIVE.label());
        assertEquals("Scheduled", Status.SCHEDULED.label());
    }
}
