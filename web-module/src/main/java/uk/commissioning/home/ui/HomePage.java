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
import uk.commissioning.funding.control.Transfers;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.Transfer;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;

/** Each role's home: commissioners see their funds and the approvals waiting for them; others see their own work. */
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
    Transfers transfers;

    @Inject
    ContractQueries contracts;

    private List<FundSummary> summaries;
    private List<Contract> myContracts;
    private List<Transfer> awaitingApproval;


    static List<FundSummary> summaries(Funds funds, FundPositions positions, Viewer viewer, LocalDate asOf) {
        List<Fund> visible = funds.all(viewer);
        List<FundPosition> atDate = visible.stream().map(f -> positions.asOf(f.id(), asOf, viewer)).toList();
        BigDecimal largest = atDate.stream().map(p -> p.total().budget().amount()).reduce(BigDecimal.ZERO, BigDecimal::max);
        List<FundSummary> summaries = new ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            summaries.add(new FundSummary(visible.get(i), atDate.get(i), largest));
        }
        return summaries;
    }

    /** Loaded on first use, once per request: the funds page shows these without the approvals. */
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

    public List<Transfer> getAwaitingApproval() {
        if (awaitingApproval == null) {
            awaitingApproval = transfers.awaitingApprovalBy(caller.viewer());
        }
        return awaitingApproval;
    }
}
