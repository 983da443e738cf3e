package uk.commissioning.ledger.ui;

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
import uk.commissioning.rules.InputRules;
import uk.commissioning.rules.RuleViolation;

/** Closing a quarter, after a confirmation that says how many postings it will lock. */
@Named
@ViewScoped
public class PeriodsPage implements Serializable {

    @Inject
    transient Periods periods;

    @Inject
    transient Caller caller;

    private String quarter;
    private String note;
    private Quarter checked;
    private long postingsToLock;

    public List<PeriodClose> getClosed() {
        return periods.closed();
    }

    /** First step: check the quarter and say what closing it will lock. */
    public void check() {
        checked = Messages.attempt("close", "The quarter cannot be closed", () -> {
            Quarter q = InputRules.parse(quarter, Quarter::parse, "quarter");
            postingsToLock = periods.postingsIn(q);
            return q;
        });
    }

    public void close() {
        Messages.attempt("close", "The quarter was not closed", () -> {
            periods.close(checked, note, caller.viewer());
            Messages.info(checked.label() + " is closed. Nothing more can be posted into it.");
        });
        checked = null;
    }

    public void cancel() {
        checked = null;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Quarter getChecked() {
        return checked;
    }

    public long getPostingsToLock() {
        return postingsToLock;
    }
}
