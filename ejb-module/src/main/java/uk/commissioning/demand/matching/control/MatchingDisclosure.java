package uk.commissioning.demand.matching.control;

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

    /** One figure of the report, a cell's or a total's, and why it is hidden (null: shown). */
    private static final class Entry {
        final long count;
        Hidden hidden;

        Entry(long count) {
            this.count = count;
        }
    }

    /** A line of figures and the total shown beside it. */
    private record Line(Entry total, List<Entry> parts) {
    }

    private static final MatchingDisclosure EXACT = new MatchingDisclosure(true);

    private final boolean exact;
    private final Map<Cell, Entry> cells = new IdentityHashMap<>();
    /** "row|period|area", "column|period|need" and "all|period" totals. */
    private final Map<String, Entry> totals = new HashMap<>();
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
        Map<String, List<Entry>> rows = new LinkedHashMap<>();
        Map<String, List<Entry>> columns = new LinkedHashMap<>();
        for (Cell c : table) {
            Entry e = new Entry(c.referrals());
            cells.put(c, e);
            rows.computeIfAbsent(c.period() + "|" + c.areaCode(), k -> new ArrayList<>()).add(e);
            columns.computeIfAbsent(c.period() + "|" + c.needCode(), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<Entry>> rowTotals = margins("row|", rows);
        Map<String, List<Entry>> columnTotals = margins("column|", columns);
        rowTotals.forEach((period, parts) -> {
            Entry all = totals.computeIfAbsent("all|" + period, k -> new Entry(sum(parts)));
            lines.add(new Line(all, parts));
            lines.add(new Line(all, columnTotals.getOrDefault(period, List.of())));
        });
    }

    /** A total per line (keyed by its period and area or need), each a line of its own; the totals grouped by period. */
    private Map<String, List<Entry>> margins(String kind, Map<String, List<Entry>> groups) {
        Map<String, List<Entry>> byPeriod = new LinkedHashMap<>();
        groups.forEach((key, parts) -> {
            Entry total = new Entry(sum(parts));
            totals.put(kind + key, total);
            lines.add(new Line(total, parts));
            byPeriod.computeIfAbsent(key.substring(0, key.indexOf('|')), k -> new ArrayList<>()).add(total);
        });
        return byPeriod;
    }

    private void quartersBesideYears(List<Cell> quarters, List<Cell> years) {
        Map<String, List<Entry>> byAreaAndNeed = new HashMap<>();
        for (Cell c : quarters) {
            byAreaAndNeed.computeIfAbsent(c.areaCode() + "|" + c.needCode(), k -> new ArrayList<>()).add(cells.get(c));
        }
        for (Cell year : years) {
            List<Entry> parts = byAreaAndNeed.get(year.areaCode() + "|" + year.needCode());
            if (parts != null) {
                lines.add(new Line(cells.get(year), parts));
            }
        }
    }

    private void suppress() {
        cells.values().forEach(MatchingDisclosure::primary);
        totals.values().forEach(MatchingDisclosure::primary);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                changed |= secondary(line);
            }
        }
    }

    private static void primary(Entry e) {
        if (SmallNumbers.isSmall(e.count)) {
            e.hidden = Hidden.UNDER_FIVE;
        }
    }

    /** Withholds one more figure of the line if it would give a hidden one away; whether it did. */
    private static boolean secondary(Line line) {
        long hiddenParts = line.parts().stream().filter(p -> p.hidden != null).count();
        boolean totalShown = line.total().hidden == null;
        if (!(totalShown && hiddenParts == 1) && !(!totalShown && hiddenParts == 0)) {
            return false;
        }
        Entry smallest = null;
        for (Entry p : line.parts()) {
            if (p.hidden == null && p.count > 0 && (smallest == null || p.count < smallest.count)) {
                smallest = p;
            }
        }
        if (smallest != null) {
            smallest.hidden = Hidden.WITHHELD;
            return true;
        }
        if (totalShown) {
            line.total().hidden = Hidden.WITHHELD;
            return true;
        }
        return false;
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
                || totals.values().stream().anyMatch(e -> e.hidden != null)
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
        return count(totals.get("row|" + period + "|" + areaCode), referrals);
    }

    /** The referrals of a need's column (over every area) in a period, as shown. */
    public Count columnTotal(String period, String needCode, long referrals) {
        return count(totals.get("column|" + period + "|" + needCode), referrals);
    }

    /** All the period's referrals in the report, as shown. */
    public Count grandTotal(String period, long referrals) {
        return count(totals.get("all|" + period), referrals);
    }

    /** People referred in an area: 1 to 4 read "&lt;5", and the caseload made from them is not shown. */
    public Count peopleReferred(Coverage coverage) {
        return SmallNumbers.shown(coverage.peopleReferred(), exact);
    }
}
