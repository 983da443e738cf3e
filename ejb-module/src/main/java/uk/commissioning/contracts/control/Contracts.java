package uk.commissioning.contracts.control;

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
import java.util.Set;
import java.util.stream.Collectors;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.contracts.control.ContractDraft.FundingShare;
import uk.commissioning.contracts.control.ContractDraft.ScheduleItem;
import uk.commissioning.contracts.control.ContractDraft.ServiceLine;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractFunding;
import uk.commissioning.contracts.entity.ContractService;
import uk.commissioning.contracts.entity.ContractStatus;
import uk.commissioning.contracts.entity.ContractVariation;
import uk.commissioning.contracts.entity.PaymentScheduleLine;
import uk.commissioning.contracts.entity.ScheduleKind;
import uk.commissioning.contracts.entity.VariationKind;
import uk.commissioning.contracts.entity.VcseService;
import uk.commissioning.funding.control.Decisions;
import uk.commissioning.funding.control.FundVisibility;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.entity.Allocation;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.EntryType;
import uk.commissioning.ledger.entity.JournalEntry;
import uk.commissioning.ledger.entity.PostingLine;
import uk.commissioning.ledger.entity.DocumentType;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.organisations.entity.OrganisationType;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;
import uk.commissioning.security.entity.Role;
import uk.commissioning.security.entity.Viewer;

/**
 * Contracts and grant agreements through their life: a draft is set up with its funding split, services and payment
 * schedule; activating it commits the money in the ledger (from each paying fund's earmark or remaining budget);
 * each variation, citing a decision, posts the change in commitment; ending or terminating releases what is left.
 * Every ledger entry for a contract has the contract as its source document, so what a contract still holds in a
 * fund is the sum of its COMMITTED postings there.
 */
@Stateless
public class Contracts {

    /** Payments in arrears can fall due after the period ends, but not indefinitely. */
    private static final int SCHEDULE_GRACE_DAYS = 92;

    @PersistenceContext
    EntityManager em;

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
        if (!em.createNamedQuery(Contract.BY_REFERENCE, Contract.class).setParameter("reference", draft.reference())
                .getResultList().isEmpty()) {
            throw new RuleViolation(Reason.DUPLICATE, "reference", "a contract with reference " + draft.reference() + " already exists");
        }
        requirePositive(draft.value(), "value");
        requirePeriod(draft.startDate(), draft.endDate(), "endDate");
        Organisation provider = organisations.get(draft.providerId(), "providerId");
        if (provider.type().sector() != OrganisationType.Sector.VCSE) {
            throw new RuleViolation(Reason.WRONG_ORGANISATION_TYPE, "providerId",
                    provider.name() + " is a commissioner; contracts are with VCSE providers");
        }
        Decision decision = draft.decisionId() == null ? null : decisions.get(draft.decisionId(), "decisionId");
        Contract lead = null;
        List<Organisation> commissioners = new ArrayList<>();
        if (draft.leadContractId() != null) {
            lead = requireLeadFor(draft, provider, viewer);
            commissioners.add(lead.provider());
        } else {
            requireMoneyManager(viewer);
            commissioners.addAll(commissionersOf(draft.commissionerIds(), viewer));
        }
        Contract contract = new Contract(draft.reference(), draft.title(), draft.type(), provider, lead,
                draft.startDate(), draft.endDate(), draft.value(), draft.conditions(), decision, commissioners,
                viewer.username());
        if (lead == null) {
            for (ContractFunding line : fundingLines(contract, draft.funding(), draft.value(), viewer)) {
                contract.addFunding(line);
            }
        }
        for (ContractService line : serviceLines(provider, draft.services(), "services")) {
            contract.addService(line);
        }
        List<ScheduleItem> schedule = draft.schedule().isEmpty()
                ? PaymentSchedules.quarterlyInArrears(draft.value(), draft.startDate(), draft.endDate())
                : draft.schedule();
        requireSchedule(schedule, Money.zero(contract.currency()), draft.value(), draft.startDate(), draft.endDate());
        for (ScheduleItem item : schedule) {
            contract.addScheduleLine(new PaymentScheduleLine(contract, item.kind(), item.description(), item.dueDate(),
                    item.amount(), null));
        }
        em.persist(contract);
        em.flush();
        audit.record("Contract", contract.id(), "CREATED", viewer.username(), null, contract.auditView());
        return contract;
    }

    private Contract requireLeadFor(ContractDraft draft, Organisation provider, Viewer viewer) {
        Contract lead = get(draft.leadContractId(), "leadContractId", viewer);
        if (lead.isSubcontract()) {
            throw new RuleViolation(Reason.WRONG_STATUS, "leadContractId", lead.reference() + " is itself a subcontract");
        }
        if (lead.status().isClosed()) {
            throw new RuleViolation(Reason.WRONG_STATUS, "leadContractId", lead.reference() + " is " + lead.status());
        }
        if (lead.provider().id().equals(provider.id())) {
            throw new RuleViolation(Reason.WRONG_ORGANISATION_TYPE, "providerId", "a lead provider cannot subcontract itself");
        }
        boolean leadProviderPerson = viewer.is(Role.VCSE_FINANCE) && lead.provider().id().equals(viewer.organisationId());
        if (!leadProviderPerson) {
            requireMoneyManager(viewer);
        }
        if (!draft.funding().isEmpty()) {
            throw new RuleViolation(Reason.FUNDING_SPLIT_INVALID, "funding",
                    "a subcontract is paid by its lead provider out of " + lead.reference() + "; it has no funds of its own");
        }
        if (draft.startDate().isBefore(lead.startDate()) || draft.endDate().isAfter(lead.endDate())) {
            throw new RuleViolation(Reason.PERIOD_INVALID, "endDate", "a subcontract must fall within its lead contract's period "
                    + lead.startDate() + " to " + lead.endDate());
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

    /** A share as checked: its position in the request (for field names), the fund, the allocation id, the amount. */
    private record CheckedShare(int index, Fund fund, Long allocationId, Money amount) {
        String field() {
            return "funding[" + index + "]";
        }
    }

    /**
     * Each share from a fund the viewer can see, in that fund's currency, no fund named twice, the shares adding up
     * exactly to {@code total}. Shares must be positive, except in a variation, where a fund may drop to zero.
     *
     * @param totalIs how the message names the total: "the contract is worth" or "the new value is"
     */
    private List<CheckedShare> checkedShares(List<FundingShare> shares, Money total, boolean zeroAllowed, String totalIs,
                                             Viewer viewer) {
        List<CheckedShare> checked = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Money sum = Money.zero(total.currency());
        for (int i = 0; i < shares.size(); i++) {
            FundingShare share = shares.get(i);
            String field = "funding[" + i + "]";
            Fund fund = funds.get(share.fundId(), field + ".fundId", viewer);
            if (!seen.add(fund.id())) {
                throw new RuleViolation(Reason.FUNDING_SPLIT_INVALID, field + ".fundId", fund.code() + " is named twice");
            }
            if (!zeroAllowed) {
                requirePositive(share.amount(), field + ".amount");
            } else if (share.amount().isNegative()) {
                throw new RuleViolation(Reason.INVALID_AMOUNT, field + ".amount", "a fund's share cannot be negative");
            }
            fund.requireCurrency(share.amount(), field + ".amount");
            checked.add(new CheckedShare(i, fund, share.allocationId(), share.amount()));
            sum = sum.plus(share.amount());
        }
        if (!sum.equals(total)) {
            throw new RuleViolation(Reason.FUNDING_SPLIT_INVALID, "funding",
                    "the funds' shares add up to %s but %s %s".formatted(sum.display(), totalIs, total.display()));
        }
        return checked;
    }

    private List<ContractFunding> fundingLines(Contract contract, List<FundingShare> shares, Money value, Viewer viewer) {
        if (shares.isEmpty()) {
            throw new RuleViolation(Reason.FUNDING_SPLIT_INVALID, "funding", "name at least one fund that pays for the contract");
        }
        return checkedShares(shares, value, false, "the contract is worth", viewer).stream()
                .map(s -> new ContractFunding(contract, s.fund(), allocationFor(s.fund(), s.allocationId(), s.field()), s.amount()))
                .toList();
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

    /** Lines positive, due within the period (or soon after, for arrears), adding up with what is already released to the value. */
    private static void requireSchedule(List<ScheduleItem> items, Money released, Money value, LocalDate start, LocalDate end) {
        Money total = released;
        for (int i = 0; i < items.size(); i++) {
            ScheduleItem item = items.get(i);
            String field = "schedule[" + i + "]";
            requirePositive(item.amount(), field + ".amount");
            if (!item.amount().isSameCurrencyAs(value)) {
                throw new RuleViolation(Reason.MIXED_CURRENCY, field + ".amount", "the schedule must be in " + value.currencyCode());
            }
            if (item.dueDate().isBefore(start) || item.dueDate().isAfter(end.plusDays(SCHEDULE_GRACE_DAYS))) {
                throw new RuleViolation(Reason.SCHEDULE_INVALID, field + ".dueDate", item.dueDate()
                        + " is outside the contract period " + start + " to " + end + " (plus " + SCHEDULE_GRACE_DAYS + " days for arrears)");
            }
            total = total.plus(item.amount());
        }
        if (!total.equals(value)) {
            throw new RuleViolation(Reason.SCHEDULE_INVALID, "schedule", "the payment schedule adds up to %s%s but the contract is worth %s"
                    .formatted(total.display(), released.isZero() ? "" : " (including " + released.display() + " already released)",
                            value.display()));
        }
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
     * where it came from), on the effective date.
     */
    public ContractVariation vary(Long id, VariationDraft draft, Viewer viewer) {
        Contract contract = lockForChange(id, viewer);
        contract.requireStatus(ContractStatus.ACTIVE, "varied");
        Decision decision = requireDecision(draft.decisionId());
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
                throw new RuleViolation(Reason.PERIOD_INVALID, "newEndDate", "a subcontract must fall within its lead contract's period");
            }
            requireSubcontractsFit(lead, lead.value(), newValue, contract.id());
        } else if (valueChanged) {
            Money subcontracted = subcontractedTotal(contract, null);
            if (subcontracted.isGreaterThan(newValue)) {
                throw new RuleViolation(Reason.SUBCONTRACTS_EXCEED_LEAD, "newValue", "subcontracts already take "
                        + subcontracted.display() + " of this contract; it cannot fall to " + newValue.display());
            }
        }

        int number = variations(contract.id()).size() + 1;
        Money released = contract.currentSchedule().stream().filter(PaymentScheduleLine::isReleased)
                .map(PaymentScheduleLine::amount).reduce(Money.zero(contract.currency()), Money::plus);
        if (released.isGreaterThan(newValue)) {
            throw new RuleViolation(Reason.SCHEDULE_INVALID, "newValue",
                    released.display() + " has already been released under this contract; its value cannot fall below that");
        }
        List<ScheduleItem> newSchedule = null;
        if (scheduleGiven) {
            newSchedule = draft.schedule();
        } else if (valueChanged || periodChanged) {
            boolean milestonesPending = contract.currentSchedule().stream()
                    .anyMatch(l -> l.kind() == ScheduleKind.MILESTONE && !l.isReleased());
            if (milestonesPending) {
                throw new RuleViolation(Reason.SCHEDULE_INVALID, "schedule",
                        "this contract has milestones still to be released; give the revised payment schedule with the variation");
            }
            LocalDate from = draft.effectiveDate().isAfter(newStart) ? draft.effectiveDate() : newStart;
            Money toSpread = newValue.minus(released);
            newSchedule = toSpread.isZero() ? List.of() : PaymentSchedules.quarterlyInArrears(toSpread, from, newEnd);
        }
        if (newSchedule != null) {
            requireSchedule(newSchedule, released, newValue, newStart, newEnd);
        }

        VariationKind kind = kindOf(valueChanged, periodChanged, servicesChanged, scheduleGiven);
        ContractVariation variation = new ContractVariation(contract, number, kind, decision, draft.reason(), newValue,
                newStart, newEnd, describe(added.stream().map(ContractService::serviceId).toList()),
                describe(draft.removeServices()), draft.effectiveDate(), viewer.username());
        em.persist(variation);
        em.flush();

        if (valueChanged && !contract.isSubcontract()) {
            JournalEntry entry = postValueChange(contract, newValue, draft.funding(), draft.effectiveDate(), number, viewer);
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
            contract.supersedeUnreleased(number);
            for (ScheduleItem item : newSchedule) {
                contract.addScheduleLine(new PaymentScheduleLine(contract, item.kind(), item.description(), item.dueDate(),
                        item.amount(), number));
            }
        }
        em.flush();
        audit.record("Contract", contract.id(), "VARIED " + number, viewer.username(), before, contract.auditView());
        return variation;
    }

    /** New shares per fund (given, or the change split pro rata to the current shares) and the postings of the differences. */
    private JournalEntry postValueChange(Contract contract, Money newValue, List<FundingShare> given, LocalDate date,
                                        int number, Viewer viewer) {
        Map<Long, Money> newShares = new LinkedHashMap<>();
        Map<Long, Long> newAllocations = new LinkedHashMap<>();
        if (given != null && !given.isEmpty()) {
            for (CheckedShare share : checkedShares(given, newValue, true, "the new value is", viewer)) {
                newShares.put(share.fund().id(), share.amount());
                newAllocations.put(share.fund().id(), share.allocationId());
            }
            for (ContractFunding line : contract.funding()) {
                newShares.putIfAbsent(line.fund().id(), Money.zero(contract.currency()));
            }
        } else {
            List<ContractFunding> current = contract.funding().stream().filter(l -> l.amount().isPositive()).toList();
            List<Money> split = current.size() == 1 ? List.of(newValue)
                    : newValue.allocate(current.stream().map(l -> l.amount().amount()).toList());
            for (int i = 0; i < current.size(); i++) {
                newShares.put(current.get(i).fund().id(), split.get(i));
            }
        }
        List<PostingLine> lines = new ArrayList<>();
        for (Map.Entry<Long, Money> share : newShares.entrySet()) {
            ContractFunding line = contract.fundingFrom(share.getKey()).orElse(null);
            if (line == null) {
                Fund fund = funds.get(share.getKey(), "funding", viewer);
                line = new ContractFunding(contract, fund, allocationFor(fund, newAllocations.get(fund.id()), "funding"),
                        Money.zero(contract.currency()));
                contract.addFunding(line);
            }
            Money delta = share.getValue().minus(line.amount());
            if (delta.isZero()) {
                continue;
            }
            Funds.requireInYear(line.fund(), date);
            if (delta.isPositive()) {
                requireAllocationCovers(line, share.getValue(), contract.id());
            }
            lines.add(PostingLine.of(line.fund().id(), line.source(), delta.negate()));
            lines.add(PostingLine.of(line.fund().id(), Account.COMMITTED, delta));
            line.changeTo(share.getValue());
        }
        if (lines.isEmpty()) {
            throw new RuleViolation(Reason.NO_CHANGE, "funding", "the new shares equal the current ones");
        }
        return ledger.post(EntryType.COMMITMENT, contract.sourceDocument(), date,
                "Variation " + number + ": " + contract.reference(), lines, viewer.username());
    }

    /**
     * Closes an active contract: ENDED when it has run its course, TERMINATED early (which needs a decision). What the
     * contract still holds in each fund goes back to that fund's remaining budget; unreleased schedule lines lapse.
     */
    public ContractVariation close(Long id, ContractStatus outcome, Long decisionId, String reason, LocalDate effectiveDate,
                                   Viewer viewer) {
        if (!outcome.isClosed()) {
            throw new IllegalArgumentException("close with ENDED or TERMINATED, not " + outcome);
        }
        Contract contract = lockForChange(id, viewer);
        contract.requireStatus(ContractStatus.ACTIVE, outcome == ContractStatus.ENDED ? "ended" : "terminated");
        Decision decision = outcome == ContractStatus.TERMINATED ? requireDecision(decisionId)
                : decisionId == null ? null : decisions.get(decisionId, "decisionId");
        for (Contract sub : subcontracts(contract.id())) {
            if (sub.status() == ContractStatus.ACTIVE) {
                throw new RuleViolation(Reason.WRONG_STATUS, "status",
                        "subcontract " + sub.reference() + " is still active; end or terminate it first");
            }
        }
        int number = variations(contract.id()).size() + 1;
        ContractVariation variation = new ContractVariation(contract, number,
                outcome == ContractStatus.ENDED ? VariationKind.END : VariationKind.TERMINATION, decision, reason,
                contract.value(), contract.startDate(), contract.endDate(), null, null, effectiveDate, viewer.username());
        em.persist(variation);
        em.flush();
        if (!contract.isSubcontract()) {
            List<PostingLine> lines = new ArrayList<>();
            for (ContractFunding line : contract.funding()) {
                Money outstanding = outstandingCommitment(contract, line.fund());
                if (outstanding.isPositive()) {
                    lines.add(PostingLine.of(line.fund().id(), Account.COMMITTED, outstanding.negate()));
                    lines.add(PostingLine.of(line.fund().id(), Account.AVAILABLE, outstanding));
                }
            }
            if (!lines.isEmpty()) {
                variation.bookedAs(ledger.post(EntryType.COMMITMENT, contract.sourceDocument(), effectiveDate,
                        (outcome == ContractStatus.ENDED ? "Ended: " : "Terminated: ") + contract.reference()
                                + " releases its unspent commitment", lines, viewer.username()).id());
            }
        }
        contract.supersedeUnreleased(number);
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
        Money others = subcontractedTotal(lead, thisId);
        if (others.plus(thisValue).isGreaterThan(leadValue)) {
            throw new RuleViolation(Reason.SUBCONTRACTS_EXCEED_LEAD, "value", "%s is worth %s; its other subcontracts take %s, "
                    .formatted(lead.reference(), leadValue.display(), others.display()) + "so this one cannot be " + thisValue.display());
        }
    }

    /** What a lead contract passes on under its active or closed subcontracts (drafts commit nothing), except one. */
    public Money subcontractedTotal(Contract lead, Long except) {
        Money total = Money.zero(lead.currency());
        for (Contract sub : subcontracts(lead.id())) {
            if (sub.status() != ContractStatus.DRAFT && !sub.id().equals(except)) {
                total = total.plus(sub.value());
            }
        }
        return total;
    }

    private Decision requireDecision(Long decisionId) {
        if (decisionId == null) {
            throw new RuleViolation(Reason.DECISION_REQUIRED, "decisionId",
                    "cite the decision (delegated or board decision) that authorised this change");
        }
        return decisions.get(decisionId, "decisionId");
    }

    private static void requirePositive(Money amount, String field) {
        if (amount == null || !amount.isPositive()) {
            throw new RuleViolation(Reason.INVALID_AMOUNT, field, "must be more than zero");
        }
    }

    private static void requirePeriod(LocalDate start, LocalDate end, String field) {
        if (end.isBefore(start)) {
            throw new RuleViolation(Reason.PERIOD_INVALID, field, "the end date " + end + " is before the start date " + start);
        }
    }

    private static VariationKind kindOf(boolean value, boolean period, boolean services, boolean schedule) {
        int changes = (value ? 1 : 0) + (period ? 1 : 0) + (services ? 1 : 0);
        if (changes > 1) {
            return VariationKind.MIXED;
        }
        return value ? VariationKind.VALUE : period ? VariationKind.PERIOD : services ? VariationKind.SERVICES : VariationKind.SCHEDULE;
    }

    private static String describe(List<Long> ids) {
        return ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static void requireMoneyManager(Viewer viewer) {
        if (!viewer.seesEverything() && !viewer.is(Role.COMMISSIONER)) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null, "only commissioners and administrators manage contracts");
        }
    }

    /**
     * Who may change a contract: administrators; its commissioners, or commissioners who can see a fund paying for it
     * (for a subcontract, those of its lead); and the lead provider's finance leads, for its own subcontracts. The
     * screens ask this too, so they offer only what the service will accept.
     */
    public static boolean mayChange(Viewer viewer, Contract contract) {
        if (viewer.seesEverything() || isLeadProviderPerson(viewer, contract)) {
            return true;
        }
        return viewer.is(Role.COMMISSIONER) && commissions(viewer, contract);
    }

    private static boolean isLeadProviderPerson(Viewer viewer, Contract contract) {
        return contract.isSubcontract() && viewer.is(Role.VCSE_FINANCE)
                && contract.leadContract().provider().id().equals(viewer.organisationId());
    }

    private static boolean commissions(Viewer viewer, Contract contract) {
        Contract buyer = contract.isSubcontract() ? contract.leadContract() : contract;
        return buyer.commissioners().stream().anyMatch(o -> o.id().equals(viewer.organisationId()))
                || buyer.funding().stream().anyMatch(f -> FundVisibility.canSee(viewer, f.fund()));
    }

    /** The contract, locked for the change, if the viewer {@link #mayChange may change} it. */
    private Contract lockForChange(Long id, Viewer viewer) {
        Contract contract = get(id, viewer);
        // Flush first: locking re-reads the row, which must not throw away changes made earlier in this transaction.
        em.flush();
        em.lock(contract, LockModeType.PESSIMISTIC_WRITE);
        if (!mayChange(viewer, contract)) {
            requireMoneyManager(viewer);
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null,
                    "only the contract's commissioners can change " + contract.reference());
        }
        return contract;
    }

    // ---------------------------------------------------------------------------------------------------- reading

    public Contract get(Long id, Viewer viewer) {
        return get(id, null, viewer);
    }

    /** A contract the viewer may see; anyone else's is "not found" (404, or 422 when a request field named it). */
    public Contract get(Long id, String field, Viewer viewer) {
        Contract contract = id == null ? null : em.find(Contract.class, id);
        if (contract == null || !canSee(viewer, contract)) {
            throw new NotFoundException(field, "contract", id);
        }
        return contract;
    }

    /**
     * Who sees a contract: administrators; its provider; its commissioners; commissioners who can see a fund paying
     * for it; and whoever can see the lead contract of a subcontract.
     */
    public static boolean canSee(Viewer viewer, Contract contract) {
        if (viewer.seesEverything()) {
            return true;
        }
        Long org = viewer.organisationId();
        if (contract.provider().id().equals(org) || contract.commissioners().stream().anyMatch(o -> o.id().equals(org))) {
            return true;
        }
        if (viewer.is(Role.COMMISSIONER) && contract.funding().stream().anyMatch(f -> FundVisibility.canSee(viewer, f.fund()))) {
            return true;
        }
        return contract.isSubcontract() && canSee(viewer, contract.leadContract());
    }

    /** The same rule as {@link #canSee}, as one query (subcontracts follow their lead). */
    public List<Contract> visible(Viewer viewer, ContractStatus status, Long providerId) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Contract c WHERE 1 = 1");
        if (!viewer.seesEverything()) {
            jpql.append(" AND (").append(visibleCondition("c", viewer)).append(" OR EXISTS (SELECT s FROM Contract s JOIN ")
                    .append("s.leadContract l WHERE s = c AND (").append(visibleCondition("l", viewer)).append(")))");
        }
        if (status != null) {
            jpql.append(" AND c.status = :status");
        }
        if (providerId != null) {
            jpql.append(" AND c.provider.id = :provider");
        }
        jpql.append(" ORDER BY c.startDate DESC, c.reference");
        TypedQuery<Contract> query = em.createQuery(jpql.toString(), Contract.class);
        if (!viewer.seesEverything()) {
            query.setParameter("org", viewer.organisationId());
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (providerId != null) {
            query.setParameter("provider", providerId);
        }
        return query.getResultList();
    }

    private static String visibleCondition(String c, Viewer viewer) {
        String condition = "%1$s.provider.id = :org OR EXISTS (SELECT o%1$s FROM Contract x%1$s JOIN x%1$s.commissioners o%1$s "
                .formatted(c) + "WHERE x%1$s = %1$s AND o%1$s.id = :org)".formatted(c);
        if (viewer.is(Role.COMMISSIONER)) {
            condition += " OR EXISTS (SELECT cf%1$s FROM ContractFunding cf%1$s WHERE cf%1$s.contract = %1$s AND ".formatted(c)
                    + FundVisibility.commissionerCondition("cf" + c + ".fund", "p" + c) + ")";
        }
        return condition;
    }

    public List<Contract> subcontracts(Long leadId) {
        return em.createNamedQuery(Contract.SUBCONTRACTS, Contract.class).setParameter("lead", leadId).getResultList();
    }

    public List<ContractVariation> variations(Long contractId) {
        return em.createNamedQuery(ContractVariation.OF_CONTRACT, ContractVariation.class)
                .setParameter("contract", contractId).getResultList();
    }

    /** What the contract still holds committed in a fund: the sum of its own COMMITTED postings there. */
    public Money outstandingCommitment(Contract contract, Fund fund) {
        BigDecimal sum = em.createQuery("SELECT SUM(p.amount) FROM LedgerPosting p, JournalEntry e WHERE p.entryId = e.id "
                        + "AND e.sourceType = :type AND e.sourceId = :id AND p.fundId = :fund AND p.account = :account", BigDecimal.class)
                .setParameter("type", DocumentType.CONTRACT).setParameter("id", contract.id()).setParameter("fund", fund.id())
                .setParameter("account", Account.COMMITTED).getSingleResult();
        return Money.of(sum == null ? BigDecimal.ZERO : sum, fund.currency());
    }

    /** Contracts a fund pays for, for the fund's page. */
    public List<Contract> paidFrom(Long fundId, Viewer viewer) {
        funds.get(fundId, viewer);
        return em.createQuery("SELECT DISTINCT f.contract FROM ContractFunding f WHERE f.fund.id = :fund", Contract.class)
                .setParameter("fund", fundId).getResultList();
    }
}
