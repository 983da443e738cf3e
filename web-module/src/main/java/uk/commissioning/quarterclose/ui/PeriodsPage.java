package uk.commissioning.quarterclose.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.ledger.control.Periods;
import uk.commissioning.ledger.entity.PeriodClose;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.quarterclose.control.QuarterChecklist;
import uk.commissioning.quarterclose.control.QuarterChecklists;
import uk.commissioning.quarterclose.control.QuarterStatus;

/**
 * Closing a quarter, for the signed-in person's organisation (an administrator picks the organisation), picked from
 * its list: first what is still open in it (the checklist), then a
 * confirmation that names the quarter and what closing it locks. Whether it may close is the ledger's rule.
 */
@Named
@ViewScoped
public class PeriodsPage implements Serializable {

    @Inject
    transient Periods periods;

    @Inject
    transient QuarterChecklists checklists;

    @Inject
    transient Caller caller;

    private String note;
    private QuarterChecklist checklist;
    private Long organisationId;
    private transient List<QuarterStatus> quarters;
    private transient Map<Long, String> bookKeepers;

    /** Whose quarters the page closes: the signed-in person's organisation; an administrator picks one. */
    public Long getOrganisationId() {
        if (organisationId == null) {
            Long own = caller.viewer().organisationId();
            organisationId = !isPicksOrganisation() || getBookKeepers().containsKey(own) || getBookKeepers().isEmpty()
                    ? own : getBookKeepers().keySet().iterator().next();
        }
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        if (isPicksOrganisation() && organisationId != null) {
            this.organisationId = organisationId;
        }
    }

    /** Administrators close any organisation's quarters, so they choose whose; commissioners close their own. */
    public boolean isPicksOrganisation() {
        return caller.viewer().seesEverything();
    }

    /** The organisations that keep some fund's books, by name (id → name). */
    public Map<Long, String> getBookKeepers() {
        if (bookKeepers == null) {
            bookKeepers = periods.bookKeepers();
        }
        return bookKeepers;
    }

    public List<Map.Entry<Long, String>> getBookKeeperList() {
        return List.copyOf(getBookKeepers().entrySet());
    }

    public String getOrganisationName() {
        Long org = getOrganisationId();
        if (org == null) {
            return null;
        }
        String name = getBookKeepers().get(org);
        return name != null ? name : periods.organisationName(org);
    }

    /** The administrator picked another organisation: start again with its quarters. */
    public void switchOrganisation() {
        checklist = null;
        quarters = null;
    }

    public List<QuarterStatus> getQuarters() {
        if (quarters == null) {
            quarters = getOrganisationId() == null ? List.of() : checklists.quarters(getOrganisationId(), caller.viewer());
        }
        return quarters;
    }

    public List<PeriodClose> getClosed() {
        return getOrganisationId() == null ? List.of() : periods.closed(getOrganisationId());
    }

    /** First step: the quarter picked from the list, and what is still open in it. */
    public void pick(String code) {
        checklist = checklists.checklist(Quarter.parse(code), getOrganisationId(), caller.viewer());
    }

    public void close() {
        if (checklist == null) {
            return;
        }
        Quarter quarter = checklist.quarter();
        boolean closed = Messages.attempt("close", "The quarter was not closed", () -> {
            periods.close(quarter, note, getOrganisationId(), caller.viewer());
            Messages.info(quarter.label() + " is closed for " + getOrganisationName()
                    + ": its funds take nothing more dated in it.");
        });
        checklist = closed ? null : checklists.checklist(quarter, getOrganisationId(), caller.viewer());
        quarters = null;
        note = null;
    }

    public void cancel() {
        checklist = null;
    }

    public String getHeading() {
        if (checklist == null) {
            return null;
        }
        String label = checklist.quarter().label();
        return checklist.closed() ? label + " is closed" : "Before you close " + label;
    }

    public String outOfOrder() {
        return checklist == null || checklist.mustCloseFirst() == null ? null
                : Periods.outOfOrder(checklist.quarter(), checklist.mustCloseFirst());
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public QuarterChecklist getChecklist() {
        return checklist;
    }
}
