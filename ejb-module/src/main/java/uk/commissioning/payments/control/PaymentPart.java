package uk.commissioning.payments.control;

import java.io.Serializable;

/** One claim's part paid from one fund: the item a payment run reads and schedules. */
public record PaymentPart(Long claimId, Long fundId) implements Serializable {
}
