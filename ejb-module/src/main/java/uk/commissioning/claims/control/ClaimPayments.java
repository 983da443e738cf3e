package uk.commissioning.claims.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.commissioning.money.Money;

/**
 * How a claim was paid, for the provider and the approver reading the claim. Payments depend on claims, so claims
 * asks through this interface, which payments implements; with no implementation a claim shows no payment.
 */
public interface ClaimPayments {

    /** The claim's parts in payment runs (one per paying fund), in run order; empty before a run takes it. */
    List<ClaimPayment> of(Long claimId);

    /**
     * What recoveries on reclaims have brought back into the contract's commitment, per claim of the contract (claim
     * id → amount; a claim with none is absent): money the provider repaid, so no longer taken by that claim.
     */
    Map<Long, BigDecimal> recoveredByClaim(Long contractId);

    /**
     * One paying fund's part of a claim: the run (and so the payment file) it is in and when that run scheduled it,
     * and, once the finance system's remittance confirmed it, the paid date and the finance system's reference.
     */
    record ClaimPayment(Long runId, String fundCode, Money amount, LocalDate scheduledOn, LocalDate paidOn,
                        String paymentReference) {

        public boolean paid() {
            return paidOn != null;
        }
    }
}
