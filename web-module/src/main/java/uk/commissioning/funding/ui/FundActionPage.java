package uk.commissioning.funding.ui;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import uk.commissioning.funding.control.Decisions;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.platform.ui.Format;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.RuleViolation;

/**
 * What every money action on one fund shares (a contribution, an allocation): the fund it acts on, found only for
 * someone who may move its money; the decisions it may cite; the amount, date and decision; and the two steps — the
 * form, then what the ledger will do, to confirm — with a refusal taking the user back to the form.
 */
public abstract class FundActionPage implements Serializable {

    @Inject
    transient Caller caller;

    @Inject
    transient Funds funds;

    @Inject
    transient Decisions decisions;

    @Inject
    transient Format fmt;

    protected Long fundId;
    protected Fund fund;
    protected List<Decision> citable;
    protected BigDecimal amount;
    protected Long decisionId;
    protected LocalDate valueDate;
    protected boolean confirming;

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
        loaded();
    }

    /** Defaults that depend on the fund, once it is known. */
    protected void loaded() {
    }

    /** The input is well-formed: show what will be posted, and ask. */
    public void check() {
        confirming = true;
    }

    public void change() {
        confirming = false;
    }

    /** Posts through the domain; a refusal is shown on the form, which opens again for a correction. */
    protected String post(String form, String refusal, Supplier<String> posting) {
        String outcome = Messages.attempt(form, refusal, posting);
        if (outcome == null) {
            confirming = false;
        }
        return outcome;
    }

    /** Where a posting lands: the fund page, opened at its new ledger entry. */
    protected String fundPageAt(Long entryId) {
        return "/funds/fund?faces-redirect=true&id=" + fundId + "&entry=" + entryId;
    }

    protected String typedAmount() {
        return Money.of(amount, fund.currency()).display();
    }

    /** ", under decision DD2419" or ", citing no decision", for the summary. */
    protected String citedDecision() {
        return citable.stream().filter(d -> d.id().equals(decisionId)).map(Decision::reference).findFirst()
                .map(ref -> ", under decision " + ref).orElse(", citing no decision");
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
