package uk.commissioning.worklist.control;

/**
 * One thing on a person's worklist, in words, and what it is about (so a screen can link to where it is acted on).
 *
 * @param subjectId the transfer's, contract's, import's or claim's id
 */
public record WorkItem(Subject subject, Long subjectId, String text) {

    public enum Subject {
        TRANSFER,
        CONTRACT,
        DEMAND_IMPORT,
        /** A claim the viewer may decide: opened in the approvals inbox. */
        CLAIM_TO_DECIDE,
        /** A claim of the viewer's organisation that a commissioner queried: the provider answers on the claim page. */
        CLAIM_QUERIED
    }
}
