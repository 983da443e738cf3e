package uk.commissioning.ledger.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.ledger.control.Periods;
import uk.commissioning.ledger.entity.PeriodClose;
import uk.commissioning.period.Quarter;
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
        try {
            checked = Quarter.parse(quarter);
            postingsToLock = periods.postingsIn(checked);
        } catch (IllegalArgumentException e) {
            checked = null;
            FacesContext.getCurrentInstance().addMessage("close:quarter",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public void close() {
        try {
            periods.close(checked, note, caller.requireMoneyManager().username());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    checked.label() + " is closed. Nothing more can be posted into it.", null));
        } catch (RuleViolation e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
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
