package uk.commissioning.demand.matching.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import uk.commissioning.demand.control.SmallNumbers;
import uk.commissioning.demand.control.SmallNumbers.Count;
import uk.commissioning.demand.matching.control.LinkWorkerCoverage.Coverage;
import uk.commissioning.demand.matching.control.Matching;
import uk.commissioning.demand.matching.control.MatchingCalculator;
import uk.commissioning.demand.matching.control.MatchingCalculator.Cell;
import uk.commissioning.demand.matching.control.MatchingCalculator.Level;
import uk.commissioning.demand.matching.control.MatchingCalculator.Totals;
import uk.commissioning.demand.matching.control.MatchingDisclosure;
import uk.commissioning.demand.ui.DemandChoices;
import uk.commissioning.demand.ui.DemandReportPage;
import uk.commissioning.money.Money;
import uk.commissioning.platform.ui.Format;
import uk.commissioning.platform.ui.Messages;

/**
 * Demand against contracted capacity as a heat table, areas × need categories, shaded by the chosen measure (the
 * figure is always written in the cell too); the detail of one cell; link-worker coverage; contracted services that
 * received no referrals. The figures are {@link Matching#report}'s, the same as {@code GET /api/demand/matching}.
 */
@Named
@ViewScoped
public class MatchingPage extends DemandReportPage {

    /** How many shades above "none": cells are shaded heat-0 (zero or no figure) to heat-5 (the largest). */
    static final int SHADES = 5;

    @Inject
    transient Format fmt;

    /** What the table is shaded by. */
    public enum Measure {
        UNMET("Unmet demand (people)"), UTILISATION("Utilisation"), UNFUNDED("Unfunded demand (£)"), REFERRALS("Referrals");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }

        public String getParam() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Measure parse(String text) {
            for (Measure m : values()) {
                if (m.getParam().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return m;
                }
            }
            return null;
        }

        BigDecimal value(Cell c) {
            return switch (this) {
                case UNMET -> c.unmet();
                case UTILISATION -> c.utilisation();
                case UNFUNDED -> c.unfundedDemand() == null ? null : c.unfundedDemand().amount();
                case REFERRALS -> BigDecimal.valueOf(c.referrals());
            };
        }

        BigDecimal value(Totals t) {
            return switch (this) {
                case UNMET -> t.unmet();
                case UTILISATION -> t.utilisation();
                case UNFUNDED -> t.unfundedDemand().amount();
                case REFERRALS -> BigDecimal.valueOf(t.referrals());
            };
        }
    }

    /**
     * One figure of the table, its shade (0 to {@value #SHADES}), the area and need it is for (for screen readers)
     * and whether it links to a cell's detail (a cell with figures; not a total).
     */
    public record HeatCell(String areaCode, String needCode, String text, int heat, String label, boolean linked)
            implements Serializable {
    }

    /** An area's cells in need order and its total over every need. */
    public record HeatRow(String areaCode, String areaName, List<HeatCell> cells, HeatCell total) implements Serializable {
    }

    // The address: what is shown (and the period and borough).
    private String level = "borough";
    private String measure = Measure.UNMET.getParam();
    private String area;
    private String need;

    // The filter form (and the period and borough).
    private String chosenLevel;
    private String chosenMeasure;

    private Measure shadeBy;
    private Map<String, String> needNames;
    private Matching.Report report;
    private List<HeatRow> rows = List.of();
    private List<HeatCell> needTotals = List.of();
    private HeatCell grandTotal;
    private BigDecimal largest;
    private Cell selected;
    private List<Cell> selectedQuarters = List.of();

    /** Commissioners, board members, administrators and VCSE finance leads; anyone else gets the not-found page. */
    public void load() throws IOException {
        if (report != null) {
            return;
        }
        if (!readAddress()) {
            return;
        }
        needNames = matching.needNames();
        readLevelAndMeasure();
        report = matching.report(demandPeriod, "ward".equals(level) ? Level.WARD : Level.BOROUGH, borough, null,
                caller.viewer());
        build();
        chosenLevel = level;
        chosenMeasure = measure;
    }

    /** Checks the address's level and measure; a bad one is said and replaced by its default. */
    private void readLevelAndMeasure() {
        level = level == null ? "borough" : level.strip().toLowerCase(Locale.ROOT);
        if (!level.equals("ward") && !level.equals("borough")) {
            level = "borough";
        }
        if (level.equals("ward") && borough == null) {
            Messages.error("Choose a borough to see its wards; showing boroughs.");
            level = "borough";
        }
        shadeBy = Measure.parse(measure);
        if (shadeBy == null) {
            shadeBy = Measure.UNMET;
        }
        measure = shadeBy.getParam();
    }

    private void build() {
        List<Cell> shown = getShownCells();
        Map<String, Map<String, Cell>> byArea = new LinkedHashMap<>();
        shown.stream().sorted(Comparator.comparing(Cell::wardNotGiven).thenComparing(Cell::areaName))
                .forEach(c -> byArea.computeIfAbsent(c.areaCode(), k -> new LinkedHashMap<>()).put(c.needCode(), c));
        MatchingDisclosure disclosure = report.disclosure();
        // A hidden cell's figure must not show through its shade, nor through the key's range.
        largest = shadeBy == Measure.UTILISATION ? BigDecimal.ONE : shown.stream().filter(c -> !disclosure.hides(c))
                .map(shadeBy::value).filter(v -> v != null).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        String periodCode = demandPeriod.code();
        List<HeatRow> built = new ArrayList<>();
        byArea.forEach((code, cells) -> {
            String name = cells.values().iterator().next().areaName();
            List<HeatCell> heat = new ArrayList<>();
            needNames.forEach((needCode, needName) -> heat.add(cell(code, needCode, name + ", " + needName, cells.get(needCode))));
            built.add(new HeatRow(code, name, heat, total(name + ", all needs", cells.values(),
                    disclosure.rowTotal(periodCode, code, referrals(cells.values())))));
        });
        rows = built;
        List<HeatCell> columns = new ArrayList<>();
        needNames.forEach((code, name) -> {
            List<Cell> column = shown.stream().filter(c -> c.needCode().equals(code)).toList();
            columns.add(total("All areas, " + name, column, disclosure.columnTotal(periodCode, code, referrals(column))));
        });
        needTotals = columns;
        grandTotal = total("All areas, all needs", shown, disclosure.grandTotal(periodCode, referrals(shown)));
        area = DemandChoices.blankToNull(area);
        need = DemandChoices.blankToNull(need);
        if (area != null && need != null) {
            Predicate<Cell> chosen = c -> c.areaCode().equals(area) && c.needCode().equals(need);
            selected = shown.stream().filter(chosen).findFirst().orElse(null);
            selectedQuarters = demandPeriod.isYear() ? report.cells().stream().filter(chosen).toList() : List.of();
        }
    }

    private HeatCell cell(String areaCode, String needCode, String label, Cell cell) {
        if (cell == null) {
            return new HeatCell(areaCode, needCode, "–", 0, label + ": no referrals and no capacity", false);
        }
        if (report.disclosure().hides(cell)) {
            return new HeatCell(areaCode, needCode, report.disclosure().referrals(cell).text(), 0,
                    label + ": " + hiddenWhy(report.disclosure().referrals(cell)), true);
        }
        BigDecimal value = shadeBy.value(cell);
        return new HeatCell(areaCode, needCode, text(value), shade(value), label, true);
    }

    /** A total, or how it reads when its referrals are hidden (then every measure of it is). */
    private HeatCell total(String label, Collection<Cell> cells, Count referrals) {
        if (referrals.isHidden()) {
            return new HeatCell(null, null, referrals.text(), 0, label + ": " + hiddenWhy(referrals), false);
        }
        Currency reported = report.totals().unfundedDemand().currency();
        return new HeatCell(null, null, text(shadeBy.value(MatchingCalculator.totals(cells, reported))), 0, label, false);
    }

    private static long referrals(Collection<Cell> cells) {
        return cells.stream().mapToLong(Cell::referrals).sum();
    }

    private static String hiddenWhy(Count count) {
        return count.hidden() == SmallNumbers.Hidden.UNDER_FIVE ? "fewer than 5 referrals, not shown"
                : "withheld so that a small number cannot be worked out";
    }

    /** Whether the report hides any small number from this viewer (so the page says why, and only then). */
    public boolean isSomeHidden() {
        return report.disclosure().hidesAny(getCoverage());
    }

    /** Whether the cell's referrals, and every figure made from them, are hidden from this viewer. */
    public boolean hides(Cell cell) {
        return report.disclosure().hides(cell);
    }

    /** The cell's referrals as the viewer may see them: the number, "<5" or "withheld". */
    public String referralsText(Cell cell) {
        return report.disclosure().referrals(cell).text();
    }

    /** People referred in an area as the viewer may see them. */
    public String peopleReferred(Coverage coverage) {
        return report.disclosure().peopleReferred(coverage).text();
    }

    public boolean hidesPeople(Coverage coverage) {
        return report.disclosure().peopleReferred(coverage).isHidden();
    }

    /** The figure as the table writes it: whole people, utilisation in %, money to the pound. */
    private String text(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return switch (shadeBy) {
            case UNMET -> fmt.people(value);
            case UTILISATION -> fmt.percent(value);
            case UNFUNDED -> "£" + wholeNumber(value);
            case REFERRALS -> wholeNumber(value);
        };
    }

    private String wholeNumber(BigDecimal value) {
        return fmt.count(value.setScale(0, RoundingMode.HALF_UP).longValue());
    }

    /** heat-0 for zero or no figure, else 1 to {@value #SHADES} by the figure's share of the table's largest. */
    static int shade(BigDecimal value, BigDecimal largest) {
        if (value == null || value.signum() <= 0 || largest == null || largest.signum() <= 0) {
            return 0;
        }
        int shade = value.multiply(BigDecimal.valueOf(SHADES)).divide(largest, 0, RoundingMode.CEILING).intValue();
        return Math.max(1, Math.min(SHADES, shade));
    }

    private int shade(BigDecimal value) {
        return shade(value, largest);
    }

    /** The shades' ranges for the key under the table. */
    public List<String> getLegend() {
        List<String> legend = new ArrayList<>();
        legend.add(shadeBy == Measure.UTILISATION ? "0% or no capacity" : "0 or none");
        for (int i = 1; i <= SHADES; i++) {
            BigDecimal low = largest.multiply(BigDecimal.valueOf(i - 1)).divide(BigDecimal.valueOf(SHADES), 4, RoundingMode.HALF_UP);
            BigDecimal high = largest.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(SHADES), 4, RoundingMode.HALF_UP);
            legend.add("over " + text(low) + " to " + text(high));
        }
        return legend;
    }

    /** Coverage of the areas in the table and of any other area with link-worker posts (not every borough of London). */
    public List<Coverage> getCoverage() {
        return report.coverage().stream()
                .filter(c -> c.fte().signum() > 0 || rows.stream().anyMatch(r -> r.areaCode().equals(c.areaCode()))).toList();
    }

    /** The cells the table shows: a year's totals, or the quarter's cells. */
    public List<Cell> getShownCells() {
        return demandPeriod.isYear() ? report.yearTotals() : report.cells();
    }

    /** The CSV of the same view, from the API (the session signs the request in). */
    public String getCsvUrl() {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/api/demand/matching.csv?").append(demandPeriod.isYear() ? "year=" : "quarter=")
                .append(demandPeriod.code()).append("&level=").append(level);
        if (borough != null) {
            url.append("&borough=").append(borough);
        }
        return url.toString();
    }

    /** Shows the chosen filters (a new address, so it can be bookmarked and shared). */
    public String show() {
        return chosenAddress("matching") + "&level=" + chosenLevel + "&measure=" + chosenMeasure;
    }

    public String needNames(Collection<String> codes) {
        return codes.stream().map(c -> needNames.getOrDefault(c, c)).collect(Collectors.joining(", "));
    }

    public String joined(Collection<String> texts) {
        return String.join(", ", texts);
    }

    public String areaNames(Collection<String> codes) {
        return codes.stream().map(areas::name).collect(Collectors.joining(", "));
    }

    public String getAreaHeading() {
        return "ward".equals(level) ? "Ward" : "Borough";
    }

    public boolean isYear() {
        return demandPeriod.isYear();
    }

    /** The table's columns: every need category, in the reference order. */
    public List<DemandChoices.Option> getNeeds() {
        return needNames.entrySet().stream().map(e -> new DemandChoices.Option(e.getKey(), e.getValue())).toList();
    }

    public Measure[] getMeasures() {
        return Measure.values();
    }

    public boolean isLoaded() {
        return report != null;
    }

    public Matching.Report getReport() {
        return report;
    }

    public Measure getShadeBy() {
        return shadeBy;
    }

    public List<HeatRow> getRows() {
        return rows;
    }

    public List<HeatCell> getNeedTotals() {
        return needTotals;
    }

    public HeatCell getGrandTotal() {
        return grandTotal;
    }

    public Cell getSelected() {
        return selected;
    }

    public List<Cell> getSelectedQuarters() {
        return selectedQuarters;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }

    public String getChosenLevel() {
        return chosenLevel;
    }

    public void setChosenLevel(String chosenLevel) {
        this.chosenLevel = chosenLevel;
    }

    public String getChosenMeasure() {
        return chosenMeasure;
    }

    public void setChosenMeasure(String chosenMeasure) {
        this.chosenMeasure = chosenMeasure;
    }
}
