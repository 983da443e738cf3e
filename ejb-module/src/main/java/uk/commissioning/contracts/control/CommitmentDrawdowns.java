package uk.commissioning.contracts.control;

import java.math.BigDecimal;
import java.util.Map;
import uk.commissioning.contracts.entity.Contract;

/**
 * What documents other than the contract itself have moved in and out of COMMITTED against a contract, per fund id:
 * claims draw on the commitment (a submission is COMMITTED −x under the claim) and give back what is rejected or
 * reduced. A higher feature (claims) implements it, so that contracts can tell what the contract still holds in each
 * fund without depending on claims. Negative = drawn from the commitment.
 */
public interface CommitmentDrawdowns {

    Map<Long, BigDecimal> committedMovements(Contract contract);
}
