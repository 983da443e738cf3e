package uk.commissioning.funding.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.commissioning.funding.control.Allocations;
import uk.commissioning.funding.entity.Allocation;
import uk.commissioning.funding.entity.AllocationTarget;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.InputRules;

/**
 * Earmarking part of a fund for a purpose, in two steps: the form, then what the ledger will do, to confirm. The rules
 * (who may, which decision, the remaining budget, the dates) are {@link Allocations#allocate}'s.
 */
@Named
@ViewScoped
public class AllocationPage extends FundActionPage {

    @Inject
    transient Allocations allocations;

    private String purpose;
    private AllocationTarget targetType = AllocationTarget.PROCUREMENT;
    private String targetRef;

    public String allocate() {
        return post("allocation", "Nothing was allocated", () -> {
            Allocation a = allocations.allocate(fundId, InputRules.amount(amount, fund.currency(), "amount"), purpose,
                    targetType, targetRef, decisionId, valueDate, caller.viewer());
            Messages.flash("Allocated " + a.amount().display() + " from " + fund.name() + " for " + a.purpose()
                    + ", dated " + fmt.date(a.valueDate()) + ". It is ledger entry " + a.journalEntryId() + ", shown below.");
            return fundPageAt(a.journalEntryId());
        });
    }

    /** What the ledger will do, in words, before anything is posted. */
    public String getSummary() {
        String target = fmt.words(targetType).toLowerCase() + (targetRef == null || targetRef.isBlank() ? "" : " " + targetRef);
        return "This posts " + typedAmount() + " from the available budget of " + fund.name() + " to its allocated budget, for \""
                + purpose + "\" (" + target + "), dated " + fmt.date(valueDate) + citedDecision()
                + ". The fund's remaining budget goes down by " + typedAmount() + "; its budget stays the same.";
    }

    public AllocationTarget[] getTargets() {
        return AllocationTarget.values();
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public AllocationTarget getTargetType() {
        return targetType;
    }

    public void setTargetType(AllocationTarget targetType) {
        this.targetType = targetType;
    }

    public String getTargetRef() {
        return targetRef;
    }

    public void setTargetRef(String targetRef) {
        this.targetRef = targetRef;
    }
}
