package uk.commissioning.funding.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.commissioning.funding.control.FundPosition;
import uk.commissioning.funding.control.FundPositions;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.entity.Contribution;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.LedgerPosting;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.web.Caller;
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
    private LocalDate asOf = LocalDate.now();
    private Account account;
    private String quarter;
    private Fund fund;
    private FundPosition position;
    private List<Contribution> contributions;
    private final PostingsModel postings = new PostingsModel();

    /** Another organisation's fund is "not found", the same as a fund that does not exist. */
    public void load() throws java.io.IOException {
        if (fund != null) {
            return;
        }
        try {
            fund = funds.get(id, caller.viewer());
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
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

    /** The ledger drill-down, one page of postings at a time, filtered by account and quarter. */
    public class PostingsModel extends LazyDataModel<LedgerPosting> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) ledger.postings(id, account, parsedQuarter(), 0, 1).total();
        }

        @Override
        public List<LedgerPosting> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var page = ledger.postings(id, account, parsedQuarter(), first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(LedgerPosting posting) {
            return String.valueOf(posting.id());
        }

        private Quarter parsedQuarter() {
            return quarter == null || quarter.isBlank() ? null : Quarter.parse(quarter);
        }
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

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
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

    public PostingsModel getPostings() {
        return postings;
    }
}
