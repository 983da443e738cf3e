package uk.commissioning.demand.matching.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.demand.control.SmallNumbers;
import uk.commissioning.demand.control.SmallNumbers.Count;
import uk.commissioning.demand.control.SmallNumbers.Hidden;
import uk.commissioning.demand.matching.control.LinkWorkerCoverage.Coverage;
import uk.commissioning.demand.matching.control.MatchingCalculator.Cell;

/**
 * The small-numbers rule ({@link SmallNumbers}) over a matching report, so that the heat table, the JSON and the CSV
 * hide the same cells. Only administrators see exact counts here: a cell adds up referrals to every provider's
 * services in an area and need, so no provider holds all of its records.
 * <p>
 * A cell's referrals from 1 to 4 read "&lt;5". The report shows totals beside its cells (each area's row over the
 * needs, each need's column over the areas, the whole table, and for a year each cell's four quarters beside the
 * year's), so one hidden figure in a line whose total is shown could be got back by subtraction: then the smallest
 * other non-zero figure of that line is withheld too, or, if there is none, the total itself; and a withheld total
 * whose parts are all shown gets a part withheld, as its parts would rebuild it. This repeats until no line gives
 * anything away. A hidden cell hides every figure made from its referrals (capacity used, utilisation, unmet and
 * unfunded demand); its capacity stays, as that is what the contracts buy. Protects within one report; as for
 * outcomes, it does not claim to stop differencing across several requests (one borough against all of them).
 */
public final class MatchingDisclosure {

    /** One figure of the report, a cell's or a total's, why it is hidden (null: shown) and the lines it is in. */
    private static final class Entry {
        final long count;
        Hidden hidden;
        final List<Line> lines = new ArrayList<>(4);

        Entry(long count) {
            this.count = count;
        }
    }

    /** A line of figures and the total shown beside it. */
    private static final class Line {
        final Entry total;
        final List<Entry> parts;
        boolean queued;

        Line(Entry total, List<Entry> parts) {
            this.total = total;
            this.parts = parts;
        }
    }

    private static final MatchingDisclosure EXACT = new MatchingDisclosure(true);

    private final boolean exact;
    private final Map<Cell, Entry> cells = new IdentityHashMap<>();
    // Totals by period, then area or need: nested maps on the cells' own strings, not keys joined per cell, as a
    // London year by ward has some 190,000 cells.
    private final Map<String, Map<String, Entry>> rowTotals = new HashMap<>();
    private final Map<String, Map<String, Entry>> columnTotals = new HashMap<>();
    private final Map<String, Entry> grandTotals = new HashMap<>();
    private final List<Line> lines = new ArrayList<>();

    private MatchingDisclosure(boolean exact) {
        this.exact = exact;
    }

    /** Everything shown exactly (an administrator). */
    public static MatchingDisclosure exact() {
        return EXACT;
    }

    /**
     * @param cells      the report's cells (a quarter's, or a year's four quarters)
     * @param yearTotals for a year, one cell per area and need over its quarters; empty for a quarter
     */
    public static MatchingDisclosure of(List<Cell> cells, List<Cell> yearTotals, boolean exact) {
        if (exact) {
            return EXACT;
        }
        MatchingDisclosure disclosure = new MatchingDisclosure(false);
        disclosure.table(cells);
        disclosure.table(yearTotals);
        disclosure.quartersBesideYears(cells, yearTotals);
        disclosure.suppress();
        return disclosure;
    }

    private void table(List<Cell> table) {
        Map<String, Map<String, List<Entry>>> rows = new LinkedHashMap<>();
        Map<String, Map<String, List<Entry>>> columns = new LinkedHashMap<>();
        for (Cell c : table) {
            Entry e = new Entry(c.referrals());
            cells.put(c, e);
            rows.computeIfAbsent(c.period(), k -> new HashMap<>()).computeIfAbsent(c.areaCode(), k -> new ArrayList<>()).add(e);
            columns.computeIfAbsent(c.period(), k -> new HashMap<>()).computeIfAbsent(c.needCode(), k -> new ArrayList<>()).add(e);
        }
        rows.forEach((period, byArea) -> {
            List<Entry> rowSums = margins(byArea, rowTotals.computeIfAbsent(period, k -> new HashMap<>()));
            List<Entry> columnSums = margins(columns.get(period), columnTotals.computeIfAbsent(period, k -> new HashMap<>()));
            Entry all = new Entry(sum(rowSums));
            grandTotals.put(period, all);
            lines.add(new Line(all, rowSums));
            lines.add(new Line(all, columnSums));
        });
    }

    /** A total per line of {@code groups}, each total and its parts a line of its own; the totals. */
    private List<Entry> margins(Map<String, List<Entry>> groups, Map<String, Entry> into) {
        List<Entry> sums = new ArrayList<>(groups.size());
        groups.forEach((key, parts) -> {
            Entry total = new Entry(sum(parts));
            into.put(key, total);
            lines.add(new Line(total, parts));
            sums.add(total);
        });
        return sums;
    }

    private void quartersBesideYears(List<Cell> quarters, List<Cell> years) {
        Map<String, Map<String, List<Entry>>> byAreaAndNeed = new HashMap<>();
        for (Cell c : quarters) {
            byAreaAndNeed.computeIfAbsent(c.areaCode(), k -> new HashMap<>()).computeIfAbsent(c.needCode(), k -> new ArrayList<>(4))
                    .add(cells.get(c));
        }
        for (Cell year : years) {
            List<Entry> parts = byAreaAndNeed.getOrDefault(year.areaCode(), Map.of()).get(year.needCode());
            if (parts != null) {
                lines.add(new Line(cells.get(year), parts));
            }
        }
    }

    /**
     * Hides the small figures, then works through the lines: a line that withholds a figure puts the other lines of
     * that figure back on the list, so each line is looked at again only when something in it changed (a London year
     * by ward is some 190,000 figures in 250,000 lines).
     */
    private void suppress() {
        for (Line line : lines) {
            primary(line.total);
            line.parts.forEach(MatchingDisclosure::primary);
            line.total.lines.add(line);
            line.parts.forEach(p -> p.lines.add(line));
        }
        ArrayDeque<Line> work = new ArrayDeque<>(lines);
        lines.forEach(l -> l.queued = true);
        while (!work.isEmpty()) {
            Line line = work.poll();
            line.queued = false;
            Entry withheld = secondary(line);
            if (withheld != null) {
                for (Line other : withheld.lines) {
                    if (!other.queued) {
                        other.queued = true;
                        work.add(other);
                    }
                }
            }
        }
    }

    private static void primary(Entry e) {
        if (SmallNumbers.isSmall(e.count)) {
            e.hidden = Hidden.UNDER_FIVE;
        }
    }

    /** Withholds one more figure of the line if it would give a hidden one away: the figure withheld, or null. */
    private static Entry secondary(Line line) {
        int hiddenParts = 0;
        Entry smallest = null;
        for (Entry p : line.parts) {
            if (p.hidden != null) {
                hiddenParts++;
            } else if (p.count > 0 && (smallest == null || p.count < smallest.count)) {
                smallest = p;
            }
        }
        boolean totalShown = line.total.hidden == null;
        if (!(totalShown && hiddenParts == 1) && !(!totalShown && hiddenParts == 0)) {
            return null;
        }
        Entry withheld = smallest != null ? smallest : totalShown ? line.total : null;
        if (withheld != null) {
            withheld.hidden = Hidden.WITHHELD;
        }
        return withheld;
    }

    private static long sum(Collection<Entry> entries) {
        long sum = 0;
        for (Entry e : entries) {
            sum += e.count;
        }
        return sum;
    }

    private static Count count(Entry e, long fallback) {
        return e == null || e.hidden == null ? Count.exact(e == null ? fallback : e.count) : new Count(null, e.hidden);
    }

    public boolean isExact() {
        return exact;
    }

    /** Whether anything in the report is hidden (so a screen says why, and only then). */
    public boolean hidesAny(Collection<Coverage> coverage) {
        return cells.values().stream().anyMatch(e -> e.hidden != null)
                || grandTotals.values().stream().anyMatch(e -> e.hidden != null)
                || rowTotals.values().stream().flatMap(m -> m.values().stream()).anyMatch(e -> e.hidden != null)
                || columnTotals.values().stream().flatMap(m -> m.values().stream()).anyMatch(e -> e.hidden != null)
                || coverage.stream().anyMatch(c -> peopleReferred(c).isHidden());
    }

    /** The cell's referrals as the viewer may see them. */
    public Count referrals(Cell cell) {
        return count(cells.get(cell), cell.referrals());
    }

    /** Whether the cell's referrals, and so every figure made from them, are hidden. */
    public boolean hides(Cell cell) {
        Entry e = cells.get(cell);
        return e != null && e.hidden != null;
    }

    /** The referrals of an area's row (over every need) in a period, as shown. */
    public Count rowTotal(String period, String areaCode, long referrals) {
        return count(rowTotals.getOrDefault(period, Map.of()).get(areaCode), referrals);
    }

    /** The referrals of a need's column (over every area) in a period, as shown. */
    public Count columnTotal(String period, String needCode, long referrals) {
        return count(columnTotals.getOrDefault(period, Map.of()).get(needCode), referrals);
    }

    /** All the period's referrals in the report, as shown. */
    public Count grandTotal(String period, long referrals) {
        return count(grandTotals.get(period), referrals);
    }

    /** People referred in an area: 1 to 4 read "&lt;5", and the caseload made from them is not shown. */
    public Count peopleReferred(Coverage coverage) {
        return SmallNumbers.shown(coverage.peopleReferred(), exact);
    }
}
