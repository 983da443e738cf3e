package uk.commissioning.contracts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uk.commissioning.money.Money;

/** What closing a contract releases from one fund: value less owed, capped by what its claims left committed. */
class ClosingReleaseTest {

    @Test
    void withClaimsWithinWhatFellDueTheReleaseIsValueLessOwed() {
        // £40,000 committed, £20,000 owed by the end date, £10,000 claimed: £30,000 still committed, £20,000 goes back.
        assertEquals(Money.pounds("20000.00"), ContractQueries.releasable(Money.pounds("40000.00"),
                Money.pounds("20000.00"), Money.pounds("30000.00")));
    }

    @Test
    void claimsBeyondWhatFellDueLeaveOnlyTheRestToRelease() {
        // A unit-cost contract: £20,000 owed by the end date but £27,500.01 claimed, so £12,499.99 is left committed.
        assertEquals(Money.pounds("12499.99"), ContractQueries.releasable(Money.pounds("40000.00"),
                Money.pounds("20000.00"), Money.pounds("12499.99")));
    }

    @Test
    void neverBelowZero() {
        assertEquals(Money.pounds("0.00"), ContractQueries.releasable(Money.pounds("40000.00"),
                Money.pounds("45000.00"), Money.pounds("40000.00")), "owed more than committed: nothing to release");
        assertEquals(Money.pounds("0.00"), ContractQueries.releasable(Money.pounds("40000.00"),
                Money.pounds("0.00"), Money.pounds("0.00")), "all of it claimed: nothing left to release");
    }
}
