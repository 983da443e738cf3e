package uk.commissioning.claims.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.commissioning.approvals.ApprovalOutcome;
import uk.commissioning.approvals.ApprovalPolicy;
import uk.commissioning.approvals.ApprovalRequest;
import uk.commissioning.approvals.control.ApprovalLimits;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.claims.entity.ClaimLine;
import uk.commissioning.claims.entity.ClaimLineDraft;
import uk.commissioning.claims.entity.ClaimStatus;
import uk.commissioning.claims.entity.LineKind;
import uk.commissioning.contracts.control.ContractAccess;
import uk.commissioning.contracts.control.ContractQueries;
import uk.commissioning.contracts.control.Services;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractFunding;
import uk.commissioning.contracts.entity.ContractService;
import uk.commissioning.contracts.entity.ContractStatus;
import uk.commissioning.contracts.entity.ContractType;
import uk.commissioning.contracts.entity.PaymentScheduleLine;
import uk.commissioning.contracts.entity.ScheduleKind;
import uk.commissioning.contracts.entity.VcseService;
import uk.commissioning.funding.control.FundVisibility;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.DocumentType;
import uk.commissioning.ledger.entity.SourceDocument;
import uk.commissioning.ledger.entity.EntryType;
import uk.commissioning.ledger.entity.PostingLine;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Claims through their life (docs/CLAIMS.md). A provider's VCSE finance lead drafts and submits; a commissioner of an
 * organisation answerable for one of the contract's paying funds queries, approves (in whole or per line) or
 * rejects, never the submitter nor anyone of the provider. Every money step is a ledger entry with the claim as
 * source document, split across the contract's funds as its funding split says, on the last day of the claim's
 * quarter (so a claim's money sits in the quarter it is for, and a closed quarter takes no claims).
 */
@Stateless
public class Claims {

    /** Raised by VCSE finance leads; decided by commissioners and administrators; above the first approver's limit a second is needed. */
    public static final ApprovalPolicy APPROVAL = new ApprovalPolicy("claims", Set.of(Role.VCSE_FINANCE),
            Set.of(Role.COMMISSIONER, Role.ADMIN), Optional.empty());

    private static final Set<Role> SECOND_APPROVERS = Set.of(Role.COMMISSIONER, Role.ADMIN);

    /**
     * Days from the decision to payment that a provider can count on until a payment run names its date: the public
     * sector's prompt payment standard (undisputed invoices paid within 30 days: Public Contracts Regulations 2015,
     * regulation 113).
     */
    public static final int PROMPT_PAYMENT_DAYS = 30;

    /** Dates as the paying organisations keep their books: the UK's calendar, not the server's. */
    private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");

    @PersistenceContext
    EntityManager em;

    @Inject
    ContractQueries contracts;

    /** Payments' records of the claim's parts in payment runs; none when payments is not deployed (plain tests). */
    @Inject
    jakarta.enterprise.inject.Instance<ClaimPayments> payments;

    @Inject
    Services services;

    @Inject
    Ledger ledger;

    @Inject
    ApprovalLimits limits;

    @Inject
    AuditTrail audit;

    /** What an approval achieved: the claim, and whether it still waits for a second approver. */
    public record Approval(Claim claim, boolean awaitingSecondApproval, Money limit) {
    }

    // ------------------------------------------------------------------------------------------------ the provider

    public Claim create(Long contractId, Quarter quarter, List<ClaimLineRequest> lines, Viewer viewer) {
        APPROVAL.requireMayRequest(viewer);
        if (quarter == null) {
            throw new RuleViolation(Reason.INVALID_INPUT, "quarter", "is required");
        }
        lockContractRow(contractId);
        Contract contract = contracts.get(contractId, "contractId", viewer);
        requireProvider(contract, viewer);
        requireClaimable(contract, quarter);
        if (liveClaim(contract.id(), quarter).isPresent()) {
            throw new RuleViolation(Reason.DUPLICATE, "quarter", "%s already has a claim for %s; change that one, or withdraw it first"
                    .formatted(contract.reference(), quarter.label()));
        }
        Claim claim = new Claim(contract, quarter, drafts(contract, quarter, lines), viewer.username());
        em.persist(claim);
        em.flush();
        audit.record("Claim", claim.id(), "CREATED", viewer.username(), null, claim.auditView());
        return claim;
    }

    public Claim replaceLines(Long id, List<ClaimLineRequest> lines, Viewer viewer) {
        Claim claim = forProvider(id, viewer);
        if (claim.status() != ClaimStatus.DRAFT) {
            throw new RuleViolation(Reason.WRONG_STATUS, "status", "claim " + id + " is " + claim.status().label().toLowerCase()
                    + "; a submitted claim is changed only when answering a query");
        }
        Map<String, Object> before = claim.auditView();
        claim.replaceLines(drafts(claim.contract(), claim.quarter(), lines));
        em.flush();
        audit.record("Claim", id, "LINES_REPLACED", viewer.username(), before, claim.auditView());
        return claim;
    }

    /**
     * Submits a draft with its declaration. Under the contract's lock: the quarter open, the contract active in it,
     * each line within what remains of it, then COMMITTED → CLAIMED for the total across the contract's funds.
     */
    public Claim submit(Long id, String declaration, Viewer viewer) {
        Claim claim = forProvider(id, viewer);
        Map<String, Object> before = claim.auditView();
        claim.declare(declaration, viewer.username());
        requireFits(claim);
        claim.submitted(viewer.username());
        audit.record("Claim", id, "SUBMITTED", viewer.username(), before, withDeclaration(claim));
        // Written before the ledger entry, which locks each paying fund until the transaction ends: every provider's
        // claim on a fund waits for that lock, so it is held for the posting and the commit only.
        em.flush();
        postDifference(claim, Map.of(), splitOverFunds(claim.contract(), claim.claimedTotal()), "Claim submitted", viewer);
        return claim;
    }

    /**
     * The provider answers a query and so resubmits, optionally with new lines (checked as at submission); what is
     * claimed in the ledger moves by the difference.
     */
    public Claim answer(Long id, String message, List<ClaimLineRequest> lines, Viewer viewer) {
        Claim claim = forProvider(id, viewer);
        Map<String, Object> before = claim.auditView();
        if (lines != null) {
            claim.replaceLines(drafts(claim.contract(), claim.quarter(), lines));
        }
        claim.answered(viewer.username(), message);
        requireFits(claim);
        Map<Long, Money> held = claimedByFund(claim);
        postDifference(claim, held, splitOverFunds(claim.contract(), claim.claimedTotal()), "Claim resubmitted", viewer);
        Map<String, Object> after = new LinkedHashMap<>(claim.auditView());
        after.put("message", message);
        audit.record("Claim", id, "RESUBMITTED", viewer.username(), before, after);
        return claim;
    }

    public Claim withdraw(Long id, Viewer viewer) {
        Claim claim = forProvider(id, viewer);
        Map<String, Object> before = claim.auditView();
        claim.withdrawn();
        audit.record("Claim", id, "WITHDRAWN", viewer.username(), before, claim.auditView());
        return claim;
    }

    // ------------------------------------------------------------------------------------------------ the commissioner

    public Claim query(Long id, String question, Viewer viewer) {
        Claim claim = forDecision(id, viewer);
        claim.requireAwaitingDecision();
        Map<String, Object> before = claim.auditView();
        claim.queried(viewer.username(), question);
        Map<String, Object> after = new LinkedHashMap<>(claim.auditView());
        after.put("message", question);
        audit.record("Claim", id, "QUERIED", viewer.username(), before, after);
        return claim;
    }

    /**
     * Approves with an amount per line (null or an empty list: as claimed). The first approval records the amounts;
     * above that approver's limit the claim waits for a second, different approver, who confirms them (a second
     * approver who disagrees queries the claim instead). On the last approval the approved part moves CLAIMED →
     * APPROVED and any reduction goes back CLAIMED → COMMITTED, fund by fund to the penny.
     */
    public Approval approve(Long id, List<Money> approved, List<String> reasons, Viewer viewer) {
        Claim claim = forDecision(id, viewer);
        claim.requireAwaitingDecision();
        Map<String, Object> before = claim.auditView();
        List<String> earlier = claim.approvers();
        Money amount;
        Money limit;
        if (earlier.isEmpty()) {
            int n = claim.lines().size();
            List<Money> amounts = approved == null || approved.isEmpty() ? java.util.Collections.nCopies(n, null) : approved;
            List<String> why = reasons == null || reasons.isEmpty() ? java.util.Collections.nCopies(n, null) : reasons;
            amount = claim.proposeApproval(amounts, why);
            limit = limits.limitOf(viewer.username()).orElse(null);
        } else {
            amount = claim.lines().stream().map(ClaimLine::approvedAmount).reduce(Money.zero(claim.currency()), Money::plus);
            limit = claim.approvals().stream().filter(a -> !a.withdrawn()).findFirst()
                    .flatMap(a -> limits.limitOf(a.approver())).orElse(null);
        }
        ApprovalPolicy policy = limit == null ? APPROVAL : APPROVAL.withSecondApprovalAbove(limit, SECOND_APPROVERS);
        ApprovalOutcome outcome = policy.decide(request(claim, amount, earlier), viewer).orThrow();
        claim.approvedBy(viewer.username(), amount);
        if (outcome instanceof ApprovalOutcome.NeedsSecondApproval) {
            em.flush();
            audit.record("Claim", id, "FIRST_APPROVAL", viewer.username(), before, claim.auditView());
            return new Approval(claim, true, limit);
        }
        Map<Long, Money> held = claimedByFund(claim);
        Map<Long, Money> approvedByFund = ClaimArithmetic.split(amount, held);
        List<PostingLine> postings = new ArrayList<>();
        for (Map.Entry<Long, Money> fund : held.entrySet()) {
            Money toApproved = approvedByFund.get(fund.getKey());
            Money back = fund.getValue().minus(toApproved);
            postings.add(PostingLine.of(fund.getKey(), Account.CLAIMED, fund.getValue().negate()));
            if (!toApproved.isZero()) {
                postings.add(PostingLine.of(fund.getKey(), Account.APPROVED, toApproved));
            }
            if (!back.isZero()) {
                postings.add(PostingLine.of(fund.getKey(), Account.COMMITTED, back));
            }
        }
        claim.approved(viewer.username());
        ledger.post(EntryType.CLAIM_APPROVAL, claim.sourceDocument(), valueDate(claim),
                describe(claim, claim.status() == ClaimStatus.APPROVED ? "Claim approved" : "Claim partly approved"),
                postings, viewer.username());
        audit.record("Claim", id, claim.status().name(), viewer.username(), before, claim.auditView());
        return new Approval(claim, false, limit);
    }

    /** Rejects with a reason: exactly what the claim holds in CLAIMED goes back to COMMITTED, fund by fund. */
    public Claim reject(Long id, String reason, Viewer viewer) {
        Claim claim = forDecision(id, viewer);
        Map<String, Object> before = claim.auditView();
        APPROVAL.decide(request(claim, claim.claimedTotal(), List.of()), viewer).orThrow();
        Map<Long, Money> held = claimedByFund(claim);
        claim.rejected(viewer.username(), reason);
        postDifference(claim, held, Map.of(), "Claim rejected", viewer);
        Map<String, Object> after = new LinkedHashMap<>(claim.auditView());
        after.put("reason", reason);
        audit.record("Claim", id, "REJECTED", viewer.username(), before, after);
        return claim;
    }

    // ------------------------------------------------------------------------------------------------ reading

    public Claim get(Long id, Viewer viewer) {
        Claim claim = id == null ? null : em.find(Claim.class, id);
        if (claim == null || !canSee(viewer, claim)) {
            throw new NotFoundException("claim", id);
        }
        return claim;
    }

    /** The claims the viewer may see, newest first, optionally filtered. */
    public List<Claim> list(ClaimStatus status, Long contractId, Quarter quarter, Viewer viewer) {
        String jpql = "SELECT c FROM Claim c WHERE 1 = 1" + (status == null ? "" : " AND c.status = :status")
                + (contractId == null ? "" : " AND c.contract.id = :contract")
                + (quarter == null ? "" : " AND c.quarterCode = :quarter") + " ORDER BY c.id DESC";
        TypedQuery<Claim> query = em.createQuery(jpql, Claim.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (contractId != null) {
            query.setParameter("contract", contractId);
        }
        if (quarter != null) {
            query.setParameter("quarter", quarter.code());
        }
        // Filtered in Java with the same rule as get(): claims per contract and quarter are few.
        return query.getResultList().stream().filter(c -> canSee(viewer, c)).toList();
    }

    /** What each of the claim's lines may take, as it stands (the other live claims of the contract as they are now). */
    public List<LineBalance> balances(Claim claim) {
        List<OtherLine> others = otherLines(claim);
        List<LineBalance> result = new ArrayList<>();
        for (ClaimLine line : claim.lines()) {
            result.add(line.kind().isScheduleLine() ? scheduleBalance(claim, line.scheduleLineId(), others)
                    : contractBalance(claim.contract(), others));
        }
        return result;
    }

    /** The claim's parts in payment runs with their scheduled and paid dates, in run order; empty before a run. */
    public List<ClaimPayments.ClaimPayment> payments(Claim claim) {
        return payments.isResolvable() ? payments.get().of(claim.id()) : List.of();
    }

    /**
     * The date by which the provider can expect the money, until it is paid: an approved (or partly approved) claim's
     * decision date plus {@link #PROMPT_PAYMENT_DAYS}. Empty for a claim not approved, or already paid. Payment runs
     * will answer here with the run's own date once the claim is scheduled: this is the one place that says it.
     */
    public Optional<LocalDate> expectedPaymentBy(Claim claim) {
        return expectedPaymentBy(claim.status(), claim.decidedAt());
    }

    static Optional<LocalDate> expectedPaymentBy(ClaimStatus status, java.time.Instant decidedAt) {
        if (!status.isDecided() || status == ClaimStatus.PAID || decidedAt == null) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.ofInstant(decidedAt, UK).plusDays(PROMPT_PAYMENT_DAYS));
    }

    /** The claims waiting for the viewer's decision (those they may approve now), oldest submission first. */
    public List<Claim> awaitingDecisionBy(Viewer viewer) {
        if (!viewer.is(Role.COMMISSIONER) && !viewer.is(Role.ADMIN)) {
            return List.of();
        }
        List<Claim> waiting = new ArrayList<>();
        for (ClaimStatus status : List.of(ClaimStatus.SUBMITTED, ClaimStatus.RESUBMITTED)) {
            list(status, null, null, viewer).stream().filter(c -> mayApprove(c, viewer)).forEach(waiting::add);
        }
        waiting.sort(java.util.Comparator.comparing(Claim::id));
        return waiting;
    }

    /** Whether the viewer may attach evidence to the claim now (the rule {@link ClaimEvidence} enforces). */
    public static boolean mayAttachEvidence(Viewer viewer, Claim claim) {
        return isProviderPerson(claim.contract(), viewer) && claim.status().takesEvidence();
    }

    /** Who may approve it now, for an inbox: an eligible approver who is neither the submitter nor an earlier approver. */
    public boolean mayApprove(Claim claim, Viewer viewer) {
        return claim.status().awaitsDecision()
                && APPROVAL.mayApprove(request(claim, claim.claimedTotal(), claim.approvers()), viewer);
    }

    // ------------------------------------------------------------------------------------------------ rules

    private List<ClaimLineDraft> drafts(Contract contract, Quarter quarter, List<ClaimLineRequest> lines) {
        List<ClaimLineDraft> drafts = new ArrayList<>();
        Set<Long> scheduleLines = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ClaimLineRequest line = lines.get(i);
            String field = "lines[" + i + "]";
            if (line.kind() == null) {
                throw new RuleViolation(Reason.INVALID_INPUT, field + ".kind", "is required");
            }
            drafts.add(switch (line.kind()) {
                case UNIT_COST -> unitCostLine(contract, line, field);
                case COST -> costLine(contract, line, field);
                case MILESTONE, INSTALMENT -> scheduleLine(contract, quarter, line, field, scheduleLines);
            });
        }
        return drafts;
    }

    private ClaimLineDraft unitCostLine(Contract contract, ClaimLineRequest line, String field) {
        if (contract.type() != ContractType.UNIT_COST) {
            throw new RuleViolation(Reason.INVALID_INPUT, field + ".kind", contract.reference() + " is not a unit-cost contract; claim its "
                    + "instalments, milestones or costs instead");
        }
        ContractService bought = contract.services().stream().filter(s -> s.serviceId().equals(line.serviceId())).findFirst()
                .orElseThrow(() -> new RuleViolation(Reason.INVALID_INPUT, field + ".serviceId",
                        "name one of the services " + contract.reference() + " buys"));
        if (line.units() == null || line.units() <= 0) {
            throw new RuleViolation(Reason.INVALID_AMOUNT, field + ".units", "must be a whole number more than zero");
        }
        if (bought.unitsPerQuarter() != null && line.units() > bought.unitsPerQuarter()) {
            throw new RuleViolation(Reason.INVALID_AMOUNT, field + ".units", "%d units is more than the %d a quarter the contract buys"
                    .formatted(line.units(), bought.unitsPerQuarter()));
        }
        VcseService service = services.get(line.serviceId(), field + ".serviceId");
        Money price = service.unitCost();
        String description = line.description() == null || line.description().isBlank()
                ? line.units() + " × " + service.name() : line.description().strip();
        return new ClaimLineDraft(LineKind.UNIT_COST, description, null, service.id(), line.units(), price,
                ClaimArithmetic.unitCostAmount(line.units(), price));
    }

    private ClaimLineDraft costLine(Contract contract, ClaimLineRequest line, String field) {
        if (line.description() == null || line.description().isBlank()) {
            throw new RuleViolation(Reason.INVALID_INPUT, field + ".description", "is required: name the budget line");
        }
        requireAmount(contract, line.amount(), field);
        return new ClaimLineDraft(LineKind.COST, line.description().strip(), null, null, null, null, line.amount());
    }

    private ClaimLineDraft scheduleLine(Contract contract, Quarter quarter, ClaimLineRequest line, String field, Set<Long> seen) {
        PaymentScheduleLine scheduled = contract.currentSchedule().stream().filter(s -> s.id().equals(line.scheduleLineId()))
                .findFirst().orElseThrow(() -> new RuleViolation(Reason.INVALID_INPUT, field + ".scheduleLineId",
                        "name a current line of " + contract.reference() + "'s payment schedule"));
        boolean milestone = line.kind() == LineKind.MILESTONE;
        if (scheduled.kind() != (milestone ? ScheduleKind.MILESTONE : ScheduleKind.INSTALMENT)) {
            throw new RuleViolation(Reason.INVALID_INPUT, field + ".kind", "schedule line " + scheduled.id() + " is "
                    + (milestone ? "an instalment" : "a milestone") + "; claim it as one");
        }
        if (milestone && !scheduled.isReleased()) {
            throw new RuleViolation(Reason.WRONG_STATUS, field + ".scheduleLineId",
                    "'" + scheduled.description() + "' waits for its report to be accepted before it can be claimed");
        }
        if (!milestone && scheduled.dueDate().isAfter(quarter.endDate())) {
            throw new RuleViolation(Reason.WRONG_STATUS, field + ".scheduleLineId",
                    "'" + scheduled.description() + "' is not due until after " + quarter.label());
        }
        if (!seen.add(scheduled.id())) {
            throw new RuleViolation(Reason.DUPLICATE, field + ".scheduleLineId", "this claim already has a line for it");
        }
        Money amount = line.amount() == null ? scheduled.amount() : line.amount();
        requireAmount(contract, amount, field);
        return new ClaimLineDraft(line.kind(), scheduled.description(), scheduled.id(), null, null, null, amount);
    }

    private static void requireAmount(Contract contract, Money amount, String field) {
        if (amount == null || !amount.isPositive()) {
            throw new RuleViolation(Reason.INVALID_AMOUNT, field + ".amount", "must be more than zero");
        }
        if (!amount.isSameCurrencyAs(contract.value())) {
            throw new RuleViolation(Reason.MIXED_CURRENCY, field + ".amount", "the contract is in " + contract.value().currencyCode());
        }
    }

    /**
     * Each line within what remains of it: a schedule line its amount less what other live claims take of it; every
     * line also within the contract's committed value less what other live claims and this claim's earlier lines
     * take. Run under the contract's lock, so two claims cannot both take the last of a line: its callers took it
     * ({@link #forProvider}) before reading anything they check.
     */
    private void requireFits(Claim claim) {
        Contract contract = claim.contract();
        requireClaimable(contract, claim.quarter());
        // Open for every paying organisation: each fund's book-keeper closes its own quarters.
        for (Fund fund : contract.funds()) {
            ledger.requireOpen(fund, claim.quarter());
        }
        List<OtherLine> others = otherLines(claim);
        Money earlier = Money.zero(claim.currency());
        List<ClaimLine> lines = claim.lines();
        for (int i = 0; i < lines.size(); i++) {
            ClaimLine line = lines.get(i);
            if (line.kind().isScheduleLine()) {
                LineBalance balance = scheduleBalance(claim, line.scheduleLineId(), others);
                requireWithin(line, balance, i, "'" + line.description() + "' is for " + balance.limit().display());
            }
            LineBalance total = contractBalance(contract, others);
            LineBalance left = new LineBalance(total.limit(), total.takenByOthers().plus(earlier),
                    ClaimArithmetic.remaining(total.limit(), total.takenByOthers().plus(earlier)), total.approvedToDate());
            requireWithin(line, left, i, contract.reference() + " commits " + left.limit().display());
            earlier = earlier.plus(line.amount());
        }
    }

    private static void requireWithin(ClaimLine line, LineBalance balance, int i, String limitInWords) {
        if (line.amount().isGreaterThan(balance.remaining())) {
            throw new RuleViolation(Reason.CLAIM_EXCEEDS_REMAINING, "lines[" + i + "].amount",
                    "line %d claims %s but only %s remains (%s; %s is already claimed or approved)".formatted(i + 1,
                            line.amount().display(), balance.remaining().display(), limitInWords,
                            balance.takenByOthers().display()));
        }
    }

    private LineBalance scheduleBalance(Claim claim, Long scheduleLineId, List<OtherLine> others) {
        return scheduleBalance(claim.contract(), scheduleLineId, others);
    }

    private static LineBalance scheduleBalance(Contract contract, Long scheduleLineId, List<OtherLine> others) {
        Money zero = Money.zero(contract.currency());
        Money limit = contract.currentSchedule().stream().filter(s -> s.id().equals(scheduleLineId)).findFirst()
                .map(PaymentScheduleLine::amount).orElse(zero);
        List<OtherLine> onLine = others.stream().filter(l -> scheduleLineId.equals(l.scheduleLineId())).toList();
        return balance(limit, onLine);
    }

    private static LineBalance contractBalance(Contract contract, List<OtherLine> others) {
        return balance(contract.fundedTotal(), others);
    }

    private static LineBalance balance(Money limit, List<OtherLine> others) {
        BigDecimal taken = BigDecimal.ZERO;
        BigDecimal approved = BigDecimal.ZERO;
        for (OtherLine line : others) {
            taken = taken.add(line.takes());
            if (line.status().isDecided() && line.approvedAmount() != null) {
                approved = approved.add(line.approvedAmount());
            }
        }
        Money takenMoney = Money.of(taken, limit.currency());
        return new LineBalance(limit, takenMoney, ClaimArithmetic.remaining(limit, takenMoney), Money.of(approved, limit.currency()));
    }

    /**
     * Another claim's line as the balances need it: its schedule line, amounts, its claim's status, and its share of
     * what recoveries on its claim's reclaims brought back.
     */
    private record OtherLine(Long scheduleLineId, BigDecimal amount, BigDecimal approvedAmount, ClaimStatus status,
                             BigDecimal recovered) {

        /** What the line takes ({@link ClaimLine#takes}) less what the provider repaid of it: that is claimable again. */
        BigDecimal takes() {
            return ClaimLine.takes(status, amount, approvedAmount).subtract(recovered);
        }
    }

    private List<OtherLine> otherLines(Claim claim) {
        return otherLines(claim.contract().id(), claim.id());
    }

    /**
     * The lines of the contract's claims other than {@code claimId} (null: all of them, for a claim not yet saved), as
     * plain figures: loading them as entities built every other claim with its contract and lines on every
     * submission, most of its time on a contract with many claims (bench/claims-bench.sh).
     */
    private List<OtherLine> otherLines(Long contractId, Long claimId) {
        List<Object[]> rows = em.createQuery("SELECT c.id, l.scheduleLineId, l.amount, l.approvedAmount, c.status "
                        + "FROM ClaimLine l JOIN l.claim c WHERE c.contract.id = :contract AND c.id <> :claim "
                        + "ORDER BY c.id, l.lineNo", Object[].class)
                .setParameter("contract", contractId).setParameter("claim", claimId == null ? -1L : claimId)
                .getResultList();
        Map<Long, BigDecimal> recovered = payments.isResolvable() ? payments.get().recoveredByClaim(contractId) : Map.of();
        List<OtherLine> lines = new ArrayList<>();
        int from = 0;
        while (from < rows.size()) {
            Long claim = (Long) rows.get(from)[0];
            int to = from;
            while (to < rows.size() && claim.equals(rows.get(to)[0])) {
                to++;
            }
            List<Object[]> ofClaim = rows.subList(from, to);
            List<BigDecimal> back = ClaimArithmetic.recoveredPerLine(recovered.get(claim),
                    ofClaim.stream().map(r -> (BigDecimal) r[3]).toList());
            for (int i = 0; i < ofClaim.size(); i++) {
                Object[] r = ofClaim.get(i);
                lines.add(new OtherLine((Long) r[1], (BigDecimal) r[2], (BigDecimal) r[3], (ClaimStatus) r[4], back.get(i)));
            }
            from = to;
        }
        return lines;
    }

    /**
     * What a line being edited may take before it is saved, for the claim screen's running totals: a schedule line's
     * balance ({@code scheduleLineId}), or the contract's (null). {@code claimId} is the claim being edited (null for
     * a new one), whose own saved lines do not count against it. The same figures submission checks, not a copy.
     */
    public LineBalance balanceFor(Long contractId, Long claimId, Long scheduleLineId, Viewer viewer) {
        Contract contract = contracts.get(contractId, "contractId", viewer);
        List<OtherLine> others = otherLines(contract.id(), claimId);
        return scheduleLineId == null ? contractBalance(contract, others) : scheduleBalance(contract, scheduleLineId, others);
    }

    private static void requireClaimable(Contract contract, Quarter quarter) {
        if (contract.isSubcontract()) {
            throw new RuleViolation(Reason.WRONG_STATUS, "contractId", contract.reference()
                    + " is a subcontract: its lead provider pays it, so it is claimed from them, not from the funds");
        }
        if (contract.status() != ContractStatus.ACTIVE) {
            throw new RuleViolation(Reason.WRONG_STATUS, "contractId",
                    contract.reference() + " is " + contract.status().label().toLowerCase() + "; only an active contract takes claims");
        }
        if (quarter.endDate().isBefore(contract.startDate()) || quarter.startDate().isAfter(contract.endDate())
                || (contract.activatedOn() != null && contract.activatedOn().isAfter(quarter.endDate()))) {
            throw new RuleViolation(Reason.PERIOD_INVALID, "quarter", "%s was not active in %s".formatted(contract.reference(),
                    quarter.label()));
        }
    }

    private static void requireProvider(Contract contract, Viewer viewer) {
        if (!isProviderPerson(contract, viewer)) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null,
                    "only " + contract.provider().name() + "'s VCSE finance leads claim on " + contract.reference());
        }
    }

    private static boolean isProviderPerson(Contract contract, Viewer viewer) {
        return viewer.is(Role.VCSE_FINANCE) && contract.provider().id().equals(viewer.organisationId());
    }

    private Claim forProvider(Long id, Viewer viewer) {
        Claim claim = lockedForChange(id, viewer);
        requireProvider(claim.contract(), viewer);
        return claim;
    }

    private Claim forDecision(Long id, Viewer viewer) {
        APPROVAL.requireMayDecide(viewer);
        return lockedForChange(id, viewer);
    }

    /**
     * The claim with its contract's row and its own locked until the transaction ends, contract first (the order
     * every claim step takes). The contract's row is locked by id and the claim read with its lock, so each is read
     * once, as the locks hold it: locking entities already read made EclipseLink read each of them again.
     */
    private Claim lockedForChange(Long id, Viewer viewer) {
        Long contractId = id == null ? null : em.createQuery("SELECT c.contract.id FROM Claim c WHERE c.id = :id", Long.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        if (contractId == null) {
            throw new NotFoundException("claim", id);
        }
        lockContractRow(contractId);
        Claim claim = em.find(Claim.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null || !canSee(viewer, claim)) {
            throw new NotFoundException("claim", id);
        }
        return claim;
    }

    /**
     * The contract row, locked until the transaction ends: claims on one contract are checked one after another.
     * Locked by id before the contract is read, so it is read once, as the lock holds it.
     */
    private void lockContractRow(Long contractId) {
        em.createNativeQuery("SELECT id FROM contract WHERE id = ?1 FOR UPDATE").setParameter(1, contractId).getResultList();
    }

    private Optional<Claim> liveClaim(Long contractId, Quarter quarter) {
        return em.createQuery("SELECT c FROM Claim c WHERE c.liveKey = :key", Claim.class)
                .setParameter("key", Claim.liveKey(contractId, quarter)).getResultStream().findFirst();
    }

    /** Who may approve: the organisations answerable for one of the contract's paying funds. */
    private static ApprovalRequest request(Claim claim, Money amount, List<String> approvedBy) {
        Set<Long> organisations = new HashSet<>();
        for (Fund fund : claim.contract().funds()) {
            organisations.addAll(fund.answerableOrganisations());
        }
        // The provider's own people never approve, even should their organisation also be a fund's partner.
        organisations.remove(claim.contract().provider().id());
        String requestedBy = claim.submittedBy() == null ? claim.createdBy() : claim.submittedBy();
        return new ApprovalRequest("claim " + claim.id(), requestedBy, amount, organisations, approvedBy);
    }

    /**
     * Who may see a claim (and so its evidence): the provider's people, anyone who may read one of the contract's
     * paying funds, and administrators. Everyone else is told it does not exist.
     */
    public static boolean canSee(Viewer viewer, Claim claim) {
        Contract contract = claim.contract();
        if (viewer.seesEverything() || contract.provider().id().equals(viewer.organisationId())) {
            return true;
        }
        return contract.funds().stream().anyMatch(f -> FundVisibility.canRead(viewer, f));
    }

    // ------------------------------------------------------------------------------------------------ ledger

    /** The contract's funding split applied to {@code total}, fund by fund, to the penny. */
    static Map<Long, Money> splitOverFunds(Contract contract, Money total) {
        Map<Long, Money> weights = new LinkedHashMap<>();
        for (ContractFunding line : contract.funding()) {
            if (line.amount().isPositive()) {
                weights.merge(line.fund().id(), line.amount(), Money::plus);
            }
        }
        return ClaimArithmetic.split(total, weights);
    }

    /** What the claim holds in CLAIMED now, per fund, from its own postings. */
    private Map<Long, Money> claimedByFund(Claim claim) {
        Map<Long, Money> held = new LinkedHashMap<>();
        ledger.heldBy(SourceDocument.of(DocumentType.CLAIM, claim.id()), Account.CLAIMED).forEach((fund, sum) -> {
            Money amount = Money.of(sum, claim.currency());
            if (!amount.isZero()) {
                held.put(fund, amount);
            }
        });
        return held;
    }

    /** Moves what is claimed per fund from {@code held} to {@code wanted}, the difference between COMMITTED and CLAIMED. */
    private void postDifference(Claim claim, Map<Long, Money> held, Map<Long, Money> wanted, String what, Viewer viewer) {
        Set<Long> funds = new java.util.TreeSet<>(held.keySet());
        funds.addAll(wanted.keySet());
        List<PostingLine> lines = new ArrayList<>();
        Money zero = Money.zero(claim.currency());
        for (Long fund : funds) {
            Money change = wanted.getOrDefault(fund, zero).minus(held.getOrDefault(fund, zero));
            if (!change.isZero()) {
                lines.add(PostingLine.of(fund, Account.COMMITTED, change.negate()));
                lines.add(PostingLine.of(fund, Account.CLAIMED, change));
            }
        }
        if (!lines.isEmpty()) {
            ledger.post(EntryType.CLAIM, claim.sourceDocument(), valueDate(claim), describe(claim, what), lines, viewer.username());
        }
    }

    private static LocalDate valueDate(Claim claim) {
        return claim.quarter().endDate();
    }

    private static String describe(Claim claim, String what) {
        return "%s: claim %d, %s %s".formatted(what, claim.id(), claim.contract().reference(), claim.quarter().label());
    }

    private static Map<String, Object> withDeclaration(Claim claim) {
        Map<String, Object> view = new LinkedHashMap<>(claim.auditView());
        view.put("declaration", claim.declaration());
        return view;
    }
}
