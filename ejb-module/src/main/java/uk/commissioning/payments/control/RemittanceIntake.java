package uk.commissioning.payments.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import uk.commissioning.identity.Viewer;
import uk.commissioning.payments.entity.Remittance;
import uk.commissioning.rules.RuleViolation;

/**
 * Receives a remittance file from the API or the screen: keeps it (committed on its own), then applies it in a
 * transaction of its own; if that is refused, nothing of it is applied and the kept file records the refusal and every
 * line at fault, before the refusal goes back to the caller.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RemittanceIntake {

    @Inject
    RemittanceSteps outcomes;

    public Remittance receive(Long runId, String fileName, byte[] content, Viewer viewer) {
        Remittance stored = outcomes.store(runId, fileName, content, viewer);
        try {
            return outcomes.apply(stored.id(), viewer);
        } catch (RuleViolation refused) {
            outcomes.refused(stored.id(), refused, viewer);
            throw refused;
        }
    }
}
