package uk.commissioning.worklist.control;

/**
 * One thing on a person's worklist, in words, and what it is about (so a screen can link to where it is acted on).
 *
 * @param subjectId the transfer's, contract's or import's id
 */
public record WorkItem(Subject subject, Long subjectId, String text) {

    public enum Subject {
        TRANSFER,
        CONTRACT,
        DEMAND_IMPORT
    }
}
