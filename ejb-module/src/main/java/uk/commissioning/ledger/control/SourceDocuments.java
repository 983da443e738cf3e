package uk.commissioning.ledger.control;

import java.util.Optional;
import uk.commissioning.ledger.entity.SourceDocument;

/**
 * What a posting's source document is, in words, and the decision it was made under, so that a ledger line can lead
 * to both. Each feature that books documents (funding: contributions, transfers, allocations; contracts: contracts)
 * answers for its own kinds; the ledger asks by this type and depends on none of them.
 */
public interface SourceDocuments {

    /** The document's facts if it is of a kind this feature books, else empty. */
    Optional<DocumentFacts> describe(SourceDocument document);
}
