package uk.commissioning.funding.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.commissioning.funding.control.Decisions;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.entity.Contribution;
import uk.commissioning.funding.entity.ContributionKind;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.FundPartner;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.platform.ui.Format;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.InputRules;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.RuleViolation;

/**
 * Recording a partner's contribution to a fund, in two steps: the form, then what the ledger will do, to confirm.
 * The rules (who may, which partner, which decision, which dates) are {@link Funds#contribute}'s.
 */
@Named
@ViewScoped
public class ContributionPage implements Serializable {

    @Inject
    transient Caller caller;

    @Inject
    transient Funds funds;

    @Inject
    transient Decisions decisions;

    @Inject
    transient Format fmt;

    private Long fundId;
    private Fund fund;
    private List<Decision> citable;
    private Long partnerId;
    private BigDecimal amount;
    private ContributionKind kind = ContributionKind.NEW;
    private LocalDate valueDate;
    private String note;
    private Long decisionId;
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
        List<Organisation> partners = getPartners();
        if (partners.size() == 1) {
            partnerId = partners.get(0).id();
        }
    }

    /** Who may put money in: the owner and, for a pooled fund, its partners. */
    public List<Organisation> getPartners() {
        List<Organisation> partners = new ArrayList<>();
        partners.add(fund.owner());
        for (FundPartner partner : fund.partners()) {
            if (!partner.organisation().id().equals(fund.owner().id())) {
                partners.add(partner.organisation());
            }
        }
        return partners;
    }

    /** The input is well-formed: show what will be posted, and ask. */
    public void check() {
        confirming = true;
    }

    public void change() {
        confirming = false;
    }

    public String record() {
        String outcome = Messages.attempt("contribution", "The contribution was not recorded", () -> {
            Money money = InputRules.amount(amount, fund.currency(), "amount");
            Contribution c = funds.contribute(fundId, partnerId, money, kind, valueDate, note, decisionId, caller.viewer());
            Messages.flash("Contribution recorded: " + c.amount().display() + " from " + c.partner().name() + " into "
                    + fund.name() + ", dated " + fmt.date(c.valueDate()) + ". It is ledger entry " + c.journalEntryId()
                    + ", shown below.");
            return "/funds/fund?faces-redirect=true&id=" + fundId + "&entry=" + c.journalEntryId();
        });
        if (outcome == null) {
            confirming = false;
        }
        return outcome;
    }

    /** What the ledger will do, in words, before anything is posted. */
    public String getSummary() {
        String partner = getPartners().stream().filter(o -> o.id().equals(partnerId)).map(Organisation::name)
                .findFirst().orElse("the partner");
        String decision = citable.stream().filter(d -> d.id().equals(decisionId)).map(Decision::reference).findFirst()
                .map(ref -> ", under decision " + ref).orElse(", citing no decision");
        return "This posts " + Money.of(amount, fund.currency()).display() + " from " + partner
                + "'s funding account into the available budget of " + fund.name() + " (" + fmt.words(kind).toLowerCase()
                + " money), dated " + fmt.date(valueDate) + decision + ". The fund's budget and remaining budget each go up by "
                + Money.of(amount, fund.currency()).display() + ".";
    }

    public ContributionKind[] getKinds() {
        return ContributionKind.values();
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

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public ContributionKind getKind() {
        return kind;
    }

    public void setKind(ContributionKind kind) {
        this.kind = kind;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public void setValueDate(LocalDate valueDate) {
        this.valueDate = valueDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public void setDecisionId(Long decisionId) {
        this.decisionId = decisionId;
    }

    public boolean isConfirming() {
        return confirming;
    }
}
