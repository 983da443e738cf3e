package uk.commissioning.demand.control;

/** Why a line, or one field of it, was rejected. The reason never repeats a value that could identify a person. */
public record LineError(String column, String reason) {
}
