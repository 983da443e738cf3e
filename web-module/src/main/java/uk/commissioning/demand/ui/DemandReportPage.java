package uk.commissioning.demand.ui;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import uk.commissioning.areas.control.AreaIndex;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.demand.matching.control.Matching;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.InputRules;
import uk.commissioning.rules.RuleViolation;

/**
 * What the demand reports (matching, outcomes) share: a period and an optional borough in the address, the filter
 * form that chooses them, and who may read them (every person's role; aggregate figures only).
 */
public abstract class DemandReportPage implements Serializable {

    @Inject
    protected transient Caller caller;

    @Inject
    protected transient Matching matching;

    // The address.
    protected String period = DemandChoices.DEFAULT_PERIOD;
    protected String borough;

    // The filter form.
    protected String chosenPeriod;
    protected String chosenBorough;

    protected AreaIndex areas;
    protected DemandPeriod demandPeriod;

    /**
     * The not-found page for anyone who may not read the reports; else checks the address's period and borough, saying
     * so when one is wrong and using its default (the default year, every borough) instead.
     *
     * @return whether the page may be shown
     */
    protected boolean readAddress() throws IOException {
        if (!DemandChoices.mayRead(caller.viewer())) {
            Messages.notFound();
            return false;
        }
        areas = matching.areas();
        try {
            // No period in the address is the default one, which DemandChoices.period gives for blank text.
            demandPeriod = InputRules.parse(period == null ? "" : period, DemandChoices::period, "period");
        } catch (RuleViolation e) {
            Messages.error("Period: '" + period.strip() + "' is not a quarter or a year; write it like 2019-20 Q2 or "
                    + DemandChoices.DEFAULT_PERIOD + ". Showing " + DemandChoices.DEFAULT_PERIOD + " (whole year).");
            demandPeriod = DemandChoices.period(null);
        }
        period = demandPeriod.code();
        borough = DemandChoices.blankToNull(borough);
        if (borough != null) {
            // A borough's name in the address is as good as its code (a bookmark typed by hand, say).
            try {
                borough = areas.boroughCode(borough);
            } catch (IllegalArgumentException e) {
                Messages.error("Borough: " + e.getMessage() + ". Showing every borough.");
                borough = null;
            }
        }
        chosenPeriod = period;
        chosenBorough = borough;
        return true;
    }

    /** The page's address for the filters chosen (a new address, so it can be bookmarked and shared). */
    protected String chosenAddress(String page) {
        return "/demand/" + page + "?faces-redirect=true&period=" + chosenPeriod
                + (chosenBorough == null || chosenBorough.isBlank() ? "" : "&borough=" + chosenBorough);
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
