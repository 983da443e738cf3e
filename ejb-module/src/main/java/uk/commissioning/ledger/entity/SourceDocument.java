package uk.commissioning.ledger.entity;

/** The document a posting comes from (a transfer, a contribution, later a claim or payment run), for drill-down. */
public record SourceDocument(String type, Long id) {

    public SourceDocument {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("source document type is required");
        }
    }

    public static SourceDocument of(String type, Long id) {
        return new SourceDocument(type, id);
    }
}
