package uk.commissioning.claims.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.commissioning.approvals.control.ApprovalLimits;
import uk.commissioning.claims.control.ClaimEvidence;
import uk.commissioning.claims.control.Claims;
import uk.commissioning.claims.control.LineBalance;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.claims.entity.ClaimLine;
import uk.commissioning.evidence.control.EvidenceStore;
import uk.commissioning.evidence.entity.EvidenceFile;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.platform.ui.Format;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.InputRules;
import uk.commissioning.rules.NotFoundException;

/**
 * The approvals inbox: the claims the viewer may decide now ({@link Claims#awaitingDecisionBy}), each line with what
 * is claimed, what other claims already had approved of it and what remains, side by side, and the evidence; one
 * claim at a time is opened for a decision (?id=N): approve as claimed, approve per line with reasons, query or
 * reject, each asked first in words that say what the ledger will do. The domain decides who may; this page says what
 * it said.
 */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    /** What the decision form is about to do, once confirmed. */
    public enum Decision { APPROVE_AS_CLAIMED, APPROVE_PER_LINE, QUERY, REJECT }

    /** A waiting claim with its lines' balances and its evidence. */
    public record Waiting(Claim claim, List<LineBalance> balances, List<EvidenceFile> evidence) {
        public LineBalance balanceOf(int index) {
            return balances.get(index);
        }
    }

    /** One line's approved amount and reason as the approver types them. */
    public static class LineDecision implements Serializable {
        private BigDecimal approvedAmount;
        private String reason;

        public BigDecimal getApprovedAmount() {
            return approvedAmount;
        }

        public void setApprovedAmount(BigDecimal approvedAmount) {
            this.approvedAmount = approvedAmount;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @Inject
    transient Caller caller;

    @Inject
    transient Claims claims;

    @Inject
    transient EvidenceStore evidenceStore;

    @Inject
    transient ApprovalLimits limits;

    @Inject
    transient Format fmt;

    private Long id;
    private List<Waiting> waiting;
    private Claim selected;
    private List<LineDecision> lines = new ArrayList<>();
    private String message;
    private String reason;
    private Decision pending;

    public void load() throws IOException {
        if (waiting != null) {
            return;
        }
        Viewer viewer = caller.viewer();
        if (!viewer.is(Role.COMMISSIONER) && !viewer.is(Role.ADMIN)) {
            Messages.notAllowed();
            return;
        }
        if (id != null) {
            try {
                claims.get(id, viewer);
            } catch (NotFoundException e) {
                Messages.notFound();
                return;
            }
        }
        refresh();
    }

    private void refresh() {
        Viewer viewer = caller.viewer();
        waiting = claims.awaitingDecisionBy(viewer).stream().map(c -> new Waiting(c, claims.balances(c),
                evidenceStore.list(ClaimEvidence.OWNER_TYPE, c.id(), viewer))).toList();
        selected = id == null ? null : claims.get(id, viewer);
        lines = new ArrayList<>();
        if (selected != null) {
            for (ClaimLine line : selected.lines()) {
                LineDecision decision = new LineDecision();
                decision.approvedAmount = line.amount().amount();
                lines.add(decision);
            }
        }
    }

    /** The selected claim is one the viewer may decide now (else it is shown without the decision form, saying why). */
    public boolean isMayDecide() {
        return selected != null && claims.mayApprove(selected, caller.viewer());
    }

    public boolean isSecondApproval() {
        return selected != null && !selected.approvers().isEmpty();
    }

    public Waiting getSelectedWaiting() {
        if (selected == null) {
            return null;
        }
        return waiting.stream().filter(w -> w.claim().id().equals(selected.id())).findFirst()
                .orElseGet(() -> new Waiting(selected, claims.balances(selected),
                        evidenceStore.list(ClaimEvidence.OWNER_TYPE, selected.id(), caller.viewer())));
    }

    // ------------------------------------------------------------------------------------------------ asking first

    public void askApproveAsClaimed() {
        pending = Decision.APPROVE_AS_CLAIMED;
    }

    public void askApprovePerLine() {
        pending = Decision.APPROVE_PER_LINE;
    }

    public void askQuery() {
        pending = Decision.QUERY;
    }

    public void askReject() {
        pending = Decision.REJECT;
    }

    public String getConfirmHeader() {
        if (pending == null || selected == null) {
            return "";
        }
        return switch (pending) {
            case APPROVE_AS_CLAIMED -> isSecondApproval() ? "Give the second approval?" : "Approve claim " + selected.id() + " as claimed?";
            case APPROVE_PER_LINE -> "Approve claim " + selected.id() + " with these amounts?";
            case QUERY -> "Query claim " + selected.id() + "?";
            case REJECT -> "Reject claim " + selected.id() + "?";
        };
    }

    public String getConfirmLabel() {
        if (pending == null) {
            return "Yes";
        }
        return switch (pending) {
            case APPROVE_AS_CLAIMED, APPROVE_PER_LINE -> "Yes, approve";
            case QUERY -> "Yes, send the query";
            case REJECT -> "Yes, reject";
        };
    }

    /** The decision in words, from the claim's figures: what moves between which ledger accounts, or why nothing does. */
    public String getConfirmQuestion() {
        if (pending == null || selected == null) {
            return "";
        }
        Money claimed = selected.claimedTotal();
        String who = selected.contract().provider().name() + "'s claim for " + selected.quarter().label() + " on "
                + selected.contract().reference();
        String funds = " across " + fundCodes() + " as the contract's funding split says";
        return switch (pending) {
            case APPROVE_AS_CLAIMED, APPROVE_PER_LINE -> approvalQuestion(who, claimed, funds);
            case QUERY -> "Send your question to " + selected.contract().provider().name() + ": " + who + " becomes queried "
                    + "and its " + fmt.money(claimed) + " stays claimed in the ledger until they answer"
                    + (isSecondApproval() ? "; the first approval lapses" : "") + ". Nothing moves now.";
            case REJECT -> "Reject " + who + ": the " + fmt.money(claimed) + " it holds in claimed goes back to committed" + funds
                    + ", so the contract can be claimed again. The provider sees your reason. This cannot be undone.";
        };
    }

    private String approvalQuestion(String who, Money claimed, String funds) {
        if (isSecondApproval()) {
            Money first = selected.lines().stream().map(ClaimLine::approvedAmount).reduce(Money.zero(selected.currency()), Money::plus);
            return "Confirm the first approver's amounts on " + who + ": " + fmt.money(first) + " moves from claimed to approved"
                    + funds + (first.equals(claimed) ? "" : " and the " + fmt.money(claimed.minus(first)) + " reduction goes back to committed")
                    + ". To change the amounts, query the claim instead.";
        }
        Money approving = pending == Decision.APPROVE_AS_CLAIMED ? claimed : typedTotal();
        Money limit = limits.limitOf(caller.viewer().username()).orElse(null);
        String ledger = approving.equals(claimed)
                ? fmt.money(approving) + " moves from claimed to approved" + funds
                : fmt.money(approving) + " of the " + fmt.money(claimed) + " claimed moves from claimed to approved" + funds
                + ", and the " + fmt.money(claimed.minus(approving)) + " reduction goes back to committed (the contract keeps it)";
        if (limit != null && approving.isGreaterThan(limit)) {
            return "Approve " + fmt.money(approving) + " on " + who + "? That is above your approval limit of " + fmt.money(limit)
                    + ", so your approval is recorded and the claim waits for a second approver; nothing moves in the ledger "
                    + "until they confirm it. Then " + ledger + ".";
        }
        return "Approve " + who + ": " + ledger + ". The provider is told, and can expect payment within "
                + Claims.PROMPT_PAYMENT_DAYS + " days.";
    }

    private Money typedTotal() {
        Money total = Money.zero(selected.currency());
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal amount = lines.get(i).approvedAmount;
            total = total.plus(amount == null ? selected.lines().get(i).amount() : Money.of(amount, selected.currency()));
        }
        return total;
    }

    private String fundCodes() {
        List<String> codes = selected.contract().funds().stream().map(f -> f.code()).distinct().toList();
        return codes.size() == 1 ? "the fund " + codes.get(0) : "the funds " + String.join(", ", codes);
    }

    // ------------------------------------------------------------------------------------------------ deciding

    public void confirm() {
        Decision decision = pending;
        pending = null;
        if (decision == null || selected == null) {
            return;
        }
        Long claimId = selected.id();
        Viewer viewer = caller.viewer();
        String done = switch (decision) {
            case APPROVE_AS_CLAIMED -> Messages.attempt("decide", "The claim was not approved",
                    () -> approved(claims.approve(claimId, List.of(), List.of(), viewer)));
            case APPROVE_PER_LINE -> Messages.attempt("decide", "The claim was not approved", () -> {
                List<Money> amounts = new ArrayList<>();
                List<String> reasons = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    amounts.add(InputRules.amount(lines.get(i).approvedAmount, selected.currency(), "lines[" + i + "].approvedAmount"));
                    reasons.add(lines.get(i).reason);
                }
                return approved(claims.approve(claimId, amounts, reasons, viewer));
            });
            case QUERY -> Messages.attempt("decide", "The query was not sent", () -> {
                claims.query(claimId, message, viewer);
                return "Claim " + claimId + " queried: " + selected.contract().provider().name() + " is asked to answer.";
            });
            case REJECT -> Messages.attempt("decide", "The claim was not rejected", () -> {
                Claim rejected = claims.reject(claimId, reason, viewer);
                return "Claim " + claimId + " rejected: " + fmt.money(rejected.claimedTotal()) + " went back to committed.";
            });
        };
        if (done != null) {
            Messages.info(done);
            message = null;
            reason = null;
            // Decided (or queried): it has left the inbox, so the form closes rather than showing a claim not waiting.
            id = null;
        }
        List<LineDecision> typed = lines;
        refresh();
        if (done == null && typed.size() == lines.size()) {
            lines = typed;
        }
    }

    private String approved(Claims.Approval approval) {
        Claim c = approval.claim();
        if (approval.awaitingSecondApproval()) {
            return "Your approval of claim " + c.id() + " is recorded. It is above your limit of " + fmt.money(approval.limit())
                    + ", so it waits for a second approver.";
        }
        return "Claim " + c.id() + " " + c.status().label().toLowerCase() + ": " + fmt.money(c.approvedTotal())
                + " moved from claimed to approved. Expected payment by "
                + claims.expectedPaymentBy(c).map(fmt::date).orElse("the next payment run") + ".";
    }

    // ------------------------------------------------------------------------------------------------ fields

    public String evidenceSummary(List<EvidenceFile> files) {
        return files.stream().map(EvidenceFile::fileName).collect(Collectors.joining(", "));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<Waiting> getWaiting() {
        return waiting;
    }

    public Claim getSelected() {
        return selected;
    }

    public List<LineDecision> getLines() {
        return lines;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
