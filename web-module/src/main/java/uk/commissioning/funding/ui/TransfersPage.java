package uk.commissioning.funding.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.commissioning.funding.control.Decisions;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.control.Transfers;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.Transfer;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.platform.ui.PagedModel;
import uk.commissioning.rules.InputRules;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.RuleViolation;

/** Requesting transfers and approving other people's: the same rules as the API, the messages in words. */
@Named
@ViewScoped
public class TransfersPage implements Serializable {

    @Inject
    transient Caller caller;

    @Inject
    transient Transfers transfers;

    @Inject
    transient Funds funds;

    @Inject
    transient Decisions decisions;

    private Long fromFundId;
    private Long toFundId;
    private BigDecimal amount;
    private Long decisionId;
    private LocalDate valueDate = LocalDate.now();
    private String reason;
    /** The transfer the address names (?id=), shown on its own above the lists; a ledger line links here. */
    private Long id;
    private Transfer selected;
    private Long rejecting;
    private String rejectionReason;

    /** A transfer the viewer cannot see is "not found", like one that does not exist. */
    public void load() throws java.io.IOException {
        if (id == null || selected != null) {
            return;
        }
        try {
            selected = transfers.get(id, caller.viewer());
        } catch (NotFoundException e) {
            Messages.notFound();
        }
    }

    public List<Transfer> getAwaitingMyApproval() {
        return transfers.awaitingApprovalBy(caller.viewer());
    }

    /** All transfers the viewer can see, paged in the database. */
    public PagedModel<Transfer> getAll() {
        return all;
    }

    private final PagedModel<Transfer> all = new PagedModel<>(
            (first, size) -> transfers.page(null, caller.viewer(), first, size), Transfer::id);

    /** The funds the requester can see: where money may come from and go to (pools their organisation is in count). */
    public List<Fund> getFunds() {
        return funds.all(caller.viewer());
    }

    /** The viewer's organisation's decisions and its fund partners' (the decisions page too); never another body's. */
    public List<Decision> getDecisions() {
        return decisions.visibleTo(caller.viewer());
    }

    /** The amount is in the currency of the fund it comes from (the service refuses any other). */
    public String request() {
        return Messages.attempt("transfer", "The transfer was not requested", () -> {
            Viewer viewer = caller.viewer();
            Money money = InputRules.amount(amount, funds.get(fromFundId, "fromFundId", viewer).currency(), "amount");
            Transfer transfer = transfers.request(fromFundId, toFundId, money, decisionId, valueDate, reason, viewer);
            Messages.flash("Transfer " + transfer.id() + " of " + transfer.amount().display()
                    + " requested. It moves no money until a colleague approves it.");
            return "/transfers/index?faces-redirect=true";
        });
    }

    public void approve(Long id) {
        Messages.attempt("transfers", "Transfer " + id + " was not approved", () -> {
            Transfer transfer = transfers.approve(id, caller.viewer());
            Messages.info("Transfer " + id + " approved: " + transfer.amount().display() + " moved from "
                    + transfer.fromFund().name() + " to " + transfer.toFund().name() + ".");
        });
    }

    /** Chooses the transfer the reject dialog asks about. */
    public void startRejecting(Long transferId) {
        rejecting = transferId;
        rejectionReason = null;
    }

    public void reject() {
        Long transferId = rejecting;
        boolean done = Messages.attempt("reject", "Transfer " + transferId + " was not rejected", () -> {
            Transfer transfer = transfers.reject(transferId, caller.viewer(), rejectionReason);
            Messages.info("Transfer " + transferId + " rejected: " + transfer.amount().display() + " stays in "
                    + transfer.fromFund().name() + ". Your reason is kept in the audit trail.");
        });
        if (done) {
            rejecting = null;
            refreshSelected();
        }
    }

    public void withdraw(Long transferId) {
        Messages.attempt("transfers", "Transfer " + transferId + " was not withdrawn", () -> {
            Transfer transfer = transfers.withdraw(transferId, caller.viewer(), null);
            Messages.info("Transfer " + transferId + " withdrawn. It never moved money, so " + transfer.amount().display()
                    + " stays in " + transfer.fromFund().name() + ".");
        });
        refreshSelected();
    }

    private void refreshSelected() {
        if (selected != null) {
            selected = transfers.get(selected.id(), caller.viewer());
        }
    }

    public boolean mayWithdraw(Transfer transfer) {
        return transfer.mayBeWithdrawnBy(caller.viewer());
    }

    public boolean mayReject(Transfer transfer) {
        return transfer.mayBeRejectedBy(caller.viewer());
    }

    /** The transfer the reject dialog asks about, or null before one is chosen. */
    public Transfer getRejectingTransfer() {
        return rejecting == null ? null : transfers.get(rejecting, caller.viewer());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Transfer getSelected() {
        return selected;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }

    public Long getFromFundId() {
        return fromFundId;
    }

    public void setFromFundId(Long fromFundId) {
        this.fromFundId = fromFundId;
    }

    public Long getToFundId() {
        return toFundId;
    }

    public void setToFundId(Long toFundId) {
        this.toFundId = toFundId;
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
