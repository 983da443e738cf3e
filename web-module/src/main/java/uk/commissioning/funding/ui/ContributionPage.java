package uk.commissioning.funding.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import uk.commissioning.funding.entity.Contribution;
import uk.commissioning.funding.entity.ContributionKind;
import uk.commissioning.funding.entity.FundPartner;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.InputRules;

/**
 * Recording a partner's contribution to a fund, in two steps: the form, then what the ledger will do, to confirm.
 * The rules (who may, which partner, which decision, which dates) are {@link uk.commissioning.funding.control.Funds#contribute}'s.
 */
@Named
@ViewScoped
public class ContributionPage extends FundActionPage {

    private Long partnerId;
    private ContributionKind kind = ContributionKind.NEW;
    private String note;

    @Override
    protected void loaded() {
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

    public String record() {
        return post("contribution", "The contribution was not recorded", () -> {
            Contribution c = funds.contribute(fundId, partnerId, InputRules.amount(amount, fund.currency(), "amount"), kind,
                    valueDate, note, decisionId, caller.viewer());
            Messages.flash("Contribution recorded: " + c.amount().display() + " from " + c.partner().name() + " into "
                    + fund.name() + ", dated " + fmt.date(c.valueDate()) + ". It is ledger entry " + c.journalEntryId()
                    + ", shown below.");
            return fundPageAt(c.journalEntryId());
        });
    }

    /** What the ledger will do, in words, before anything is posted. */
    public String getSummary() {
        String partner = getPartners().stream().filter(o -> o.id().equals(partnerId)).map(Organisation::name)
                .findFirst().orElse("the partner");
        return "This posts " + typedAmount() + " from " + partner + "'s funding account into the available budget of "
                + fund.name() + " (" + fmt.words(kind).toLowerCase() + " money), dated " + fmt.date(valueDate)
                + citedDecision() + ". The fund's budget and remaining budget each go up by " + typedAmount() + ".";
    }

    public ContributionKind[] getKinds() {
        return ContributionKind.values();
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public ContributionKind getKind() {
        return kind;
    }

    public void setKind(ContributionKind kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
