package uk.commissioning.payments.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.commissioning.organisations.boundary.OrganisationRef;
import uk.commissioning.payments.control.PaymentTimeliness;
import uk.commissioning.payments.control.Reclaims;
import uk.commissioning.payments.control.TimelinessFigures;
import uk.commissioning.payments.entity.PaymentLine;
import uk.commissioning.payments.entity.PaymentReceipt;
import uk.commissioning.payments.entity.PaymentRun;
import uk.commissioning.payments.entity.ReclaimRecovery;
import uk.commissioning.payments.entity.Remittance;
import uk.commissioning.payments.control.PaymentRuns;
import uk.commissioning.platform.web.Json.MoneyJson;

/** Payment runs, their lines and remittances, reclaims and timeliness as the API shows them. */
public final class PaymentsJson {

    private PaymentsJson() {
    }

    public record PaymentRunJson(Long id, String reference, OrganisationRef organisation, LocalDate runDate, String upToQuarter,
                                 String upToQuarterLabel, String status, int partsTotal, int partsDone, int percentDone,
                                 int lineCount, MoneyJson controlTotal, String failureReason, String startedBy,
                                 Instant createdAt, Instant finishedAt, Long jobRunId, String jobRunsUrl, String fileUrl) {
        public static PaymentRunJson of(PaymentRun r, OrganisationRef organisation) {
            return new PaymentRunJson(r.id(), r.reference(), organisation, r.runDate(), r.upToQuarter().code(),
                    r.upToQuarter().label(), r.status().name(), r.partsTotal(), r.partsDone(), r.percentDone(), r.lineCount(),
                    MoneyJson.of(r.controlTotal()), r.failureReason(), r.startedBy(), r.createdAt(), r.finishedAt(), r.jobRunId(),
                    "/api/job-runs?key=" + PaymentRuns.businessKey(r.id()), "/api/payment-runs/" + r.id() + "/file");
        }
    }

    /** {@code paidOn} and {@code paymentReference} are null until its remittance line is applied. */
    public record PaymentLineJson(Long id, Long claimId, String claimReference, Long fundId, String fundCode, String costCentre,
                                  String payeeOrgId, String payeeName, MoneyJson amount, String quarter,
                                  Long journalEntryId, LocalDate paidOn, String paymentReference, Long remittanceId) {
        public static PaymentLineJson of(PaymentLine l, PaymentReceipt paid) {
            return new PaymentLineJson(l.id(), l.claimId(), l.claimReference(), l.fundId(), l.fundCode(), l.costCentre(),
                    l.payeeOrgId(), l.payeeName(), MoneyJson.of(l.amount()), l.quarter().code(), l.journalEntryId(),
                    paid == null ? null : paid.paidOn(), paid == null ? null : paid.paymentReference(),
                    paid == null ? null : paid.remittanceId());
        }
    }

    public record RemittanceJson(Long id, Long runId, String fileName, String sha256, String outcome, int lineCount,
                                 String paidTotal, List<String> problems, String receivedBy, Instant receivedAt) {
        public static RemittanceJson of(Remittance r) {
            return new RemittanceJson(r.id(), r.runId(), r.fileName(), r.sha256(), r.outcome(), r.lineCount(),
                    r.paidTotal() == null ? null : r.paidTotal().toPlainString(),
                    r.problems() == null ? List.of() : List.of(r.problems().split("\n")), r.receivedBy(), r.receivedAt());
        }
    }

    public record PaymentRunDetailJson(PaymentRunJson run, List<PaymentLineJson> lines, List<RemittanceJson> remittances) {
        public static PaymentRunDetailJson of(PaymentRunJson run, List<PaymentLine> lines, Map<Long, PaymentReceipt> receipts,
                                              List<Remittance> remittances) {
            return new PaymentRunDetailJson(run, lines.stream().map(l -> PaymentLineJson.of(l, receipts.get(l.id()))).toList(),
                    remittances.stream().map(RemittanceJson::of).toList());
        }
    }

    public record RecoveryJson(Long id, MoneyJson amount, LocalDate recoveredOn, String recordedBy) {
        static RecoveryJson of(ReclaimRecovery r, java.util.Currency currency) {
            return new RecoveryJson(r.id(), MoneyJson.of(uk.commissioning.money.Money.of(r.amount(), currency)), r.recoveredOn(),
                    r.recordedBy());
        }
    }

    public record ReclaimJson(Long id, Long claimId, String claimReference, MoneyJson amount, String reason, LocalDate raisedOn,
                              String raisedBy, Instant raisedAt, MoneyJson recovered, MoneyJson outstanding,
                              List<RecoveryJson> recoveries) {
        public static ReclaimJson of(Reclaims.ReclaimView v) {
            var r = v.reclaim();
            return new ReclaimJson(r.id(), r.claimId(), "CLM-" + r.claimId(), MoneyJson.of(r.amount()), r.reason(), r.raisedOn(),
                    r.raisedBy(), r.raisedAt(), MoneyJson.of(v.recovered()), MoneyJson.of(v.outstanding()),
                    v.recoveries().stream().map(x -> RecoveryJson.of(x, r.amount().currency())).toList());
        }
    }

    public record FiguresJson(int measured, BigDecimal medianDays, BigDecimal meanDays, Long maxDays,
                              BigDecimal percentWithin30Days) {
        static FiguresJson of(TimelinessFigures f) {
            return new FiguresJson(f.measured(), f.medianDays(), f.meanDays(), f.maxDays(), f.percentWithin30Days());
        }
    }

    public record GroupJson(Long id, String name, int claims, FiguresJson submissionToPayment, FiguresJson submissionToApproval) {
        static GroupJson of(PaymentTimeliness.Group g) {
            return new GroupJson(g.id(), g.name(), g.claims(), FiguresJson.of(g.submissionToPayment()),
                    FiguresJson.of(g.submissionToApproval()));
        }
    }

    public record TimelinessJson(String quarter, String quarterLabel, int targetDays, List<PaymentTimeliness.ClaimTimes> claims,
                                 List<GroupJson> byProvider, List<GroupJson> byFund) {
        public static TimelinessJson of(PaymentTimeliness.Report r) {
            return new TimelinessJson(r.quarter().code(), r.quarter().label(), TimelinessFigures.TARGET_DAYS, r.claims(),
                    r.byProvider().stream().map(GroupJson::of).toList(), r.byFund().stream().map(GroupJson::of).toList());
        }
    }
}
