package uk.commissioning.microcommissioning.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.commissioning.areas.control.AreaIndex;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.demand.matching.control.Matching;
import uk.commissioning.demand.matching.control.ServiceOffer;
import uk.commissioning.demand.ui.DemandChoices;
import uk.commissioning.funding.control.Decisions;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.FundType;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.microcommissioning.boundary.ProposalsJson.Names;
import uk.commissioning.microcommissioning.control.Proposals;
import uk.commissioning.microcommissioning.entity.AllocationProposal;
import uk.commissioning.microcommissioning.entity.AllocationProposalLine;
import uk.commissioning.microcommissioning.entity.ProposalStatus;
import uk.commissioning.money.Money;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.InputRules;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.RuleViolation;

/**
 * Proposals for spending a micro-commissioning pot where matching finds unfunded demand ({@link Proposals}, the same
 * method as {@code POST /api/demand/proposals}): the form, one proposal with its lines and explanations, accepting it
 * (one allocation from the pot per funded line) and the pot's earlier proposals. Commissioners and administrators.
 */
@Named
@ViewScoped
public class ProposalsPage implements Serializable {

    @Inject
    transient Caller caller;

    @Inject
    transient Proposals proposals;

    @Inject
    transient Matching matching;

    @Inject
    transient Funds funds;

    @Inject
    transient Decisions decisions;

    // The address: a pot, or one proposal.
    private Long fund;
    private Long id;

    private List<Fund> pots;
    private AllocationProposal proposal;
    private List<AllocationProposal> history = List.of();
    private Names names;

    // The form.
    private Long fundId;
    private String period;
    private List<String> needs = new ArrayList<>();
    private String level = "borough";
    private String wardsOf;
    private List<String> areas = new ArrayList<>();
    private BigDecimal minAward = Proposals.Request.DEFAULT_MIN_AWARD;
    private BigDecimal maxAward = Proposals.Request.DEFAULT_MAX_AWARD;
    private boolean deprivationWeighting = Proposals.Request.DEFAULT_DEPRIVATION_WEIGHTING;
    private BigDecimal amount;
    private Long decisionId;

    /** Commissioners and administrators (others: "not allowed"); a proposal on a pot the viewer cannot see is "not found". */
    public void load() throws IOException {
        if (pots != null) {
            return;
        }
        Viewer viewer = caller.viewer();
        if (!viewer.seesEverything() && !viewer.is(Role.COMMISSIONER)) {
            Messages.notAllowed();
            return;
        }
        names = Names.of(matching.areas(), matching.needNames(), matching.directory(), matching.sessionsPerPerson());
        pots = funds.all(viewer).stream().filter(f -> f.type() == FundType.MICRO_COMMISSIONING_POT)
                .sorted(Comparator.comparing(Fund::code)).toList();
        if (id != null) {
            try {
                proposal = proposals.get(id, viewer);
            } catch (NotFoundException e) {
                Messages.notFound();
                return;
            }
            fund = proposal.fund().id();
        }
        Fund pot = pots.stream().filter(f -> f.id().equals(fund)).findFirst().orElse(pots.isEmpty() ? null : pots.get(0));
        needs = new ArrayList<>(names.needs().keySet());
        choosePot(pot);
    }

    private void choosePot(Fund pot) {
        fundId = pot == null ? null : pot.id();
        period = pot == null ? DemandChoices.DEFAULT_PERIOD : pot.financialYear().code();
        history = pot == null ? List.of() : proposals.ofFund(pot.id(), caller.viewer());
    }

    /** Another pot chosen in the form: its year and its earlier proposals. */
    public void potChanged() {
        choosePot(pots.stream().filter(f -> f.id().equals(fundId)).findFirst().orElse(null));
    }

    /** Boroughs, or wards of one borough: the areas offered change, so what was chosen is cleared. */
    public void scopeChanged() {
        areas = new ArrayList<>();
    }

    public List<DemandChoices.Option> getAreaOptions() {
        AreaIndex index = names.areas();
        if ("ward".equals(level)) {
            return wardsOf == null || wardsOf.isBlank() ? List.of() : index.wardsOf(wardsOf).stream()
                    .sorted(Comparator.comparing(AreaIndex.Ward::name)).map(w -> new DemandChoices.Option(w.code(), w.name()))
                    .toList();
        }
        return DemandChoices.boroughs(index);
    }

    /** Computes and stores a proposal (nothing moves in the ledger), then shows it; the request's rules are the domain's. */
    public String propose() {
        Currency currency = pots.stream().filter(f -> f.id().equals(fundId)).findFirst().map(Fund::currency)
                .orElse(Money.DEFAULT_CURRENCY);
        return Messages.attempt("propose", "No proposal was made", () -> {
            DemandPeriod chosen = InputRules.parse(period, DemandChoices::period, "period");
            AllocationProposal made = proposals.propose(new Proposals.Request(fundId, chosen, needs, areas,
                    InputRules.amount(minAward, currency, "minAward"), InputRules.amount(maxAward, currency, "maxAward"),
                    deprivationWeighting, InputRules.amount(amount, currency, "amount")), caller.viewer());
            Messages.flash("Proposal " + made.id() + " made: " + made.totalProposed().display() + " across "
                    + made.awardedLineCount() + " line(s) with an award, "
                    + made.unallocated().display() + " unallocated. Nothing has moved in the ledger yet.");
            return "/demand/proposals?faces-redirect=true&id=" + made.id();
        });
    }

    /** Posts one allocation from the pot per funded line, all or nothing. */
    public String accept() {
        if (proposal == null) {
            return null;
        }
        String accepted = Messages.attempt("accept", "Proposal " + proposal.id() + " was not accepted", () -> {
            AllocationProposal done = proposals.accept(proposal.id(), decisionId, null, caller.viewer());
            List<Long> ids = done.lines().stream().map(AllocationProposalLine::allocationId).filter(Objects::nonNull).toList();
            Messages.flash("Proposal " + done.id() + " accepted: " + ids.size() + " allocation(s) posted from "
                    + done.fund().code() + " (" + done.totalProposed().display() + "), ids "
                    + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".");
            return "/demand/proposals?faces-redirect=true&id=" + done.id();
        });
        if (accepted == null) {
            proposal = proposals.get(proposal.id(), caller.viewer());
        }
        return accepted;
    }

    public boolean isAcceptable() {
        return proposal != null && proposal.status() == ProposalStatus.PROPOSED && proposal.totalProposed().isPositive();
    }

    public String needName(String code) {
        return names.needs().getOrDefault(code, code);
    }

    public String areaName(String code) {
        return names.areas().name(code);
    }

    public String needNames(List<String> codes) {
        return codes.stream().map(this::needName).collect(Collectors.joining(", "));
    }

    public String areaNames(List<String> codes) {
        return codes.stream().map(this::areaName).collect(Collectors.joining(", "));
    }

    /** "Period (from – to)" of a stored proposal. */
    public String periodOf(AllocationProposal p) {
        return DemandPeriod.between(p.periodFrom(), p.periodTo()).label();
    }

    /** A line's candidate services as the directory has them now, cheapest per person first. */
    public List<String> candidates(AllocationProposalLine line) {
        return line.candidateServices().stream().map(names.services()::get).filter(Objects::nonNull)
                .map(s -> s.name() + " (" + s.providerName() + "), " + cost(s) + " a person").toList();
    }

    private String cost(ServiceOffer s) {
        return s.costPerPerson(names.sessionsPerPerson()).display();
    }

    /** Decisions that may authorise spending the proposal's pot (before one is chosen: the viewer's and partners'). */
    public List<Decision> getDecisions() {
        return proposal == null ? decisions.visibleTo(caller.viewer())
                : decisions.citableFor(List.of(proposal.fund()), caller.viewer());
    }

    public List<DemandChoices.Option> getPeriods() {
        return DemandChoices.periods(null);
    }

    public List<DemandChoices.Option> getNeedOptions() {
        return names.needs().entrySet().stream().map(e -> new DemandChoices.Option(e.getKey(), e.getValue())).toList();
    }

    public List<DemandChoices.Option> getBoroughs() {
        return DemandChoices.boroughs(names.areas());
    }

    public boolean isLoaded() {
        return pots != null;
    }

    public List<Fund> getPots() {
        return pots;
    }

    public AllocationProposal getProposal() {
        return proposal;
    }

    public List<AllocationProposal> getHistory() {
        return history;
    }

    public Long getFund() {
        return fund;
    }

    public void setFund(Long fund) {
        this.fund = fund;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getFundId() {
        return fundId;
    }

    public void setFundId(Long fundId) {
        this.fundId = fundId;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public List<String> getNeeds() {
        return needs;
    }

    public void setNeeds(List<String> needs) {
        this.needs = needs == null ? new ArrayList<>() : new ArrayList<>(needs);
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getWardsOf() {
        return wardsOf;
    }

    public void setWardsOf(String wardsOf) {
        this.wardsOf = wardsOf;
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = areas == null ? new ArrayList<>() : new ArrayList<>(areas);
    }

    public BigDecimal getMinAward() {
        return minAward;
    }

    public void setMinAward(BigDecimal minAward) {
        this.minAward = minAward;
    }

    public BigDecimal getMaxAward() {
        return maxAward;
    }

    public void setMaxAward(BigDecimal maxAward) {
        this.maxAward = maxAward;
    }

    public boolean isDeprivationWeighting() {
        return deprivationWeighting;
    }

    public void setDeprivationWeighting(boolean deprivationWeighting) {
        this.deprivationWeighting = deprivationWeighting;
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
}
