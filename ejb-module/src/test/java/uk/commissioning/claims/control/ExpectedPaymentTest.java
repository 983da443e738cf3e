package uk.commissioning.claims.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.commissioning.claims.entity.ClaimStatus;

class ExpectedPaymentTest {

    private static final Instant DECIDED = Instant.parse("2019-07-10T09:00:00Z");

    @Test
    void anApprovedClaimIsDueThirtyDaysAfterItsDecision() {
        assertEquals(Optional.of(LocalDate.of(2019, 8, 9)), Claims.expectedPaymentBy(ClaimStatus.APPROVED, DECIDED));
        assertEquals(Optional.of(LocalDate.of(2019, 8, 9)), Claims.expectedPaymentBy(ClaimStatus.PARTIALLY_APPROVED, DECIDED));
        assertEquals(Optional.of(LocalDate.of(2019, 8, 9)), Claims.expectedPaymentBy(ClaimStatus.SCHEDULED, DECIDED),
                "until payment runs give their own date");
    }

    @Test
    void theDecisionDayIsTheUkCalendarsNotUtcs() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST): due 31 July, not 30 July.
        assertEquals(Optional.of(LocalDate.of(2019, 7, 31)),
                Claims.expectedPaymentBy(ClaimStatus.APPROVED, Instant.parse("2019-06-30T23:30:00Z")));
    }

    @Test
    void nothingIsExpectedBeforeADecisionForARejectionOrOncePaid() {
        for (ClaimStatus status : new ClaimStatus[] {ClaimStatus.DRAFT, ClaimStatus.SUBMITTED, ClaimStatus.QUERIED,
                ClaimStatus.RESUBMITTED, ClaimStatus.REJECTED, ClaimStatus.WITHDRAWN, ClaimStatus.PAID}) {
            assertEquals(Optional.empty(), Claims.expectedPaymentBy(status, DECIDED), status.name());
        }
        assertEquals(Optional.empty(), Claims.expectedPaymentBy(ClaimStatus.APPROVED, null));
    }
}
