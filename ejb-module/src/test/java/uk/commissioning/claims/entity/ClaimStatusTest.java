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
        assertEquals(EnumSet.of(ClaimStatus.SCHEDULED), next(ClaimStatus.APPROVED), "into a payment file");
        assertEquals(EnumSet.of(ClaimStatus.SCHEDULED), next(ClaimStatus.PARTIALLY_APPROVED), "its approved part too");
        assertEquals(EnumSet.of(ClaimStatus.PAID), next(ClaimStatus.SCHEDULED), "on its remittance");
        for (ClaimStatus end : EnumSet.of(ClaimStatus.REJECTED, ClaimStatus.WITHDRAWN, ClaimStatus.PAID)) {
            assertTrue(next(end).isEmpty(), end + " goes nowhere (a reclaim is a document of its own, not a status)");
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
