package uk.commissioning.ledger.entity;

/** The document a posting comes from (a transfer, a contribution, a contract), for drill-down. */
public record SourceDocument(DocumentType type, Long id) {

    public SourceDocument {
        if (type == null) {
            throw new IllegalArgumentException("source document type is required");
        }
    }

    public static SourceDocument of(DocumentType type, Long id) {
        return new SourceDocument(type, id);
    }
}
