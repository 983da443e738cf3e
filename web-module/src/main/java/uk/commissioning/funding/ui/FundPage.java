package uk.commissioning.funding.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.commissioning.funding.control.FundPosition;
import uk.commissioning.funding.control.FundPositions;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.entity.Contribution;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.LedgerPosting;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.Page;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.platform.ui.PagedModel;
import uk.commissioning.rules.NotFoundException;

/** One fund: its position with the per-partner split, its contributions and its ledger (paged on the server). */
@Named
@ViewScoped
public class FundPage implements Serializable {

    @Inject
    transient Caller caller;

    @Inject
    transient Funds funds;

    @Inject
    transient FundPositions positions;

    @Inject
    transient Ledger ledger;

    private Long id;
    /** Until someone picks a date: the fund's default (its year end, or today while the year runs), as on the home cards. */
    private LocalDate asOf;
    private Account account;
    private Quarter quarter;
    private Fund fund;
    private FundPosition position;
    private List<Contribution> contributions;
    /** The ledger drill-down, one page of postings at a time, filtered by account and quarter. */
    private final PagedModel<LedgerPosting> postings = new PagedModel<>((first, size) -> {
        var page = ledger.postings(id, account, quarter, first / size, size);
        return new Page<>(page.items(), page.total());
    }, LedgerPosting::id);

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
        } catch (NotFoundException e) {
            Messages.notFound();
            return;
        }
        if (asOf == null) {
            asOf = fund.defaultPositionDate(LocalDate.now());
        }
        refresh();
    }

    public void refresh() {
        position = positions.asOf(id, asOf, caller.viewer());
        contributions = funds.contributions(id, caller.viewer());
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

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf == null ? LocalDate.now() : asOf;
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

    public List<Contribution> getContributions() {
        return contributions;
    }

    public PagedModel<LedgerPosting> getPostings() {
        return postings;
    }
}
