package uk.commissioning.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Habits of the Facelets pages that break screens silently, checked over every page so no page brings them back.
 */
class PageRulesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    /**
     * A required {@code f:viewParam} is validated again on every postback, which does not resend the address: from the
     * second Ajax postback on it fails, the model is not updated and the old figures come back with no message. A page
     * that needs its parameter checks it in its view action (the not-found page) instead.
     */
    @Test
    void noViewParameterIsRequired() throws IOException {
        assertEquals(List.of(), pagesWith(Pattern.compile("<f:viewParam[^>]*\\brequired=\"true\"")));
    }

    /**
     * Without a validatorMessage, f:validateRegex answers with its pattern ("Regex pattern of '^\\d{4}…' not
     * matched"), which nobody can read: every input it checks says in words what it accepts.
     */
    @Test
    void everyRegexCheckedFieldSaysWhatItAcceptsInWords() throws IOException {
        assertEquals(List.of(), pagesWith(Pattern.compile("<h:input\\w+(?:(?!validatorMessage)[^>])*>\\s*<f:validateRegex")));
    }

    private static List<String> pagesWith(Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).filter(f -> {
                try {
                    return pattern.matcher(Files.readString(f)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> WEBAPP.relativize(f).toString()).sorted().toList();
        }
    }
}
