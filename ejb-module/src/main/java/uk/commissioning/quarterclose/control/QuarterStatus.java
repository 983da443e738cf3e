package uk.commissioning.quarterclose.control;

import java.time.Instant;
import uk.commissioning.period.Quarter;

/**
 * A quarter as the close screen lists it for an organisation.
 *
 * @param postingsInYourFunds what the organisation's funds have posted in it
 * @param mustCloseFirst      the earlier quarter that must close before this one, or null when nothing holds it up
 * @param closedBy            who closed it, or null while it is open
 */
public record QuarterStatus(Quarter quarter, long postingsInYourFunds, Quarter mustCloseFirst, String closedBy,
                            Instant closedAt) {

    public boolean closed() {
        return closedBy != null;
    }

    /** Open and nothing earlier in the way: the quarter a person would close next. */
    public boolean closable() {
        return !closed() && mustCloseFirst == null;
    }
}
