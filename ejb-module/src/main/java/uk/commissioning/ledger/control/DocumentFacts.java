package uk.commissioning.ledger.control;

import uk.commissioning.ledger.entity.SourceDocument;

/**
 * A source document as a ledger line names it.
 *
 * @param title        the document in words, e.g. "Transfer 1 under DD2419"
 * @param counterparty what is on the other side, in words: the partner who contributed, an allocation's purpose, a
 *                     contract's provider; for a transfer, see {@link #otherSide}
 * @param fromFundId   a transfer's source fund (null for other documents); {@code toFundId} its destination
 * @param decisionId   the decision it was made under, if any
 */
public record DocumentFacts(SourceDocument document, String title, String counterparty, Long fromFundId,
                            String fromName, Long toFundId, String toName, Long decisionId, String decisionReference) {

    /** A document with one counterparty and no direction (contributions, allocations, contracts). */
    public static DocumentFacts of(SourceDocument document, String title, String counterparty, Long decisionId,
                                   String decisionReference) {
        return new DocumentFacts(document, title, counterparty, null, null, null, null, decisionId, decisionReference);
    }

    /** The other end as seen from {@code fundId}: for a transfer the other fund, otherwise the counterparty. */
    public String otherSide(Long fundId) {
        if (fromFundId == null) {
            return counterparty;
        }
        return fromFundId.equals(fundId) ? toName : fromName;
    }
}
