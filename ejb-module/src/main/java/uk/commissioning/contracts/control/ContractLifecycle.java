package uk.commissioning.contracts.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.contracts.control.ContractDraft.ServiceLine;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractFunding;
import uk.commissioning.contracts.entity.ContractService;
import uk.commissioning.contracts.entity.ContractStatus;
import uk.commissioning.contracts.entity.ContractVariation;
import uk.commissioning.contracts.entity.FundingShare;
import uk.commissioning.contracts.entity.FundingSplit;
import uk.commissioning.contracts.entity.PaymentSchedule;
import uk.commissioning.contracts.entity.PaymentScheduleLine;
import uk.commissioning.contracts.entity.ScheduleItem;
import uk.commissioning.contracts.entity.ScheduleKind;
import uk.commissioning.contracts.entity.ScheduleSplit;
import uk.commissioning.contracts.entity.VariationKind;
import uk.commissioning.contracts.entity.VcseService;
import uk.commissioning.funding.control.Decisions;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.entity.Allocation;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.EntryType;
import uk.commissioning.ledger.entity.JournalEntry;
import uk.commissioning.ledger.entity.PostingLine;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.organisations.entity.OrganisationType;
import uk.commissioning.period.Dates;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Contracts and grant agreements through their life: a draft is set up with its funding split, services and payment
 * schedule; activating it commits the money in the ledger (from each paying fund's earmark or remaining budget);
 * each variation, citing a decision, posts the change in commitment; ending or terminating releases what is left.
 * Every ledger entry for a contract has the contract as its source document, so what a contract still holds in a
 * fund is the sum of its COMMITTED postings there ({@link ContractQueries#outstandingCommitment}).
 */
@Stateless
public class ContractLifecycle {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContractQueries contracts;

    @Inject
    Organisations organisations;

    @Inject
    Funds funds;

    @Inject
    Decisions decisions;

    @Inject
    Services services;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    // ---------------------------------------------------------------------------------------------------- drafting

    public Contract create(ContractDraft draft, Viewer viewer) {
        if (contracts.byReference(draft.reference()).isPresent()) {
            throw new RuleViolation(Reason.DUPLICATE, "reference", "a contract with reference " + draft.reference() + " already exists");
        }
        requirePositive(draft.value(), "value");
        requirePeriod(draft.startDate(), draft.endDate(), "endDate");
        Organisation provider = organisations.get(draft.providerId(), "providerId");
        if (provider.type().sector() != OrganisationType.Sector.VCSE) {
            throw new RuleViolation(Reason.WRONG_ORGANISATION_TYPE, "providerId",
                    provider.name() + " is a commissioner; contracts are with VCSE providers");
        }
        Contract lead = null;
        List<Organisation> commissioners = new ArrayList<>();
        if (draft.leadContractId() != null) {
            lead = requireLeadFor(draft, provider, viewer);
            commissioners.add(lead.provider());
        } else {
            ContractAccess.requireManager(viewer);
            commissioners.addAll(commissionersOf(draft.commissionerIds(), viewer));
        }
        Map<Long, Fund> paying = new HashMap<>();
        FundingSplit split = lead == null ? FundingSplit.forContract(draft.funding(), draft.value(), payers(viewer, paying)) : null;
        List<Fund> funds = lead == null ? split.shares().stream().map(s -> paying.get(s.fundId())).distinct().toList()
                : lead.funds();
        Decision decision = draft.decisionId() == null ? null : decisions.cited(draft.decisionId(), "decisionId", funds);
        Contract contract = new Contract(draft.reference(), draft.title(), draft.type(), provider, lead,
                draft.startDate(), draft.endDate(), draft.value(), draft.conditions(), decision, commissioners,
                viewer.username());
        if (lead == null) {
            for (FundingSplit.Share share : split.shares()) {
                Fund fund = paying.get(share.fundId());
                contract.addFunding(new ContractFunding(contract, fund, allocationFor(fund, share.allocationId(), share.field()),
                        share.amount()));
            }
        }
        for (ContractService line : serviceLines(provider, draft.services(), "services")) {
            contract.addService(line);
        }
        PaymentSchedule schedule = draft.schedule().isEmpty()
                ? PaymentSchedule.quarterlyInArrears(draft.value(), draft.startDate(), draft.endDate())
                : new PaymentSchedule(draft.schedule());
        schedule.requirePays(draft.value(), Money.zero(contract.currency()), draft.startDate(), draft.endDate());
        for (ScheduleItem item : schedule.items()) {
            contract.addScheduleLine(new PaymentScheduleLine(contract, item.kind(), item.description(), item.dueDate(),
                    item.amount(), null));
        }
        em.persist(contract);
        em.flush();
        audit.record("Contract", contract.id(), "CREATED", viewer.username(), null, contract.auditView());
        return contract;
    }

    private Contract requireLeadFor(ContractDraft draft, Organisation provider, Viewer viewer) {
        Contract lead = contracts.get(draft.leadContractId(), "leadContractId", viewer);
        if (lead.isSubcontract()) {
            throw new RuleViolation(Reason.WRONG_STATUS, "leadContractId", lead.reference() + " is itself a subcontract");
        }
        if (lead.status().isClosed()) {
            throw new RuleViolation(Reason.WRONG_STATUS, "leadContractId", lead.reference() + " is " + lead.status());
        }
        if (lead.provider().id().equals(provider.id())) {
            throw new RuleViolation(Reason.WRONG_ORGANISATION_TYPE, "providerId", "a lead provider cannot subcontract itself");
        }
        if (!ContractAccess.isLeadProviderPerson(viewer, lead)) {
            ContractAccess.requireManager(viewer);
        }
        if (!draft.funding().isEmpty()) {
            throw new RuleViolation(Reason.FUNDING_SPLIT_INVALID, "funding",
                    "a subcontract is paid by its lead provider out of " + lead.reference() + "; it has no funds of its own");
        }
        if (draft.startDate().isBefore(lead.startDate()) || draft.endDate().isAfter(lead.endDate())) {
            throw new RuleViolation(Reason.PERIOD_INVALID, "endDate", "a subcontract must fall within its lead contract's period, "
                    + Dates.plain(lead.startDate()) + " to " + Dates.plain(lead.endDate()));
        }
        return lead;
    }

    private List<Organisation> commissionersOf(List<Long> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            throw new RuleViolation(Reason.WRONG_ORGANISATION_TYPE, "commissionerIds", "at least one commissioner is required");
        }
        List<Organisation> commissioners = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Organisation org = organisations.get(ids.get(i), "commissionerIds[" + i + "]");
            if (!org.isCommissioner()) {
                throw new RuleViolation(Reason.WRONG_ORGANISATION_TYPE, "commissionerIds[" + i + "]",
                        org.name() + " is a VCSE organisation, not a commissioner");
            }
            if (!commissioners.contains(org)) {
                commissioners.add(org);
            }
        }
        if (!viewer.seesEverything() && commissioners.stream().noneMatch(o -> o.id().equals(viewer.organisationId()))) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, "commissionerIds",
                    "your organisation must be one of the contract's commissioners");
        }
        return commissioners;
    }

    /**
     * The funds a split names, each looked up as the viewer may use it (another tenant's fund is "not found"), and
     * kept in {@code found} for the funding lines they become.
     */
    private FundingSplit.Payers payers(Viewer viewer, Map<Long, Fund> found) {
        return (fundId, field) -> {
            Fund fund = funds.get(fundId, field, viewer);
            found.put(fund.id(), fund);
            return new FundingSplit.Payer(fund.id(), fund.code(), fund.currency());
        };
    }

    private Allocation allocationFor(Fund fund, Long allocationId, String field) {
        if (allocationId == null) {
            return null;
        }
        Allocation allocation = em.find(Allocation.class, allocationId);
        if (allocation == null || !allocation.fund().id().equals(fund.id())) {
            throw new NotFoundException(field + ".allocationId", "allocation of " + fund.code(), allocationId);
        }
        return allocation;
    }

    private List<ContractService> serviceLines(Organisation provider, List<ServiceLine> lines, String field) {
        List<ContractService> result = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            VcseService service = services.get(line.serviceId(), field + "[" + i + "].serviceId");
            if (!service.provider().id().equals(provider.id())) {
                throw new RuleViolation(Reason.SERVICE_NOT_PROVIDERS, field + "[" + i + "].serviceId",
                        "'" + service.name() + "' is run by " + service.provider().name() + ", not " + provider.name());
            }
            if (line.unitsPerQuarter() != null && line.unitsPerQuarter() < 0) {
                throw new RuleViolation(Reason.INVALID_AMOUNT, field + "[" + i + "].unitsPerQuarter", "must not be negative");
            }
            if (seen.add(service.id())) {
                result.add(new ContractService(service.id(), line.unitsPerQuarter()));
            }
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------------- life cycle

    /**
     * Commits the contract's money: for each paying fund, from its earmark (ALLOCATED) or remaining budget
     * (AVAILABLE) to COMMITTED, on {@code valueDate}, which must fall in each fund's financial year and an open
     * quarter. Refused with INSUFFICIENT_REMAINING_BUDGET (or ALLOCATION_EXCEEDED) if a fund cannot cover its share.
     * A subcontract commits nothing: its lead's commitment already holds the money, so it only has to fit in it.
     */
    public Contract activate(Long id, LocalDate valueDate, Viewer viewer) {
        Contract contract = lockForChange(id, viewer);
        contract.requireStatus(ContractStatus.DRAFT, "activated");
        LocalDate date = valueDate == null ? contract.startDate() : valueDate;
        Long entryId = null;
        if (contract.isSubcontract()) {
            Contract lead = contract.leadContract();
            if (lead.status() != ContractStatus.ACTIVE) {
                throw new RuleViolation(Reason.WRONG_STATUS, "leadContractId",
                        "the lead contract " + lead.reference() + " is " + lead.status() + "; activate it first");
            }
            requireSubcontractsFit(lead, lead.value(), contract.value(), contract.id());
        } else {
            List<PostingLine> lines = new ArrayList<>();
            for (ContractFunding line : contract.funding()) {
                Funds.requireInYear(line.fund(), date);
                requireAllocationCovers(line, line.amount(), contract.id());
                lines.add(PostingLine.of(line.fund().id(), line.source(), line.amount().negate()));
                lines.add(PostingLine.of(line.fund().id(), Account.COMMITTED, line.amount()));
            }
            JournalEntry entry = ledger.post(EntryType.COMMITMENT, contract.sourceDocument(), date,
                    "Commitment: " + contract.reference() + " " + contract.title(), lines, viewer.username());
            entryId = entry.id();
        }
        Map<String, Object> before = contract.auditView();
        contract.activated(date, entryId, viewer.username());
        audit.record("Contract", contract.id(), "ACTIVATED", viewer.username(), before, contract.auditView());
        return contract;
    }

    /**
     * Varies an active contract's value, period, services and/or schedule, citing the decision that authorised it.
     * The change in value is posted per fund (an increase drawn like the original commitment, a decrease returned
     * where it came from), on the effective date. Only the schedule from the effective date on is reshaped: what fell due
     * before it ({@link Contract#scheduleBefore}) stays as it is, and the new value cannot be less.
     */
    public ContractVariation vary(Long id, VariationDraft draft, Viewer viewer) {
        Contract contract = lockForChange(id, viewer);
        contract.requireStatus(ContractStatus.ACTIVE, "varied");
        Decision decision = requireDecision(draft.decisionId(), contract);
        Money oldValue = contract.value();
        Money newValue = draft.newValue() == null ? oldValue : draft.newValue();
        LocalDate newStart = draft.newStartDate() == null ? contract.startDate() : draft.newStartDate();
        LocalDate newEnd = draft.newEndDate() == null ? contract.endDate() : draft.newEndDate();
        requirePositive(newValue, "newValue");
        if (!newValue.isSameCurrencyAs(oldValue)) {
            throw new RuleViolation(Reason.MIXED_CURRENCY, "newValue", "the contract is in " + oldValue.currencyCode());
        }
        requirePeriod(newStart, newEnd, "newEndDate");
        boolean valueChanged = !newValue.equals(oldValue);
        boolean periodChanged = !newStart.equals(contract.startDate()) || !newEnd.equals(contract.endDate());
        List<ContractService> added = serviceLines(contract.provider(), draft.addServices(), "addServices");
        for (Long removed : draft.removeServices()) {
            if (contract.services().stream().noneMatch(s -> s.serviceId().equals(removed))) {
                throw new NotFoundException("removeServices", "service on " + contract.reference(), removed);
            }
        }
        boolean servicesChanged = !added.isEmpty() || !draft.removeServices().isEmpty();
        boolean scheduleGiven = draft.schedule() != null;
        if (!valueChanged && !periodChanged && !servicesChanged && !scheduleGiven) {
            throw new RuleViolation(Reason.NO_CHANGE, "newValue", "the variation changes nothing");
        }
        if (contract.isSubcontract()) {
            Contract lead = contract.leadContract();
            if (newStart.isBefore(lead.startDate()) || newEnd.isAfter(lead.endDate())) {
                throw new RuleViolation(Reason.PERIOD_INVALID, "newEndDate", "a subcontract must fall within its lead contract's period, "
                        + Dates.plain(lead.startDate()) + " to " + Dates.plain(lead.endDate()));
            }
            requireSubcontractsFit(lead, lead.value(), newValue, contract.id());
        } else if (valueChanged) {
            Money subcontracted = contracts.subcontractedTotal(contract, null);
            if (subcontracted.isGreaterThan(newValue)) {
                throw new RuleViolation(Reason.SUBCONTRACTS_EXCEED_LEAD, "newValue", "subcontracts already take "
                        + subcontracted.display() + " of this contract; it cannot fall to " + newValue.display());
            }
        }

        int number = contracts.variations(contract.id()).size() + 1;
        // The variation reshapes the schedule from its effective date on; what fell due before it stays as it is.
        ScheduleSplit split = contract.scheduleBefore(draft.effectiveDate());
        Money alreadyDue = split.dueTotal();
        if (alreadyDue.isGreaterThan(newValue)) {
            throw new RuleViolation(Reason.SCHEDULE_INVALID, "newValue", alreadyDue.display() + " of this contract fell due before "
                    + Dates.plain(draft.effectiveDate()) + " and stays owed to the provider; its value cannot fall below that");
        }
        PaymentSchedule newSchedule = null;
        if (scheduleGiven) {
            newSchedule = new PaymentSchedule(draft.schedule()).requireFrom(draft.effectiveDate(), "the variation's effective date");
        } else if (valueChanged || periodChanged) {
            boolean milestonesPending = split.stillToCome().stream().anyMatch(l -> l.kind() == ScheduleKind.MILESTONE);
            if (milestonesPending) {
                throw new RuleViolation(Reason.SCHEDULE_INVALID, "schedule",
                        "this contract has milestones still to be released; give the revised payment schedule with the variation");
            }
            LocalDate from = draft.effectiveDate().isAfter(newStart) ? draft.effectiveDate() : newStart;
            Money toSpread = newValue.minus(alreadyDue);
            newSchedule = toSpread.isZero() ? PaymentSchedule.none() : PaymentSchedule.quarterlyInArrears(toSpread, from, newEnd);
        }
        if (newSchedule != null) {
            newSchedule.requirePays(newValue, alreadyDue, newStart, newEnd);
        }

        VariationKind kind = VariationKind.forChanges(valueChanged, periodChanged, servicesChanged);
        ContractVariation variation = new ContractVariation(contract, number, kind, decision, draft.reason(), newValue,
                newStart, newEnd, describe(added.stream().map(ContractService::serviceId).toList()),
                describe(draft.removeServices()), draft.effectiveDate(), viewer.username());
        em.persist(variation);
        em.flush();

        if (valueChanged && !contract.isSubcontract()) {
            JournalEntry entry = postValueChange(contract, newValue, draft.funding(), draft.effectiveDate(), number, decision, viewer);
            variation.bookedAs(entry.id());
        }
        Map<String, Object> before = contract.auditView();
        contract.varied(newValue, newStart, newEnd);
        draft.removeServices().forEach(contract::removeService);
        added.forEach(line -> {
            contract.removeService(line.serviceId());
            contract.addService(line);
        });
        if (newSchedule != null) {
            contract.supersede(split.stillToCome(), number);
            for (ScheduleItem item : newSchedule.items()) {
                contract.addScheduleLine(new PaymentScheduleLine(contract, item.kind(), item.description(), item.dueDate(),
                        item.amount(), number));
            }
        }
        em.flush();
        audit.record("Contract", contract.id(), "VARIED " + number, viewer.username(), before, contract.auditView());
        return variation;
    }

    /** New shares per fund (given, or the new value split pro rata to the current shares) and the postings of the differences. */
    private JournalEntry postValueChange(Contract contract, Money newValue, List<FundingShare> given, LocalDate date,
                                        int number, Decision decision, Viewer viewer) {
        FundingSplit current = contract.fundingSplit();
        Map<Long, Fund> paying = new HashMap<>();
        FundingSplit next = (given != null && !given.isEmpty()
                ? FundingSplit.forVariation(given, newValue, payers(viewer, paying))
                : current.rescaledTo(newValue)).replacing(current);
        List<PostingLine> lines = new ArrayList<>();
        for (FundingSplit.Share share : next.shares()) {
            ContractFunding line = contract.fundingFrom(share.fundId()).orElse(null);
            if (line == null) {
                // Only a split given with the variation can name a fund the contract did not have.
                Fund fund = paying.get(share.fundId());
                // The variation's decision must have a say over a fund it brings in, as over those already paying.
                decision.requireMayAuthorise(fund, "decisionId");
                line = new ContractFunding(contract, fund, allocationFor(fund, share.allocationId(), "funding"),
                        Money.zero(contract.currency()));
                contract.addFunding(line);
            }
            Money delta = share.amount().minus(line.amount());
            if (delta.isZero()) {
                continue;
            }
            Funds.requireInYear(line.fund(), date);
            if (delta.isPositive()) {
                requireAllocationCovers(line, share.amount(), contract.id());
            }
            lines.add(PostingLine.of(line.fund().id(), line.source(), delta.negate()));
            lines.add(PostingLine.of(line.fund().id(), Account.COMMITTED, delta));
            line.changeTo(share.amount());
        }
        if (lines.isEmpty()) {
            throw new RuleViolation(Reason.NO_CHANGE, "funding", "the new shares equal the current ones");
        }
        return ledger.post(EntryType.COMMITMENT, contract.sourceDocument(), date,
                "Variation " + number + ": " + contract.reference(), lines, viewer.username());
    }

    /**
     * Closes an active contract: ENDED when it has run its course, TERMINATED early (which needs a decision). What the
     * contract still holds in each fund goes back to that fund's remaining budget, except what the provider is owed on
     * the effective date (instalments due by then, milestones whose report was accepted), which stays committed; the
     * other schedule lines lapse.
     */
    public ContractVariation close(Long id, ContractStatus outcome, Long decisionId, String reason, LocalDate effectiveDate,
                                   Viewer viewer) {
        if (!outcome.isClosed()) {
            throw new IllegalArgumentException("close with ENDED or TERMINATED, not " + outcome);
        }
        Contract contract = lockForChange(id, viewer);
        contract.requireStatus(ContractStatus.ACTIVE, outcome == ContractStatus.ENDED ? "ended" : "terminated");
        Decision decision = outcome == ContractStatus.TERMINATED ? requireDecision(decisionId, contract)
                : decisionId == null ? null : decisions.cited(decisionId, "decisionId", contract.funds());
        for (Contract sub : contracts.subcontracts(contract.id())) {
            if (sub.status() == ContractStatus.ACTIVE) {
                throw new RuleViolation(Reason.WRONG_STATUS, "status",
                        "subcontract " + sub.reference() + " is still active; end or terminate it first");
            }
        }
        int number = contracts.variations(contract.id()).size() + 1;
        ContractVariation variation = new ContractVariation(contract, number,
                outcome == ContractStatus.ENDED ? VariationKind.END : VariationKind.TERMINATION, decision, reason,
                contract.value(), contract.startDate(), contract.endDate(), null, null, effectiveDate, viewer.username());
        em.persist(variation);
        em.flush();
        if (!contract.isSubcontract()) {
            List<PostingLine> lines = new ArrayList<>();
            for (ContractQueries.ClosingRelease release : contracts.closingReleases(contract, effectiveDate)) {
                if (release.released().isPositive()) {
                    lines.add(PostingLine.of(release.fund().id(), Account.COMMITTED, release.released().negate()));
                    lines.add(PostingLine.of(release.fund().id(), Account.AVAILABLE, release.released()));
                }
            }
            if (!lines.isEmpty()) {
                variation.bookedAs(ledger.post(EntryType.COMMITMENT, contract.sourceDocument(), effectiveDate,
                        (outcome == ContractStatus.ENDED ? "Ended: " : "Terminated: ") + contract.reference()
                                + " releases its unspent commitment", lines, viewer.username()).id());
            }
        }
        contract.lapseNotOwed(effectiveDate, number);
        Map<String, Object> before = contract.auditView();
        contract.closed(outcome, reason, viewer.username());
        audit.record("Contract", contract.id(), outcome.name(), viewer.username(), before, contract.auditView());
        return variation;
    }

    /** The commissioner accepts the report a milestone waits for: the milestone becomes payable. */
    public PaymentScheduleLine acceptReport(Long contractId, Long lineId, Viewer viewer) {
        Contract contract = lockForChange(contractId, viewer);
        contract.requireStatus(ContractStatus.ACTIVE, "paid against");
        PaymentScheduleLine line = contract.schedule().stream().filter(l -> l.id().equals(lineId)).findFirst()
                .orElseThrow(() -> new NotFoundException("schedule line of " + contract.reference(), lineId));
        line.reportAccepted(viewer.username());
        audit.record("PaymentScheduleLine", lineId, "REPORT_ACCEPTED", viewer.username(), null,
                Map.of("contract", contract.reference(), "milestone", line.description(), "amount", line.amount().toString()));
        return line;
    }

    // ---------------------------------------------------------------------------------------------------- rules

    /** The contract, locked for the change, if the viewer {@link ContractAccess#mayChange may change} it. */
    private Contract lockForChange(Long id, Viewer viewer) {
        Contract contract = contracts.get(id, viewer);
        // Flush first: locking re-reads the row, which must not throw away changes made earlier in this transaction.
        em.flush();
        em.lock(contract, LockModeType.PESSIMISTIC_WRITE);
        ContractAccess.requireMayChange(viewer, contract);
        return contract;
    }

    private void requireAllocationCovers(ContractFunding line, Money amountNeeded, Long contractId) {
        Allocation allocation = line.allocation();
        if (allocation == null) {
            return;
        }
        BigDecimal usedByOthers = em.createQuery("SELECT SUM(f.amount) FROM ContractFunding f WHERE f.allocation = :a "
                        + "AND f.contract.id <> :contract AND f.contract.status <> :draft", BigDecimal.class)
                .setParameter("a", allocation).setParameter("contract", contractId)
                .setParameter("draft", ContractStatus.DRAFT).getSingleResult();
        Money used = Money.of(usedByOthers == null ? BigDecimal.ZERO : usedByOthers, allocation.amount().currency());
        Money left = allocation.amount().minus(used);
        if (amountNeeded.isGreaterThan(left)) {
            throw new RuleViolation(Reason.ALLOCATION_EXCEEDED, "funding", "the allocation '%s' has %s left; %s is needed"
                    .formatted(allocation.purpose(), left.display(), amountNeeded.display()));
        }
    }

    private void requireSubcontractsFit(Contract lead, Money leadValue, Money thisValue, Long thisId) {
        Money others = contracts.subcontractedTotal(lead, thisId);
        if (others.plus(thisValue).isGreaterThan(leadValue)) {
            throw new RuleViolation(Reason.SUBCONTRACTS_EXCEED_LEAD, "value", "%s is worth %s; its other subcontracts take %s, "
                    .formatted(lead.reference(), leadValue.display(), others.display()) + "so this one cannot be " + thisValue.display());
        }
    }

    private Decision requireDecision(Long decisionId, Contract contract) {
        if (decisionId == null) {
            throw new RuleViolation(Reason.DECISION_REQUIRED, "decisionId",
                    "cite the decision (delegated or board decision) that authorised this change");
        }
        return decisions.cited(decisionId, "decisionId", contract.funds());
    }

    private static void requirePositive(Money amount, String field) {
        if (amount == null || !amount.isPositive()) {
            throw new RuleViolation(Reason.INVALID_AMOUNT, field, "must be more than zero");
        }
    }

    private static void requirePeriod(LocalDate start, LocalDate end, String field) {
        if (end.isBefore(start)) {
            throw new RuleViolation(Reason.PERIOD_INVALID, field, "the end date " + Dates.plain(end) + " is before the start date "
                    + Dates.plain(start));
        }
    }

    private static String describe(List<Long> ids) {
        return ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
