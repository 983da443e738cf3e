package uk.commissioning.demand.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistical disclosure control for counts of people and referrals shown outside the provider that holds the
 * records. A count from 1 to 4 is never shown exactly: it reads "&lt;5" (zero is shown: it identifies no one). Where a
 * row of counts has a total shown beside its parts, one hidden part could be got back by subtraction, so when exactly
 * one part of a row is hidden the smallest other non-zero part is withheld too (secondary suppression, read
 * "withheld"). Administrators and the provider of a service see exact numbers. The rule protects against subtracting
 * within one row; it does not claim to stop every differencing attack across several published tables.
 */
public final class SmallNumbers {

    /** Counts below this (and above zero) are hidden: the NHS Digital / ONS convention for small cells. */
    public static final int THRESHOLD = 5;

    /** Why a count is not shown. */
    public enum Hidden {
        UNDER_FIVE("<5"), WITHHELD("withheld");

        private final String label;

        Hidden(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A count as a viewer may see it: the number, or why it is hidden (then {@code value} is null). */
    public record Count(Long value, Hidden hidden) {

        public static Count exact(long value) {
            return new Count(value, null);
        }

        public boolean isHidden() {
            return hidden != null;
        }

        /** The figure in words: the number, "&lt;5" or "withheld". */
        public String text() {
            return hidden == null ? String.format(java.util.Locale.UK, "%,d", value) : hidden.label();
        }
    }

    private SmallNumbers() {
    }

    public static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** One count on its own (no total beside it): 1 to 4 reads "&lt;5". */
    public static Count shown(long count, boolean exact) {
        return exact || !isSmall(count) ? Count.exact(count) : new Count(null, Hidden.UNDER_FIVE);
    }

    /**
     * A total and the parts that add up to (at most) it, as one row: parts from 1 to 4 read "&lt;5", a total from 1 to 4
     * too; when exactly one part is hidden and the total is shown, the smallest other non-zero part is withheld so the
     * hidden one cannot be got by subtraction. Returns the total first, then the parts in order.
     */
    public static List<Count> row(long total, List<Long> parts, boolean exact) {
        List<Count> shown = new ArrayList<>(parts.size() + 1);
        shown.add(shown(total, exact));
        parts.forEach(p -> shown.add(shown(p, exact)));
        if (exact || shown.get(0).isHidden()) {
            return shown;
        }
        long hiddenParts = shown.stream().skip(1).filter(Count::isHidden).count();
        if (hiddenParts == 1) {
            int smallest = -1;
            for (int i = 0; i < parts.size(); i++) {
                if (!shown.get(i + 1).isHidden() && parts.get(i) > 0 && (smallest < 0 || parts.get(i) < parts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                shown.set(smallest + 1, new Count(null, Hidden.WITHHELD));
            }
        }
        return shown;
    }
}
