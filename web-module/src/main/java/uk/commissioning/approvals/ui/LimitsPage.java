package uk.commissioning.approvals.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import uk.commissioning.approvals.control.ApprovalLimitChanges;
import uk.commissioning.approvals.control.ApprovalLimitChanges.ApproverLimit;
import uk.commissioning.approvals.control.ApprovalLimitChanges.Change;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.platform.ui.Messages;

/**
 * Administrators' approval limits: every approver's limit, the changes waiting for a second administrator (approve or
 * reject, not offered to the proposer or the person whose limit it is, with a sentence saying why) and a form to
 * propose one. The rules are {@link ApprovalLimitChanges}'; this only explains them.
 */
@Named
@ViewScoped
public class LimitsPage implements Serializable {

    @Inject
    transient ApprovalLimitChanges changes;

    @Inject
    transient Caller caller;

    private String username;
    private boolean noLimit;
    private BigDecimal amount;
    private String reason;
    /** Per change id: each row has its own reason box, and the form posts them all. */
    private final java.util.Map<Long, String> rejectionReasons = new java.util.HashMap<>();

    private Viewer admin() {
        return caller.requireAnyRole(Role.ADMIN);
    }

    public List<ApproverLimit> getApprovers() {
        return changes.approvers(admin());
    }

    public List<Change> getPending() {
        return changes.pending(admin());
    }

    /** Why the viewer is not offered approve/reject on this change; empty if they may decide it. */
    public String whyNot(Change change) {
        return ApprovalLimitChanges.whyNotDecidable(change.change(), admin()).orElse("");
    }

    public boolean mayDecide(Change change) {
        return whyNot(change).isEmpty();
    }

    public boolean mayWithdraw(Change change) {
        return change.change().proposedBy().equalsIgnoreCase(admin().username());
    }

    public void propose() {
        Optional<Money> limit = noLimit ? Optional.empty()
                : Optional.ofNullable(amount).map(a -> Money.of(a, Money.currency(ApprovalLimitChanges.CURRENCY)));
        if (!noLimit && amount == null) {
            Messages.error("Could not propose the change: enter the new limit in pounds, or tick “No limit”.");
            return;
        }
        Change change = Messages.attempt("propose", "Could not propose the change",
                () -> changes.propose(username, limit, reason, admin()));
        if (change != null) {
            Messages.info("Proposed: %s's limit to %s. Another administrator must approve it before it counts."
                    .formatted(change.change().username(), change.change().limitText()));
            username = null;
            amount = null;
            reason = null;
            noLimit = false;
        }
    }

    public void approve(Long id) {
        Change change = Messages.attempt("pending", "Could not approve the change", () -> changes.approve(id, admin()));
        if (change != null) {
            Messages.info("Approved: %s's limit is now %s.".formatted(change.change().username(), change.change().limitText()));
        }
    }

    public void reject(Long id) {
        Change change = Messages.attempt("pending", "Could not reject the change",
                () -> changes.reject(id, rejectionReasons.get(id), admin()));
        if (change != null) {
            Messages.info("Rejected the change to %s's limit.".formatted(change.change().username()));
            rejectionReasons.remove(id);
        }
    }

    public void withdraw(Long id) {
        Change change = Messages.attempt("pending", "Could not withdraw the change", () -> changes.withdraw(id, admin()));
        if (change != null) {
            Messages.info("Withdrawn: the change to %s's limit.".formatted(change.change().username()));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public boolean isNoLimit() {
        return noLimit;
    }

    public void setNoLimit(boolean noLimit) {
        this.noLimit = noLimit;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public java.util.Map<Long, String> getRejectionReasons() {
        return rejectionReasons;
    }
}
