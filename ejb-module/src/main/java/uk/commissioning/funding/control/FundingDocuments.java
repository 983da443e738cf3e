package uk.commissioning.funding.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.commissioning.funding.entity.Allocation;
import uk.commissioning.funding.entity.Contribution;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.Transfer;
import uk.commissioning.ledger.control.DocumentFacts;
import uk.commissioning.ledger.control.SourceDocuments;
import uk.commissioning.ledger.entity.SourceDocument;

/** Contributions, transfers and allocations as their ledger lines name them. */
@Dependent
public class FundingDocuments implements SourceDocuments {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<DocumentFacts> describe(SourceDocument document) {
        if (document.id() == null) {
            return Optional.empty();
        }
        return switch (document.type()) {
            case CONTRIBUTION -> Optional.ofNullable(em.find(Contribution.class, document.id())).map(c -> DocumentFacts.of(
                    document, "Contribution " + c.id() + " from " + c.partner().name(), c.partner().name(),
                    decisionId(c.decision()), reference(c.decision())));
            case ALLOCATION -> Optional.ofNullable(em.find(Allocation.class, document.id())).map(a -> DocumentFacts.of(
                    document, "Allocation " + a.id() + ": " + a.purpose(), a.purpose(), decisionId(a.decision()),
                    reference(a.decision())));
            case TRANSFER -> Optional.ofNullable(em.find(Transfer.class, document.id())).map(t -> new DocumentFacts(
                    document, "Transfer " + t.id() + " from " + t.fromFund().name() + " to " + t.toFund().name(), null,
                    t.fromFund().id(), t.fromFund().name(), t.toFund().id(), t.toFund().name(), decisionId(t.decision()),
                    reference(t.decision())));
            default -> Optional.empty();
        };
    }

    private static Long decisionId(Decision decision) {
        return decision == null ? null : decision.id();
    }

    private static String reference(Decision decision) {
        return decision == null ? null : decision.reference();
    }
}
