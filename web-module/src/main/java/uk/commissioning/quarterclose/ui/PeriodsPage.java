package uk.commissioning.quarterclose.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.ledger.control.Periods;
import uk.commissioning.ledger.entity.PeriodClose;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.quarterclose.control.QuarterChecklist;
import uk.commissioning.quarterclose.control.QuarterChecklists;
import uk.commissioning.quarterclose.control.QuarterStatus;

/**
 * Closing a quarter picked from the organisation's list: first what is still open in it (the checklist), then a
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
    private transient List<QuarterStatus> quarters;

    public List<QuarterStatus> getQuarters() {
        if (quarters == null) {
            quarters = checklists.quarters(caller.viewer());
        }
        return quarters;
    }

    public List<PeriodClose> getClosed() {
        return periods.closed();
    }

    /** First step: the quarter picked from the list, and what is still open in it. */
    public void pick(String code) {
        checklist = checklists.checklist(Quarter.parse(code), caller.viewer());
    }

    public void close() {
        if (checklist == null) {
            return;
        }
        Quarter quarter = checklist.quarter();
        boolean closed = Messages.attempt("close", "The quarter was not closed", () -> {
            periods.close(quarter, note, caller.viewer());
            Messages.info(quarter.label() + " is closed. Nothing more can be posted into it.");
        });
        checklist = closed ? null : checklists.checklist(quarter, caller.viewer());
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
