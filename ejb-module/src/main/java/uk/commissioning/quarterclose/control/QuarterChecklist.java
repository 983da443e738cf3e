package uk.commissioning.quarterclose.control;

import java.util.List;
import uk.commissioning.period.Quarter;

/**
 * What is still open in a quarter, before anyone closes it: counts the viewer can act on, each with what closing
 * means for it. Closing is not refused because of them (a quarter may have to close on time regardless); they are
 * said plainly so nobody closes one by surprise.
 *
 * @param postings       the postings dated in the quarter in the funds whose books the organisation keeps (the close
 *                       locks them; other organisations' funds stay as they are)
 * @param mustCloseFirst the earlier quarter that must close first, or null
 */
public record QuarterChecklist(Quarter quarter, boolean closed, long postings,
                               Quarter mustCloseFirst, List<Item> stillOpen) {

    public QuarterChecklist {
        stillOpen = List.copyOf(stillOpen);
    }

    /** One kind of open business, counted, in words that say what the close does to it. */
    public record Item(Kind kind, long count, String text) {
    }

    public enum Kind {
        PENDING_TRANSFERS,
        DRAFT_CONTRACTS,
        MILESTONES_AWAITING_REPORT
    }

    public boolean closable() {
        return !closed && mustCloseFirst == null;
    }
}
