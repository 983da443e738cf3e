package uk.commissioning.payments.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;

class PaymentRunTest {

    private static PaymentRun run() {
        return new PaymentRun(42L, LocalDate.of(2019, 7, 10), Quarter.parse("2019-20 Q1"), Money.GBP, "grace.lin");
    }

    /** The unique running_key is what stops a second run of the organisation at the database: set while unfinished only. */
    @Test
    void holdsItsOrganisationsRunningKeyUntilItEndsEitherWay() {
        PaymentRun completed = run();
        assertEquals(42L, completed.runningKey());
        assertTrue(completed.status().isRunning());
        completed.collected(3);
        assertEquals(42L, completed.runningKey());
        completed.completed(3, Money.pounds("5375.00"));
        assertEquals(null, completed.runningKey());
        assertFalse(completed.status().isRunning());

        PaymentRun failed = run();
        failed.failed("x".repeat(1200));
        assertEquals(null, failed.runningKey());
        assertEquals(1000, failed.failureReason().length(), "a long reason is cut to its column");
    }

    @Test
    void progressCountsPartsAndNeverShowsDoneBeforeItIs() {
        PaymentRun r = run();
        assertEquals(0, r.percentDone());
        r.collected(3);
        r.progressed(2, 1, Money.pounds("100.00"));
        assertEquals(66, r.percentDone());
        r.progressed(1, 1, Money.pounds("0.01"));
        assertEquals(99, r.percentDone(), "all parts written, but not completed yet");
        assertEquals(Money.pounds("100.01"), r.controlTotal());
        assertEquals(2, r.lineCount());
        r.completed(2, Money.pounds("100.01"));
        assertEquals(100, r.percentDone());
    }
}
