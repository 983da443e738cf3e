package uk.commissioning.claims.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimStatusTest {

    private static Set<ClaimStatus> next(ClaimStatus from) {
        Set<ClaimStatus> next = EnumSet.noneOf(ClaimStatus.class);
        for (ClaimStatus to : ClaimStatus.values()) {
            if (from.mayBecome(to)) {
                next.add(to);
            }
        }
        return next;
    }

    @Test
    void theWorkflowsArrows() {
        assertEquals(EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.WITHDRAWN), next(ClaimStatus.DRAFT));
        Set<ClaimStatus> decisions = EnumSet.of(ClaimStatus.QUERIED, ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED,
                ClaimStatus.REJECTED);
        assertEquals(decisions, next(ClaimStatus.SUBMITTED));
        assertEquals(decisions, next(ClaimStatus.RESUBMITTED));
        assertEquals(EnumSet.of(ClaimStatus.RESUBMITTED, ClaimStatus.REJECTED), next(ClaimStatus.QUERIED));
        for (ClaimStatus end : EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED, ClaimStatus.REJECTED,
                ClaimStatus.WITHDRAWN, ClaimStatus.SCHEDULED, ClaimStatus.PAID)) {
            assertTrue(next(end).isEmpty(), end + " goes nowhere in this slice (payment runs come later)");
        }
    }

    @Test
    void onlyRejectedAndWithdrawnClaimsAreDead() {
        for (ClaimStatus status : ClaimStatus.values()) {
            assertEquals(status != ClaimStatus.REJECTED && status != ClaimStatus.WITHDRAWN, status.isLive(), status.name());
        }
        assertFalse(ClaimStatus.DRAFT.holdsClaimedMoney(), "a draft posts nothing");
        assertTrue(ClaimStatus.QUERIED.holdsClaimedMoney(), "a queried claim keeps its money claimed");
        assertFalse(ClaimStatus.QUERIED.awaitsDecision(), "a queried claim waits for the provider");
    }

    @Test
    void evidenceIsAttachedWhileDraftingOrWhenAQueryAsksForMore() {
        Set<ClaimStatus> taking = EnumSet.noneOf(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            if (status.takesEvidence()) {
                taking.add(status);
            }
        }
        assertEquals(EnumSet.of(ClaimStatus.DRAFT, ClaimStatus.QUERIED), taking);
    }
}
