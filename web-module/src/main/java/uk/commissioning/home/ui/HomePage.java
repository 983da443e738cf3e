package uk.commissioning.home.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.commissioning.contracts.control.ContractQueries;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.funding.control.FundPosition;
import uk.commissioning.funding.control.FundPositions;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.worklist.control.WorkItem;
import uk.commissioning.worklist.control.Worklist;
import uk.commissioning.worklist.control.Worklists;

/**
 * Each role's home: commissioners see what waits for them and what they wait for, and their funds; board members
 * their board's funds (read-only); finance leads their contracts.
 */
@Named
@RequestScoped
public class HomePage {

    @Inject
    Caller caller;

    @Inject
    Funds funds;

    @Inject
    FundPositions positions;

    @Inject
    ContractQueries contracts;

    @Inject
    Worklists worklists;

    private List<FundSummary> summaries;
    private List<Contract> myContracts;
    private Worklist worklist;


    static List<FundSummary> summaries(Funds funds, FundPositions positions, Viewer viewer, LocalDate today) {
        List<Fund> visible = funds.all(viewer);
        List<FundPosition> atDate = visible.stream()
                .map(f -> positions.asOf(f.id(), f.defaultPositionDate(today), viewer)).toList();
        BigDecimal largest = atDate.stream().map(p -> p.total().budget().amount()).reduce(BigDecimal.ZERO, BigDecimal::max);
        List<FundSummary> summaries = new ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            summaries.add(new FundSummary(visible.get(i), atDate.get(i), largest));
        }
        return summaries;
    }

    /** Loaded on first use, once per request: the funds page shows these without the worklist. */
    public List<FundSummary> getFunds() {
        if (summaries == null) {
            summaries = summaries(funds, positions, caller.viewer(), LocalDate.now());
        }
        return summaries;
    }

    /** A finance lead's own organisation's contracts (as provider), for their home page. */
    public List<Contract> getMyContracts() {
        if (myContracts == null) {
            Viewer viewer = caller.viewer();
            myContracts = contracts.visible(viewer, null, viewer.organisationId());
        }
        return myContracts;
    }

    /** What waits for the viewer and what they wait for, computed once per request. */
    public Worklist getWorklist() {
        if (worklist == null) {
            worklist = worklists.of(caller.viewer(), LocalDate.now());
        }
        return worklist;
    }

    /** Where an item is acted on: the transfers page (approve, reject), the contract, the demand imports page. */
    public String outcome(WorkItem item) {
        return switch (item.subject()) {
            case TRANSFER -> "/transfers/index";
            case CONTRACT -> "/contracts/contract";
            case DEMAND_IMPORT -> "/demand/imports";
            case CLAIM_TO_DECIDE -> "/claims/inbox";
            case CLAIM_QUERIED -> "/claims/claim";
        };
    }

    public String linkText(WorkItem item) {
        return switch (item.subject()) {
            case TRANSFER -> "open the transfer";
            case CONTRACT -> "open the contract";
            case DEMAND_IMPORT -> "see your imports";
            case CLAIM_TO_DECIDE -> "decide it";
            case CLAIM_QUERIED -> "answer it";
        };
    }

    /** The item's id as a page parameter, where its page opens at one thing (a contract, a transfer); none for imports. */
    public Long idParam(WorkItem item) {
        return item.subject() == WorkItem.Subject.DEMAND_IMPORT ? null : item.subjectId();
    }
}
