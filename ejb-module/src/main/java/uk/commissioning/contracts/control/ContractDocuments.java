package uk.commissioning.contracts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.ledger.control.DocumentFacts;
import uk.commissioning.ledger.control.SourceDocuments;
import uk.commissioning.ledger.entity.DocumentType;
import uk.commissioning.ledger.entity.SourceDocument;

/** A contract as its ledger lines (commitment, variations, release) name it, under the decision that let it. */
@Dependent
public class ContractDocuments implements SourceDocuments {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<DocumentFacts> describe(SourceDocument document) {
        if (document.type() != DocumentType.CONTRACT || document.id() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Contract.class, document.id())).map(c -> DocumentFacts.of(document,
                "Contract " + c.reference() + ": " + c.title(), c.provider().name() + " (" + c.reference() + ")",
                c.decision() == null ? null : c.decision().id(), c.decision() == null ? null : c.decision().reference()));
    }
}
