package uk.commissioning.demand.imports.control;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/** One line of a staged file, as bytes (UTF-8, without its line end), and its line number in the upload (the header is line 1). */
public record StagedLine(long number, byte[] bytes) implements Serializable {

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
