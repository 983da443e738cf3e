package uk.commissioning.payments.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.claims.entity.ClaimStatus;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.EntryType;
import uk.commissioning.ledger.entity.JournalEntry;
import uk.commissioning.ledger.entity.PostingLine;
import uk.commissioning.money.Money;
import uk.commissioning.payments.entity.PaymentLine;
import uk.commissioning.payments.entity.PaymentReceipt;
import uk.commissioning.payments.entity.PaymentRun;
import uk.commissioning.payments.entity.Remittance;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Applies a remittance file (docs/PAYMENTS.md) in the caller's transaction: every line is read and checked against
 * the run first, and any fault refuses the whole file (422 {@code REMITTANCE_MISMATCH}, every line at fault named);
 * otherwise each line posts SCHEDULED −x / PAID +x on its paid date, records its receipt, and each claim whose every
 * part is now paid becomes PAID. The API goes through {@link RemittanceIntake}, which keeps the file and the outcome
 * of a refused one too.
 */
@Stateless
public class Remittances {

    /** Remittance files are small (a line per payment); anything larger is not one. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentRuns runs;

    @Inject
    PaymentScheduling scheduling;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    /** Who may send a run's remittance: its organisation's commissioners and administrators; others of it get 403. */
    public PaymentRun requireMayRemit(Long runId, Viewer viewer) {
        PaymentRun run = runs.get(runId, viewer);
        if (!viewer.seesEverything() && !viewer.is(Role.COMMISSIONER)) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null, "only commissioners and administrators send remittances");
        }
        return run;
    }

    /** Keeps the file as received (outcome RECEIVED until applied or refused). */
    public Remittance store(Long runId, String fileName, byte[] content, Viewer viewer) {
        requireMayRemit(runId, viewer);
        if (content == null || content.length == 0) {
            throw new RuleViolation(Reason.INVALID_INPUT, "file", "is required: the remittance CSV");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation(Reason.FILE_TOO_LARGE, "file", "a remittance file is at most 5 MB");
        }
        String name = fileName == null || fileName.isBlank() ? "remittance.csv" : fileName.strip();
        Remittance remittance = new Remittance(runId, name.length() > 200 ? name.substring(0, 200) : name, sha256(content),
                content, viewer.username());
        em.persist(remittance);
        em.flush();
        return remittance;
    }

    /** Checks and applies a stored remittance, all lines or none. */
    public Remittance apply(Long remittanceId, Viewer viewer) {
        Remittance remittance = em.find(Remittance.class, remittanceId);
        PaymentRun run = requireMayRemit(remittance.runId(), viewer);
        // Under the run's lock: two remittances for one run are checked one after the other, so a line is paid once.
        em.lock(run, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        RemittanceFile.Read read = RemittanceFile.read(remittance.content());
        List<PaymentLine> lines = scheduling.lines(run.id());
        Map<Long, PaymentReceipt> receipts = runs.receipts(run.id(), viewer);
        Map<String, RemittanceCheck.Scheduled> scheduled = new LinkedHashMap<>();
        Map<String, PaymentLine> byKey = new LinkedHashMap<>();
        for (PaymentLine line : lines) {
            String key = RemittanceLine.key(line.claimReference(), line.fundCode());
            scheduled.put(key, new RemittanceCheck.Scheduled(line.id(), line.fundId(), line.amount(), receipts.containsKey(line.id())));
            byKey.put(key, line);
        }
        List<RuleViolation.FieldProblem> problems = new java.util.ArrayList<>(read.problems());
        problems.addAll(RemittanceCheck.problems(read.lines(), scheduled, run.runDate(),
                (fundId, quarter) -> ledger.isClosed(em.find(Fund.class, fundId), quarter)));
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Remittances::lineNumber));
            throw new RuleViolation(Reason.REMITTANCE_MISMATCH, problems);
        }
        BigDecimal total = BigDecimal.ZERO;
        java.util.Set<Long> touched = new java.util.TreeSet<>();
        for (RemittanceLine line : read.lines()) {
            PaymentLine target = byKey.get(line.key());
            Claim claim = em.find(Claim.class, target.claimId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            Money x = target.amount();
            JournalEntry entry = ledger.post(EntryType.PAYMENT, claim.sourceDocument(), line.paidOn(),
                    "Paid %s (%s, %s): claim %d, %s %s".formatted(line.paymentReference(), run.reference(), line.fundCode(),
                            claim.id(), claim.contract().reference(), claim.quarter().label()),
                    List.of(PostingLine.of(target.fundId(), Account.SCHEDULED, x.negate()), PostingLine.of(target.fundId(), Account.PAID, x)),
                    viewer.username());
            em.persist(new PaymentReceipt(target.id(), remittance.id(), line.line(), x.amount(), line.paidOn(),
                    line.paymentReference(), entry.id()));
            total = total.add(x.amount());
            touched.add(claim.id());
        }
        for (Long claimId : touched) {
            Claim claim = em.find(Claim.class, claimId);
            if (claim.status() == ClaimStatus.SCHEDULED && scheduling.holdsNothing(claim, Account.APPROVED)
                    && scheduling.holdsNothing(claim, Account.SCHEDULED)) {
                var before = claim.auditView();
                claim.paid();
                audit.record("Claim", claimId, "PAID", viewer.username(), before, claim.auditView());
            }
        }
        remittance.applied(read.lines().size(), total);
        em.flush();
        audit.record("Remittance", remittance.id(), "APPLIED", viewer.username(), null, Map.of("paymentRun", run.reference(),
                "lines", read.lines().size(), "total", total.toPlainString(), "sha256", remittance.sha256()));
        return remittance;
    }

    /** In the caller's transaction: the demo's remittance. */
    public Remittance receiveNow(Long runId, String fileName, byte[] content, Viewer viewer) {
        return apply(store(runId, fileName, content, viewer).id(), viewer);
    }

    private static int lineNumber(RuleViolation.FieldProblem problem) {
        String field = problem.field();
        return field.startsWith("line ") ? Integer.parseInt(field.substring(5)) : 0;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String describe(List<RuleViolation.FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("\n"));
    }
}
