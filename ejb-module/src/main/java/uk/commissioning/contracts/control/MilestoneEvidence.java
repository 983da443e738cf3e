package uk.commissioning.contracts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractStatus;
import uk.commissioning.contracts.entity.PaymentScheduleLine;
import uk.commissioning.contracts.entity.ScheduleKind;
import uk.commissioning.evidence.control.EvidenceOwners;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Evidence for a milestone's report (the owner id is the milestone's schedule line): the provider's finance leads
 * attach it while the report is still being prepared or waits for acceptance, on an active contract; once the
 * commissioner has accepted the report (the tranche is released) what it was accepted on stays as it was. Whoever
 * may see the contract ({@link ContractAccess#canSee}) may read it: the provider, the commissioners, those who can
 * see a paying fund, and for a subcontract those of the lead.
 */
@Dependent
public class MilestoneEvidence implements EvidenceOwners {

    public static final String OWNER_TYPE = "MILESTONE_REPORT";

    @PersistenceContext
    EntityManager em;

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean mayRead(Viewer viewer, long ownerId) {
        return milestone(ownerId).map(l -> ContractAccess.canSee(viewer, l.contract())).orElse(false);
    }

    @Override
    public void requireMayAttach(Viewer viewer, long ownerId) {
        PaymentScheduleLine line = milestone(ownerId).filter(l -> ContractAccess.canSee(viewer, l.contract()))
                .orElseThrow(() -> new NotFoundException("milestone", ownerId));
        Contract contract = line.contract();
        if (!viewer.is(Role.VCSE_FINANCE) || !contract.provider().id().equals(viewer.organisationId())) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, "file",
                    "only the finance leads of " + contract.provider().name() + " attach evidence to its milestone reports");
        }
        if (contract.status() != ContractStatus.ACTIVE) {
            throw new RuleViolation(Reason.WRONG_STATUS, "file", contract.reference() + " is not active ("
                    + contract.status().label().toLowerCase() + "), so its milestone reports take no more evidence");
        }
        if (!line.isCurrent()) {
            throw new RuleViolation(Reason.WRONG_STATUS, "file", "'" + line.description()
                    + "' was replaced by variation " + line.supersededByVariation() + "; attach the evidence to its replacement");
        }
        if (line.isReleased()) {
            throw new RuleViolation(Reason.WRONG_STATUS, "file", "the report for '" + line.description()
                    + "' was already accepted, so what it was accepted on stays as it is");
        }
    }

    /** The milestone {@code lineId} of the contract {@code contractId}, if the viewer may see the contract; else not found. */
    public PaymentScheduleLine of(Long contractId, Long lineId, Viewer viewer) {
        return milestone(lineId).filter(l -> l.contract().id().equals(contractId) && ContractAccess.canSee(viewer, l.contract()))
                .orElseThrow(() -> new NotFoundException("milestone", lineId));
    }

    private Optional<PaymentScheduleLine> milestone(long lineId) {
        return Optional.ofNullable(em.find(PaymentScheduleLine.class, lineId)).filter(l -> l.kind() == ScheduleKind.MILESTONE);
    }
}
