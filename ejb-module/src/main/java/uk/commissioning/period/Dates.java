package uk.commissioning.period;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people write them in a sentence: "1 May 2020". Refusals are read on screen and in problem+json
 * {@code detail} alike, so they say the date this way, not as the ISO "2020-05-01" that API fields carry.
 */
public final class Dates {

    private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    /** "1 May 2020": en-GB, the month in full, no leading zero; empty for no date. */
    public static String plain(LocalDate date) {
        return date == null ? "" : PLAIN.format(date);
    }
}
