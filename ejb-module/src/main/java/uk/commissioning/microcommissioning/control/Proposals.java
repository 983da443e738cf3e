package uk.commissioning.microcommissioning.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import uk.commissioning.areas.control.AreaIndex;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.contracts.control.NeedCategories;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.demand.matching.control.Matching;
import uk.commissioning.demand.matching.control.MatchingCalculator.Cell;
import uk.commissioning.demand.matching.control.MatchingCalculator.Level;
import uk.commissioning.demand.matching.control.ServiceOffer;
import uk.commissioning.funding.control.Allocations;
import uk.commissioning.funding.control.Decisions;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.entity.Allocation;
import uk.commissioning.funding.entity.AllocationTarget;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.FundType;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.microcommissioning.control.ProposalCalculator.Award;
import uk.commissioning.microcommissioning.control.ProposalCalculator.Gap;
import uk.commissioning.microcommissioning.entity.AllocationProposal;
import uk.commissioning.microcommissioning.entity.AllocationProposalLine;
import uk.commissioning.money.Money;
import uk.commissioning.rules.InputRules;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Proposals for spending a micro-commissioning pot where matching finds unfunded demand ({@link ProposalCalculator}
 * has the method), and accepting one: one ledger allocation (AVAILABLE → ALLOCATED, target POT) per funded line, all
 * in one transaction, so a pot that no longer holds enough refuses the whole proposal and nothing is written.
 * Commissioners who can see the pot, and administrators, make and accept proposals.
 */
@Stateless
public class Proposals {

    private static final int CANDIDATES = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Funds funds;

    @Inject
    Decisions decisions;

    @Inject
    Allocations allocations;

    @Inject
    Ledger ledger;

    @Inject
    NeedCategories needCategories;

    @Inject
    Matching matching;

    @Inject
    AuditTrail audit;

    /**
     * What to propose, with its input rules (the API's and the proposals screen's alike): a pot, a period, at least one
     * need and one area (all borough or all ward codes), awards from {@code minAward} (zero or more) to
     * {@code maxAward} (more than zero, not below {@code minAward}), and an {@code amount} to share that is more than
     * zero; a rule broken is {@link Reason#INVALID_INPUT} for every field at fault.
     *
     * @param areas  borough codes (E09…) or ward codes (E05…), not a mix
     * @param amount what to share; null: all the pot has AVAILABLE
     */
    public record Request(Long fundId, DemandPeriod period, List<String> needs, List<String> areas, Money minAward,
                          Money maxAward, boolean deprivationWeighting, Money amount) {

        /** What the screen starts from: awards of 500 to 5,000 in the pot's currency, deprivation weighting on. */
        public static final BigDecimal DEFAULT_MIN_AWARD = new BigDecimal("500");
        public static final BigDecimal DEFAULT_MAX_AWARD = new BigDecimal("5000");
        public static final boolean DEFAULT_DEPRIVATION_WEIGHTING = true;

        private static final String WARD = "E05";

        void enforceInputRules() {
            InputRules rules = new InputRules()
                    .required("fundId", fundId)
                    .required("period", period)
                    .unless(needs != null && !needs.isEmpty(), "needs", "is required: at least one need category code")
                    .unless(areas != null && !areas.isEmpty(), "areas",
                            "is required: borough codes (E09…) or ward codes (E05…)")
                    .unless(areas == null || areas.stream().allMatch(a -> a.startsWith(WARD))
                            || areas.stream().noneMatch(a -> a.startsWith(WARD)), "areas",
                            "give all borough codes or all ward codes, not a mix")
                    .required("minAward", minAward).notNegative("minAward", minAward)
                    .required("maxAward", maxAward).positive("maxAward", maxAward)
                    .positive("amount", amount);
            if (!rules.refused("minAward") && !rules.refused("maxAward") && minAward.isSameCurrencyAs(maxAward)) {
                rules.unless(maxAward.compareTo(minAward) >= 0, "maxAward", "must be at least minAward");
            }
            rules.enforce();
        }
    }

    public AllocationProposal propose(Request request, Viewer viewer) {
        requireMoneyManager(viewer);
        request.enforceInputRules();
        Fund fund = pot(request.fundId(), viewer);
        fund.requireOpen();
        fund.requireCurrency(request.minAward(), "minAward");
        fund.requireCurrency(request.maxAward(), "maxAward");
        List<String> needs = List.copyOf(new LinkedHashSet<>(request.needs()));
        List<String> areaCodes = List.copyOf(new LinkedHashSet<>(request.areas()));
        needCategories.requireKnown(needs, "needs");
        Money available = ledger.balance(fund, Account.AVAILABLE);
        Money toShare = request.amount() == null ? available : request.amount();
        if (request.amount() != null) {
            fund.requireCurrency(request.amount(), "amount");
        }
        if (!toShare.isPositive() || toShare.isGreaterThan(available)) {
            throw new RuleViolation(Reason.INSUFFICIENT_REMAINING_BUDGET, "amount", "%s has %s AVAILABLE; %s cannot be shared"
                    .formatted(fund.code(), available.display(), toShare.display()));
        }

        Matching.Snapshot snapshot = matching.snapshot(request.period());
        AreaIndex areas = snapshot.areas();
        Level level = requireOneKindOfArea(areas, areaCodes);
        BigDecimal meanScore = areas.meanImdScore(areaCodes);
        List<Cell> cells = request.period().isYear() ? snapshot.matrix().yearTotals(level, null, null)
                : snapshot.matrix().cells(level, null, null);
        List<Cell> gaps = new ArrayList<>();
        Map<Cell, Gap> gapOf = new HashMap<>();
        for (Cell cell : cells) {
            if (needs.contains(cell.needCode()) && areaCodes.contains(cell.areaCode()) && !cell.wardNotGiven()
                    && cell.unmet().signum() > 0 && cell.unitCost() != null && cell.unfundedDemand().isPositive()) {
                BigDecimal weight = request.deprivationWeighting()
                        ? ProposalCalculator.deprivationWeight(areas.imdScore(cell.areaCode()), meanScore) : BigDecimal.ONE.setScale(4);
                gaps.add(cell);
                gapOf.put(cell, new Gap(cell.unfundedDemand(), weight));
            }
        }
        gaps.sort(Comparator.comparing((Cell c) -> ProposalCalculator.weight(gapOf.get(c))).reversed()
                .thenComparing(c -> needs.indexOf(c.needCode())).thenComparing(Cell::areaCode));
        ProposalCalculator.Result result = ProposalCalculator.share(gaps.stream().map(gapOf::get).toList(), toShare,
                request.minAward(), request.maxAward());

        AllocationProposal proposal = new AllocationProposal(fund, request.period().from(), request.period().to(), needs,
                areaCodes, request.minAward(), request.maxAward(), request.deprivationWeighting(), available, toShare,
                result.total(), viewer.username());
        for (int i = 0; i < gaps.size(); i++) {
            Cell cell = gaps.get(i);
            Award award = result.awards().get(i);
            String deprivation = request.deprivationWeighting()
                    ? "IMD 2019 score %s against %s across the areas in scope".formatted(
                    areas.imdScore(cell.areaCode()).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    meanScore.setScale(2, RoundingMode.HALF_UP).toPlainString())
                    : "deprivation weighting off";
            proposal.addLine(new AllocationProposalLine(proposal, i + 1, cell.needCode(), cell.areaCode(), cell.referrals(),
                    cell.capacity(), cell.unmet(), cell.unitCost(), cell.unitCostBasis(), cell.unfundedDemand(),
                    award.gap().deprivationWeight(), award.weight(), award.amount(),
                    candidates(snapshot, cell, level).stream().map(ServiceOffer::id).toList(),
                    ProposalCalculator.explanation(cell, request.period().label(), deprivation, award, toShare,
                            request.minAward(), request.maxAward())));
        }
        em.persist(proposal);
        em.flush();
        audit.record("AllocationProposal", proposal.id(), "PROPOSED", viewer.username(), null, proposal.auditView());
        return proposal;
    }

    private Fund pot(Long fundId, Viewer viewer) {
        Fund fund = funds.get(fundId, "fundId", viewer);
        if (fund.type() != FundType.MICRO_COMMISSIONING_POT) {
            throw new RuleViolation(Reason.WRONG_FUND_TYPE, "fundId", fund.code() + " is a " + fund.type()
                    + "; proposals spend a " + FundType.MICRO_COMMISSIONING_POT);
        }
        return fund;
    }

    /** Every code a known area; all boroughs (borough cells) or all wards (ward cells), as the request's rules say. */
    private static Level requireOneKindOfArea(AreaIndex areas, List<String> codes) {
        for (int i = 0; i < codes.size(); i++) {
            if (!areas.isBorough(codes.get(i)) && !areas.isWard(codes.get(i))) {
                throw new NotFoundException("areas[" + i + "]", "area (ward E05… or borough E09…)", codes.get(i));
            }
        }
        return codes.stream().allMatch(areas::isBorough) ? Level.BOROUGH : Level.WARD;
    }

    /** Active directory services offering the need in the area, cheapest per person first. */
    private static List<ServiceOffer> candidates(Matching.Snapshot snapshot, Cell cell, Level level) {
        AreaIndex areas = snapshot.areas();
        return snapshot.directory().stream()
                .filter(s -> s.isActive() && s.needs().contains(cell.needCode()))
                .filter(s -> areas.rowsCovered(s.areas()).stream().anyMatch(row -> level == Level.WARD
                        ? row.equals(cell.areaCode()) : cell.areaCode().equals(areas.boroughOf(row))))
                .sorted(Comparator.comparing((ServiceOffer s) -> s.costPerPerson(snapshot.sessionsPerPerson()).amount())
                        .thenComparing(ServiceOffer::name).thenComparing(ServiceOffer::id))
                .limit(CANDIDATES).toList();
    }

    /** A proposal whose pot the viewer can see; anyone else's is "not found". */
    public AllocationProposal get(Long id, Viewer viewer) {
        requireMoneyManager(viewer);
        AllocationProposal proposal = id == null ? null : em.find(AllocationProposal.class, id);
        if (proposal == null) {
            throw new NotFoundException("proposal", id);
        }
        try {
            funds.get(proposal.fund().id(), viewer);
        } catch (NotFoundException hidden) {
            throw new NotFoundException("proposal", id);
        }
        return proposal;
    }

    /** A pot's proposals, newest first. */
    public List<AllocationProposal> ofFund(Long fundId, Viewer viewer) {
        requireMoneyManager(viewer);
        funds.get(fundId, "fundId", viewer);
        return em.createNamedQuery(AllocationProposal.OF_FUND, AllocationProposal.class).setParameter("fund", fundId)
                .getResultList();
    }

    /**
     * Posts one allocation from the pot per line with an award, target POT, reference {@code PROPOSAL-<id>-<line>},
     * on {@code valueDate} (default: today, or the pot's last day when today is past its year). Accepting twice is
     * WRONG_STATUS; a pot without enough AVAILABLE is INSUFFICIENT_REMAINING_BUDGET and nothing is written.
     */
    public AllocationProposal accept(Long id, Long decisionId, LocalDate valueDate, Viewer viewer) {
        AllocationProposal proposal = get(id, viewer);
        em.lock(proposal, LockModeType.PESSIMISTIC_WRITE);
        Map<String, Object> before = proposal.auditView();
        Fund fund = proposal.fund();
        Decision decision = decisionId == null ? null : decisions.cited(decisionId, "decisionId", List.of(fund));
        proposal.accepted(decision, viewer.username());
        List<AllocationProposalLine> funded = proposal.lines().stream().filter(l -> l.amount().isPositive()).toList();
        if (funded.isEmpty()) {
            throw new RuleViolation(Reason.NO_CHANGE, null, "proposal " + id + " awards nothing; there is nothing to allocate");
        }
        Money total = funded.stream().map(AllocationProposalLine::amount).reduce(Money.zero(fund.currency()), Money::plus);
        Money available = ledger.balance(fund, Account.AVAILABLE);
        if (total.isGreaterThan(available)) {
            throw new RuleViolation(Reason.INSUFFICIENT_REMAINING_BUDGET, "amount", "%s has %s AVAILABLE now; the proposal needs %s"
                    .formatted(fund.code(), available.display(), total.display()));
        }
        LocalDate date = valueDate != null ? valueDate : defaultValueDate(fund);
        List<Long> allocationIds = new ArrayList<>();
        for (AllocationProposalLine line : funded) {
            Allocation allocation = allocations.allocate(fund.id(), line.amount(), "Micro-commissioning proposal " + id
                    + " line " + line.lineOrder() + ": " + line.needCode() + " in " + line.areaCode(), AllocationTarget.POT,
                    proposal.targetRef(line), decisionId, date, viewer);
            line.fundedBy(allocation.id());
            allocationIds.add(allocation.id());
        }
        em.flush();
        Map<String, Object> after = proposal.auditView();
        after.put("allocations", allocationIds);
        after.put("valueDate", date.toString());
        audit.record("AllocationProposal", id, "ACCEPTED", viewer.username(), before, after);
        return proposal;
    }

    private static LocalDate defaultValueDate(Fund fund) {
        LocalDate today = LocalDate.now();
        if (fund.financialYear().contains(today)) {
            return today;
        }
        return today.isAfter(fund.financialYear().endDate()) ? fund.financialYear().endDate() : fund.financialYear().startDate();
    }

    private static void requireMoneyManager(Viewer viewer) {
        if (!viewer.seesEverything() && !viewer.is(Role.COMMISSIONER)) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null,
                    "only commissioners and administrators make and accept micro-commissioning proposals");
        }
    }
}
