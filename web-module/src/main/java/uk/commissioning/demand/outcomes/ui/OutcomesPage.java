package uk.commissioning.demand.outcomes.ui;

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
import java.util.Locale;
import java.util.Map;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Ons4Item;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Shown;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.ShownItem;
import uk.commissioning.demand.outcomes.control.Outcomes;
import uk.commissioning.demand.ui.DemandReportPage;

/**
 * Outcomes per service and need for a period, optionally in one borough ({@link Outcomes#report}, the same as
 * {@code GET /api/demand/outcomes}): referral outcomes, each ONS4 question on its own (never added into one score),
 * SWEMWBS and attendance. A VCSE finance lead sees only their organisation's services.
 */
@Named
@ViewScoped
public class OutcomesPage extends DemandReportPage {

    @Inject
    transient Outcomes outcomes;

    private Outcomes.Report report;

    public void load() throws IOException {
        if (report != null) {
            return;
        }
        if (readAddress()) {
            report = outcomes.report(demandPeriod, borough, caller.viewer());
        }
    }

    public String show() {
        return chosenAddress("outcomes");
    }

    /** One ONS4 question of a row: SATISFIED, WORTHWHILE, HAPPY or ANXIOUS. */
    public ShownItem ons4(Shown row, String item) {
        return row.ons4().get(Ons4Item.valueOf(item));
    }

    /** "+1.25", "-0.50" or "0.00". */
    public String signed(BigDecimal change) {
        return change == null ? "" : (change.signum() > 0 ? "+" : "") + String.format(Locale.UK, "%.2f", change);
    }

    /** The fewest pairs a direction is called over ({@link OutcomeCalculator#MIN_PAIRS_FOR_DIRECTION}). */
    public int getMinPairs() {
        return OutcomeCalculator.MIN_PAIRS_FOR_DIRECTION;
    }

    /** Whether any row hides a small number (so the page says why, and only then). */
    public boolean isSomeHidden() {
        return report.rows().stream().anyMatch(OutcomeCalculator.Shown::hidesAny);
    }

    /** A service's rows, one per need, for a table that names the service once. */
    public record ServiceRows(String serviceName, String providerName, List<Shown> rows) implements Serializable {
    }

    /** The report's rows grouped by service, in the report's order (services by name, none last). */
    public List<ServiceRows> getServices() {
        Map<List<Object>, List<Shown>> groups = new LinkedHashMap<>();
        for (Shown row : report.rows()) {
            groups.computeIfAbsent(Arrays.asList(row.serviceId(), row.serviceName()), k -> new ArrayList<>()).add(row);
        }
        return groups.values().stream().map(rows -> new ServiceRows(rows.get(0).serviceName() == null ? "No service named"
                : rows.get(0).serviceName(), rows.get(0).providerName(), rows)).toList();
    }

    public boolean isLoaded() {
        return report != null;
    }

    public Outcomes.Report getReport() {
        return report;
    }
}
