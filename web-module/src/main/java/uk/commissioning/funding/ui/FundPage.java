package uk.commissioning.funding.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.commissioning.funding.control.Allocations;
import uk.commissioning.funding.control.FundLedger;
import uk.commissioning.funding.control.FundPosition;
import uk.commissioning.funding.control.FundPositions;
import uk.commissioning.funding.control.FundVisibility;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.entity.Allocation;
import uk.commissioning.funding.entity.Contribution;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.ledger.control.DocumentFacts;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.JournalEntry;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.ui.Format;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.platform.ui.PagedModel;
import uk.commissioning.rules.NotFoundException;

/**
 * One fund: its position at a glance (a chart of budget → allocated → committed → paid, and its story), the
 * per-partner split, its contributions and allocations, its ledger (paged on the server, each line leading to its
 * document and decision) and, when an entry is chosen, that entry with its reversal.
 */
@Named
@ViewScoped
public class FundPage implements Serializable {

    @Inject
    transient Caller caller;

    @Inject
    transient Funds funds;

    @Inject
    transient Allocations allocations;

    @Inject
    transient FundPositions positions;

    @Inject
    transient FundLedger fundLedger;

    @Inject
    transient Format fmt;

    private Long id;
    private Long entryId;
    /** Until someone picks a date: the fund's default (its year end, or today while the year runs), as on the home cards. */
    private LocalDate asOf;
    private Account account;
    private Quarter quarter;
    private Fund fund;
    private FundPosition position;
    private FundLedger.Glance glance;
    private FundLedger.Entry entry;
    private List<Contribution> contributions;
    private List<Allocation> allocationList;
    private boolean mayMoveMoney;
    private LocalDate reversalDate;
    private String reversalReason;
    /** The ledger drill-down, one page of postings at a time, filtered by account and quarter. */
    private final PagedModel<FundLedger.Line> postings = new PagedModel<>(
            (first, size) -> fundLedger.lines(id, account, quarter, first, size, caller.viewer()), l -> l.posting().id());

    /** Another organisation's fund is "not found", the same as a fund that does not exist or an address without an id. */
    public void load() throws java.io.IOException {
        if (fund != null) {
            return;
        }
        try {
            if (id == null) {
                throw new NotFoundException("fund", null);
            }
            // Read access: a board member reads their board's funds here; every action on them asks Funds.get.
            fund = funds.readable(id, caller.viewer());
            if (entryId != null) {
                entry = fundLedger.entry(id, entryId, caller.viewer());
                reversalDate = entry.entry().valueDate();
            }
        } catch (NotFoundException e) {
            Messages.notFound();
            return;
        }
        mayMoveMoney = FundVisibility.mayMoveMoney(caller.viewer(), fund);
        if (asOf == null) {
            asOf = fund.defaultPositionDate(today());
        }
        refresh();
    }

    public void refresh() {
        position = positions.asOf(id, asOf, caller.viewer());
        glance = fundLedger.glance(id, asOf, caller.viewer());
        contributions = funds.contributions(id, caller.viewer());
        allocationList = allocations.ofFund(id, caller.viewer());
    }

    /** Reverses the chosen entry and shows the reversal, both linked to each other. */
    public String reverse() {
        return Messages.attempt("reverse", "Entry " + entryId + " was not reversed", () -> {
            JournalEntry reversal = fundLedger.reverse(id, entryId, reversalDate, reversalReason, caller.viewer());
            Messages.flash("Entry " + entryId + " reversed by entry " + reversal.id() + " dated "
                    + fmt.date(reversal.valueDate()) + ". Both stay in the ledger, each linked to the other.");
            return "/funds/fund?faces-redirect=true&id=" + id + "&entry=" + reversal.id();
        });
    }

    /** The one place the page asks the date: where the position opens depends on it. */
    private static LocalDate today() {
        return LocalDate.now();
    }

    /** Where a ledger line's document is shown, if anywhere: a transfer, a contract, or this page's own tables. */
    public String documentHref(DocumentFacts document) {
        if (document == null || document.document().id() == null) {
            return null;
        }
        String context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return switch (document.document().type()) {
            case TRANSFER -> context + "/transfers/index.xhtml?id=" + document.document().id();
            case CONTRACT -> context + "/contracts/contract.xhtml?id=" + document.document().id();
            case CONTRIBUTION -> "#contributions-heading";
            case ALLOCATION -> "#allocations-heading";
            // No claim screen yet (the claim form and approvals inbox are the next slice); the line names the claim.
            case CLAIM -> null;
        };
    }

    public Account[] getAccounts() {
        return Account.values();
    }

    public String getQuarterLabel() {
        return Quarter.containing(asOf).label();
    }

    /** The statement offered for download is that of the quarter the chosen date falls in. */
    public String getStatementQuarter() {
        return Quarter.containing(asOf).code();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getEntryId() {
        return entryId;
    }

    public void setEntryId(Long entryId) {
        this.entryId = entryId;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /** An emptied date goes back to where the position opens: the year end, or today during the year. */
    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf != null || fund == null ? asOf : fund.defaultPositionDate(today());
    }

    public Account getAccount() {
        return account;
    }

    public void setAccount(Account account) {
        this.account = account;
    }

    public Quarter getQuarter() {
        return quarter;
    }

    public void setQuarter(Quarter quarter) {
        this.quarter = quarter;
    }

    public Fund getFund() {
        return fund;
    }

    public FundPosition getPosition() {
        return position;
    }

    public FundLedger.Glance getGlance() {
        return glance;
    }

    public FundLedger.Entry getEntry() {
        return entry;
    }

    public boolean isMayMoveMoney() {
        return mayMoveMoney;
    }

    public List<Contribution> getContributions() {
        return contributions;
    }

    public List<Allocation> getAllocations() {
        return allocationList;
    }

    public PagedModel<FundLedger.Line> getPostings() {
        return postings;
    }

    public LocalDate getReversalDate() {
        return reversalDate;
    }

    public void setReversalDate(LocalDate reversalDate) {
        this.reversalDate = reversalDate;
    }

    public String getReversalReason() {
        return reversalReason;
    }

    public void setReversalReason(String reversalReason) {
        this.reversalReason = reversalReason;
    }
}
