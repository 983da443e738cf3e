package uk.commissioning.demand.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import uk.commissioning.demand.control.AreaIndex;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.demand.control.Matching;
import uk.commissioning.demand.control.OutcomeCalculator.ItemSummary;
import uk.commissioning.demand.control.OutcomeCalculator.Ons4Item;
import uk.commissioning.demand.control.OutcomeCalculator.Row;
import uk.commissioning.demand.control.Outcomes;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.platform.web.Caller;

/**
 * Outcomes per service and need for a period, optionally in one borough ({@link Outcomes#report}, the same as
 * {@code GET /api/demand/outcomes}): referral outcomes, each ONS4 question on its own (never added into one score),
 * SWEMWBS and attendance. A VCSE finance lead sees only their organisation's services.
 */
@Named
@ViewScoped
public class OutcomesPage implements Serializable {

    @Inject
    transient Caller caller;

    @Inject
    transient Outcomes outcomes;

    @Inject
    transient Matching matching;

    private String period = DemandChoices.DEFAULT_PERIOD;
    private String borough;

    private String chosenPeriod;
    private String chosenBorough;

    private AreaIndex areas;
    private DemandPeriod demandPeriod;
    private Outcomes.Report report;

    public void load() throws IOException {
        if (report != null) {
            return;
        }
        if (!DemandChoices.mayRead(caller.viewer())) {
            Messages.notFound();
            return;
        }
        areas = matching.areas();
        demandPeriod = DemandChoices.periodOrDefault(period);
        period = demandPeriod.code();
        borough = DemandChoices.boroughOrAll(borough, areas);
        report = outcomes.report(demandPeriod, borough, caller.viewer());
        chosenPeriod = period;
        chosenBorough = borough;
    }

    public String show() {
        return "/demand/outcomes?faces-redirect=true&period=" + chosenPeriod
                + (chosenBorough == null || chosenBorough.isBlank() ? "" : "&borough=" + chosenBorough);
    }

    /** One ONS4 question of a row: SATISFIED, WORTHWHILE, HAPPY or ANXIOUS. */
    public ItemSummary ons4(Row row, String item) {
        return row.ons4().get(Ons4Item.valueOf(item));
    }

    /** "+1.25", "-0.50" or "0.00". */
    public String signed(BigDecimal change) {
        return change == null ? "" : (change.signum() > 0 ? "+" : "") + String.format(Locale.UK, "%.2f", change);
    }

    /** Whether a mean change is an improvement, in words (for anxiety a fall is better). */
    public String direction(ItemSummary item) {
        if (item.meanChange() == null || item.meanChange().signum() == 0) {
            return "no change";
        }
        return (item.meanChange().signum() < 0) == item.lowerIsBetter() ? "better" : "worse";
    }

    /** A service's rows, one per need, for a table that names the service once. */
    public record ServiceRows(String serviceName, String providerName, List<Row> rows) implements Serializable {
    }

    /** The report's rows grouped by service, in the report's order (services by name, none last). */
    public List<ServiceRows> getServices() {
        Map<List<Object>, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : report.rows()) {
            groups.computeIfAbsent(Arrays.asList(row.serviceId(), row.serviceName()), k -> new ArrayList<>()).add(row);
        }
        return groups.values().stream().map(rows -> new ServiceRows(rows.get(0).serviceName() == null ? "No service named"
                : rows.get(0).serviceName(), rows.get(0).providerName(), rows)).toList();
    }

    public String getBoroughName() {
        return borough == null ? null : areas.name(borough);
    }

    public List<DemandChoices.Option> getPeriods() {
        return DemandChoices.periods(demandPeriod);
    }

    public List<DemandChoices.Option> getBoroughs() {
        return DemandChoices.boroughs(areas);
    }

    public boolean isLoaded() {
        return report != null;
    }

    public Outcomes.Report getReport() {
        return report;
    }

    public DemandPeriod getDemandPeriod() {
        return demandPeriod;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getBorough() {
        return borough;
    }

    public void setBorough(String borough) {
        this.borough = borough;
    }

    public String getChosenPeriod() {
        return chosenPeriod;
    }

    public void setChosenPeriod(String chosenPeriod) {
        this.chosenPeriod = chosenPeriod;
    }

    public String getChosenBorough() {
        return chosenBorough;
    }

    public void setChosenBorough(String chosenBorough) {
        this.chosenBorough = chosenBorough;
    }
}
