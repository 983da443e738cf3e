package uk.commissioning.worklist.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.commissioning.approvals.ApprovalPolicy;
import uk.commissioning.approvals.ApprovalRequest;
import uk.commissioning.claims.control.Claims;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.claims.entity.ClaimStatus;
import uk.commissioning.contracts.control.ContractAccess;
import uk.commissioning.contracts.control.ContractQueries;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractStatus;
import uk.commissioning.demand.imports.control.ImportRecords;
import uk.commissioning.demand.imports.entity.DemandImport;
import uk.commissioning.demand.imports.entity.ImportStatus;
import uk.commissioning.funding.control.Transfers;
import uk.commissioning.funding.entity.Transfer;
import uk.commissioning.funding.entity.TransferStatus;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.period.Dates;

/** A person's worklist, for their home page: computed on each visit from the features that hold the work. */
@Stateless
public class Worklists {

    /** How far ahead an active contract's end counts as "soon": a quarter's notice to extend, vary or let it end. */
    static final int ENDING_SOON_DAYS = 90;
    /** Demand imports looked at: the most recent of the organisation, as its imports page lists them. */
    static final int RECENT_IMPORTS = 20;

    @Inject
    Transfers transfers;

    @Inject
    ContractQueries contracts;

    @Inject
    ImportRecords imports;

    @Inject
    Organisations organisations;

    @Inject
    Claims claims;

    /** Which side of a request a person is on: theirs to approve, theirs waiting for someone else, or neither. */
    enum Side { TO_APPROVE, REQUESTED, NEITHER }

    static Side side(ApprovalPolicy policy, ApprovalRequest request, Viewer viewer) {
        if (request.requestedBy().equalsIgnoreCase(viewer.username())) {
            return Side.REQUESTED;
        }
        return policy.mayApprove(request, viewer) ? Side.TO_APPROVE : Side.NEITHER;
    }

    public Worklist of(Viewer viewer, LocalDate today) {
        List<WorkItem> waiting = new ArrayList<>();
        List<WorkItem> requested = new ArrayList<>();
        for (Transfer t : transfers.all(TransferStatus.PENDING, viewer)) {
            switch (side(Transfer.APPROVAL, t.approvalRequest(), viewer)) {
                case TO_APPROVE -> waiting.add(new WorkItem(WorkItem.Subject.TRANSFER, t.id(), toApprove(t)));
                case REQUESTED -> requested.add(new WorkItem(WorkItem.Subject.TRANSFER, t.id(), awaiting(t)));
                case NEITHER -> { }
            }
        }
        // Their commissioners end or vary contracts; an administrator sees them all, but none is theirs to end.
        if (viewer.is(Role.COMMISSIONER)) {
            for (Contract c : contracts.visible(viewer, ContractStatus.ACTIVE, null)) {
                if (ContractAccess.mayChange(viewer, c)) {
                    contractDue(c, today).ifPresent(text -> waiting.add(new WorkItem(WorkItem.Subject.CONTRACT, c.id(), text)));
                }
            }
        }
        for (Claim c : claims.awaitingDecisionBy(viewer)) {
            waiting.add(new WorkItem(WorkItem.Subject.CLAIM_TO_DECIDE, c.id(), toDecide(c, !c.approvers().isEmpty())));
        }
        if (viewer.is(Role.VCSE_FINANCE)) {
            for (Claim c : claims.list(ClaimStatus.QUERIED, null, null, viewer)) {
                if (c.contract().provider().id().equals(viewer.organisationId())) {
                    waiting.add(new WorkItem(WorkItem.Subject.CLAIM_QUERIED, c.id(), queried(c)));
                }
            }
        }
        for (DemandImport i : imports.recent(viewer, RECENT_IMPORTS)) {
            if (i.uploadedBy().equalsIgnoreCase(viewer.username())) {
                importProblem(i).ifPresent(text -> waiting.add(new WorkItem(WorkItem.Subject.DEMAND_IMPORT, i.id(), text)));
            }
        }
        return new Worklist(waiting, requested);
    }

    private static String toApprove(Transfer t) {
        return "Transfer %d awaits your approval: %s from %s to %s, requested by %s under %s".formatted(t.id(),
                t.amount().display(), t.fromFund().name(), t.toFund().name(), t.createdBy(), t.decision().reference());
    }

    /** "Claim 7 (LBB-SP-19-LEAD, 2019-20 Q1, £30,000.00 from Bexley Community Connections) awaits your approval". */
    static String toDecide(Claim c, boolean secondApproval) {
        return "Claim %d (%s, %s, %s from %s) awaits your %s".formatted(c.id(), c.contract().reference(), c.quarter().label(),
                c.claimedTotal().display(), c.contract().provider().name(), secondApproval ? "second approval" : "approval");
    }

    static String queried(Claim c) {
        return "Claim %d (%s, %s, %s) was queried: answer needed".formatted(c.id(), c.contract().reference(),
                c.quarter().label(), c.claimedTotal().display());
    }

    /** "Your transfer 12 (£10.00 from … to …) awaits a second approver at the Greater London Authority". */
    private String awaiting(Transfer t) {
        List<String> where = t.approvalRequest().organisations().stream().map(organisations::get)
                .map(Organisation::name).sorted().toList();
        return "Your transfer %d (%s from %s to %s) awaits a second approver at %s".formatted(t.id(), t.amount().display(),
                t.fromFund().name(), t.toFund().name(), inWords(where));
    }

    /** An active contract past its end date (end it, to release what is left) or ending within a quarter. */
    static Optional<String> contractDue(Contract c, LocalDate today) {
        String name = c.reference() + " (" + c.title() + ")";
        if (c.endDate().isBefore(today)) {
            return Optional.of("Contract %s ended on %s but is still active: end it to release what is left of its commitment"
                    .formatted(name, Dates.plain(c.endDate())));
        }
        if (!c.endDate().isAfter(today.plusDays(ENDING_SOON_DAYS))) {
            return Optional.of("Contract %s ends on %s: vary it to extend, or let it end".formatted(name, Dates.plain(c.endDate())));
        }
        return Optional.empty();
    }

    static Optional<String> importProblem(DemandImport i) {
        if (i.status() == ImportStatus.FAILED) {
            return Optional.of("Your demand import %s failed: upload it again once the file is fixed".formatted(i.fileName()));
        }
        if (i.status() == ImportStatus.COMPLETED && i.rowsSkipped() > 0) {
            return Optional.of("Your demand import %s refused %d %s: see its error report".formatted(i.fileName(),
                    i.rowsSkipped(), i.rowsSkipped() == 1 ? "row" : "rows"));
        }
        return Optional.empty();
    }

    static String inWords(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
