package uk.commissioning.demand.imports.control;

/** Why a line, or one field of it, was rejected. The reason never repeats a value that could identify a person. */
public record LineError(String column, String reason) {

    /** A fault with the line it was found on: one row of the import's error report. */
    public record OnLine(long line, String column, String reason) {
    }
}
