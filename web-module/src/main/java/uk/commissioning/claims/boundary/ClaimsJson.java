package uk.commissioning.claims.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.commissioning.claims.control.LineBalance;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.claims.entity.ClaimApproval;
import uk.commissioning.claims.entity.ClaimLine;
import uk.commissioning.claims.entity.ClaimMessage;
import uk.commissioning.evidence.boundary.EvidenceJson;
import uk.commissioning.organisations.boundary.OrganisationRef;
import uk.commissioning.platform.web.Json.MoneyJson;

/** Claims as the API shows them: to the provider and to commissioners alike (status, messages, approved amounts). */
public final class ClaimsJson {

    private ClaimsJson() {
    }

    public record ContractRef(Long id, String reference, String title, String type) {
    }

    /**
     * One line with what it may take: {@code limit} (the schedule line's amount, or the contract's committed value),
     * {@code takenByOthers} (the contract's other live claims), {@code remaining}, and {@code approvedToDate} (what
     * other claims already had approved of it).
     */
    public record LineJson(Long id, int line, String kind, String description, Long scheduleLineId, Long serviceId,
                           Integer units, MoneyJson unitPrice, MoneyJson amount, MoneyJson approvedAmount,
                           String reductionReason, MoneyJson limit, MoneyJson takenByOthers, MoneyJson remaining,
                           MoneyJson approvedToDate) {
        static LineJson of(ClaimLine l, LineBalance b) {
            return new LineJson(l.id(), l.lineNo(), l.kind().name(), l.description(), l.scheduleLineId(), l.serviceId(),
                    l.units(), money(l.unitPrice()), MoneyJson.of(l.amount()), money(l.approvedAmount()),
                    l.reductionReason(), MoneyJson.of(b.limit()), MoneyJson.of(b.takenByOthers()), MoneyJson.of(b.remaining()),
                    MoneyJson.of(b.approvedToDate()));
        }
    }

    public record MessageJson(String author, String side, String body, Instant sentAt) {
        static MessageJson of(ClaimMessage m) {
            return new MessageJson(m.author(), m.side().name(), m.body(), m.sentAt());
        }
    }

    public record ApprovalJson(String approver, MoneyJson amount, Instant approvedAt, boolean withdrawn) {
        static ApprovalJson of(ClaimApproval a) {
            return new ApprovalJson(a.approver(), MoneyJson.of(a.amount()), a.approvedAt(), a.withdrawn());
        }
    }

    /**
     * @param statusLabel          the status in words, for screens
     * @param awaitingSecondApproval a first approval is recorded and a second, different approver is needed
     * @param expectedPaymentBy    approved and not yet paid: the date the provider can expect the money by
     * @param evidence             the files attached to the claim, oldest first
     */
    /** One paying fund's part of the claim in a payment run; {@code paidOn} and the reference once remitted. */
    public record PaymentJson(Long paymentRunId, String fundCode, MoneyJson amount, LocalDate scheduledOn, LocalDate paidOn,
                              String paymentReference) {
        static PaymentJson of(uk.commissioning.claims.control.ClaimPayments.ClaimPayment p) {
            return new PaymentJson(p.runId(), p.fundCode(), MoneyJson.of(p.amount()), p.scheduledOn(), p.paidOn(),
                    p.paymentReference());
        }
    }

    public record ClaimJson(Long id, ContractRef contract, OrganisationRef provider, String quarter, String quarterLabel,
                            String status, String statusLabel, MoneyJson claimedTotal, MoneyJson approvedTotal,
                            String declaration, String declaredBy, Instant declaredAt, String submittedBy,
                            Instant submittedAt, String decidedBy, Instant decidedAt, String rejectionReason,
                            boolean awaitingSecondApproval, List<LineJson> lines, List<MessageJson> messages,
                            List<ApprovalJson> approvals, String createdBy, Instant createdAt,
                            LocalDate expectedPaymentBy, List<EvidenceJson> evidence, List<PaymentJson> payments) {

        static ClaimJson of(Claim c, List<LineBalance> balances, LocalDate expectedPaymentBy, List<EvidenceJson> evidence,
                            List<uk.commissioning.claims.control.ClaimPayments.ClaimPayment> payments) {
            List<LineJson> lines = new ArrayList<>();
            for (int i = 0; i < c.lines().size(); i++) {
                lines.add(LineJson.of(c.lines().get(i), balances.get(i)));
            }
            return new ClaimJson(c.id(), new ContractRef(c.contract().id(), c.contract().reference(), c.contract().title(),
                    c.contract().type().name()), OrganisationRef.of(c.contract().provider()), c.quarter().code(),
                    c.quarter().label(), c.status().name(), c.status().label(), MoneyJson.of(c.claimedTotal()),
                    money(c.approvedTotal()), c.declaration(), c.declaredBy(), c.declaredAt(), c.submittedBy(),
                    c.submittedAt(), c.decidedBy(), c.decidedAt(), c.rejectionReason(),
                    c.status().awaitsDecision() && !c.approvers().isEmpty(), lines,
                    c.messages().stream().map(MessageJson::of).toList(), c.approvals().stream().map(ApprovalJson::of).toList(),
                    c.createdBy(), c.createdAt(), expectedPaymentBy, evidence, payments.stream().map(PaymentJson::of).toList());
        }
    }

    /** A claim in a list: enough for a row of an inbox or the provider's claim list. */
    public record ClaimSummaryJson(Long id, ContractRef contract, OrganisationRef provider, String quarter,
                                   String quarterLabel, String status, String statusLabel, MoneyJson claimedTotal,
                                   MoneyJson approvedTotal, Instant submittedAt, boolean awaitingSecondApproval,
                                   LocalDate expectedPaymentBy) {
        static ClaimSummaryJson of(Claim c, LocalDate expectedPaymentBy) {
            return new ClaimSummaryJson(c.id(), new ContractRef(c.contract().id(), c.contract().reference(),
                    c.contract().title(), c.contract().type().name()), OrganisationRef.of(c.contract().provider()),
                    c.quarter().code(), c.quarter().label(), c.status().name(), c.status().label(),
                    MoneyJson.of(c.claimedTotal()), money(c.approvedTotal()), c.submittedAt(),
                    c.status().awaitsDecision() && !c.approvers().isEmpty(), expectedPaymentBy);
        }
    }

    private static MoneyJson money(uk.commissioning.money.Money m) {
        return m == null ? null : MoneyJson.of(m);
    }
}
