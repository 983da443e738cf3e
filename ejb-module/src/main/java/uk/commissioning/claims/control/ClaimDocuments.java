package uk.commissioning.claims.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.ledger.control.DocumentFacts;
import uk.commissioning.ledger.control.SourceDocuments;
import uk.commissioning.ledger.entity.DocumentType;
import uk.commissioning.ledger.entity.SourceDocument;

/** A claim as its ledger lines (submission, approval, rejection) name it, under its contract's decision. */
@Dependent
public class ClaimDocuments implements SourceDocuments {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<DocumentFacts> describe(SourceDocument document) {
        if (document.type() != DocumentType.CLAIM || document.id() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Claim.class, document.id())).map(c -> DocumentFacts.of(document,
                "Claim " + c.id() + ": " + c.contract().reference() + " " + c.quarter().label(),
                c.contract().provider().name() + " (" + c.contract().reference() + ")",
                c.contract().decision() == null ? null : c.contract().decision().id(),
                c.contract().decision() == null ? null : c.contract().decision().reference()));
    }
}
