package uk.commissioning.funding.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.commissioning.funding.control.Allocations;
import uk.commissioning.funding.control.Decisions;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.entity.Allocation;
import uk.commissioning.funding.entity.AllocationTarget;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.platform.ui.Format;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.InputRules;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.RuleViolation;

/**
 * Earmarking part of a fund for a purpose, in two steps: the form, then what the ledger will do, to confirm. The rules
 * (who may, which decision, the remaining budget, the dates) are {@link Allocations#allocate}'s.
 */
@Named
@ViewScoped
public class AllocationPage implements Serializable {

    @Inject
    transient Caller caller;

    @Inject
    transient Funds funds;

    @Inject
    transient Allocations allocations;

    @Inject
    transient Decisions decisions;

    @Inject
    transient Format fmt;

    private Long fundId;
    private Fund fund;
    private List<Decision> citable;
    private BigDecimal amount;
    private String purpose;
    private AllocationTarget targetType = AllocationTarget.PROCUREMENT;
    private String targetRef;
    private Long decisionId;
    private LocalDate valueDate;
    private boolean confirming;

    /** Someone who cannot see the fund hears "not found"; someone who sees it but may not move its money, "not allowed". */
    public void load() throws IOException {
        if (fund != null) {
            return;
        }
        try {
            fund = funds.managed(fundId, null, caller.viewer());
        } catch (NotFoundException e) {
            Messages.notFound();
            return;
        } catch (RuleViolation e) {
            Messages.notAllowed();
            return;
        }
        citable = decisions.citableFor(List.of(fund), caller.viewer());
    }

    public void check() {
        confirming = true;
    }

    public void change() {
        confirming = false;
    }

    public String allocate() {
        String outcome = Messages.attempt("allocation", "Nothing was allocated", () -> {
            Money money = InputRules.amount(amount, fund.currency(), "amount");
            Allocation a = allocations.allocate(fundId, money, purpose, targetType, targetRef, decisionId, valueDate,
                    caller.viewer());
            Messages.flash("Allocated " + a.amount().display() + " from " + fund.name() + " for " + a.purpose()
                    + ", dated " + fmt.date(a.valueDate()) + ". It is ledger entry " + a.journalEntryId() + ", shown below.");
            return "/funds/fund?faces-redirect=true&id=" + fundId + "&entry=" + a.journalEntryId();
        });
        if (outcome == null) {
            confirming = false;
        }
        return outcome;
    }

    /** What the ledger will do, in words, before anything is posted. */
    public String getSummary() {
        String money = Money.of(amount, fund.currency()).display();
        String decision = citable.stream().filter(d -> d.id().equals(decisionId)).map(Decision::reference).findFirst()
                .map(ref -> ", under decision " + ref).orElse(", citing no decision");
        String target = fmt.words(targetType).toLowerCase() + (targetRef == null || targetRef.isBlank() ? "" : " " + targetRef);
        return "This posts " + money + " from the available budget of " + fund.name() + " to its allocated budget, for \""
                + purpose + "\" (" + target + "), dated " + fmt.date(valueDate) + decision + ". The fund's remaining budget goes down by "
                + money + "; its budget stays the same.";
    }

    public AllocationTarget[] getTargets() {
        return AllocationTarget.values();
    }

    public List<Decision> getDecisions() {
        return citable;
    }

    public Fund getFund() {
        return fund;
    }

    public Long getFundId() {
        return fundId;
    }

    public void setFundId(Long fundId) {
        this.fundId = fundId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
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

    public Long getDecisionId() {
        return decisionId;
    }

    public void setDecisionId(Long decisionId) {
        this.decisionId = decisionId;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public void setValueDate(LocalDate valueDate) {
        this.valueDate = valueDate;
    }

    public boolean isConfirming() {
        return confirming;
    }
}
