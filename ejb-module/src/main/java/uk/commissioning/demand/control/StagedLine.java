package uk.commissioning.demand.control;

import java.io.Serializable;

/** One line of a staged file and its line number in the upload (the header is line 1). */
public record StagedLine(long number, String text) implements Serializable {
}
