package uk.commissioning.contracts.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.commissioning.contracts.control.FcrBudgets;
import uk.commissioning.contracts.control.RecoveryCalculator;
import uk.commissioning.contracts.control.UnderRecovery;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractFunding;
import uk.commissioning.contracts.entity.ContractService;
import uk.commissioning.contracts.entity.ContractVariation;
import uk.commissioning.contracts.entity.FcrBudget;
import uk.commissioning.contracts.entity.FcrCostLine;
import uk.commissioning.contracts.entity.LinkWorkerFunding;
import uk.commissioning.contracts.entity.LinkWorkerPost;
import uk.commissioning.contracts.entity.NeedCategory;
import uk.commissioning.contracts.entity.PaymentScheduleLine;
import uk.commissioning.contracts.entity.VcseService;
import uk.commissioning.organisations.boundary.OrganisationRef;
import uk.commissioning.platform.web.Json.MoneyJson;

/** The wire shapes of the contracts feature: services, contracts, FCR budgets, under-recovery, link-worker posts. */
public final class ContractsJson {

    private ContractsJson() {
    }

    public record NeedJson(String code, String name, String description, String snomedCode, String snomedTerm) {
        public static NeedJson of(NeedCategory n) {
            return new NeedJson(n.code(), n.name(), n.description(), n.snomedCode(), n.snomedTerm());
        }
    }

    public record ServiceJson(Long id, OrganisationRef provider, String name, String description, List<String> needs,
                              List<String> areas, String capacityUnit, int capacityPerQuarter, MoneyJson unitCost,
                              Integer minAge, Integer maxAge, String eligibility, String contactName,
                              String contactEmail, String contactPhone, String status, int version) {
        public static ServiceJson of(VcseService s) {
            return new ServiceJson(s.id(), OrganisationRef.of(s.provider()), s.name(), s.description(),
                    s.needs().stream().sorted().toList(), s.areas().stream().sorted().toList(), s.capacityUnit().name(),
                    s.capacityPerQuarter(), MoneyJson.of(s.unitCost()), s.minAge(), s.maxAge(), s.eligibility(),
                    s.contactName(), s.contactEmail(), s.contactPhone(), s.status().name(), s.rowVersion());
        }
    }

    public record ContractRef(Long id, String reference, String title) {
        public static ContractRef of(Contract c) {
            return c == null ? null : new ContractRef(c.id(), c.reference(), c.title());
        }
    }

    public record FundingJson(Long fundId, String fundCode, String fundName, Long allocationId, MoneyJson amount,
                              String drawnFrom, MoneyJson outstandingCommitment) {
    }

    public record ServiceLineJson(Long serviceId, String name, Integer unitsPerQuarter) {
    }

    public record ScheduleLineJson(Long id, String kind, String description, LocalDate dueDate, MoneyJson amount,
                                   String status, Instant reportAcceptedAt, String reportAcceptedBy,
                                   Integer addedByVariation, Integer supersededByVariation) {
        public static ScheduleLineJson of(PaymentScheduleLine l) {
            return new ScheduleLineJson(l.id(), l.kind().name(), l.description(), l.dueDate(), MoneyJson.of(l.amount()),
                    l.isCurrent() ? l.status().name() : "SUPERSEDED", l.reportAcceptedAt(), l.reportAcceptedBy(),
                    l.addedByVariation(), l.supersededByVariation());
        }
    }

    public record VariationJson(Long id, int number, String kind, String decisionReference, String reason,
                                MoneyJson previousValue, MoneyJson newValue, LocalDate previousStartDate,
                                LocalDate previousEndDate, LocalDate newStartDate, LocalDate newEndDate,
                                String servicesAdded, String servicesRemoved, LocalDate effectiveDate,
                                Long journalEntryId, Instant createdAt, String createdBy) {
        public static VariationJson of(ContractVariation v) {
            return new VariationJson(v.id(), v.number(), v.kind().name(), v.decision() == null ? null : v.decision().reference(),
                    v.reason(), MoneyJson.of(v.previousValue()), MoneyJson.of(v.newValue()), v.previousStartDate(),
                    v.previousEndDate(), v.newStartDate(), v.newEndDate(), v.servicesAdded(), v.servicesRemoved(),
                    v.effectiveDate(), v.journalEntryId(), v.createdAt(), v.createdBy());
        }
    }

    public record RecoveryJson(Long contractId, String contractReference, String contractTitle, OrganisationRef provider,
                               String financialYear, MoneyJson income, MoneyJson fullCost, MoneyJson underRecovery,
                               BigDecimal underRecoveryPct, String note) {
        public static RecoveryJson of(UnderRecovery.Line line) {
            RecoveryCalculator.Recovery r = line.recovery();
            Contract c = line.contract();
            return new RecoveryJson(c.id(), c.reference(), c.title(), OrganisationRef.of(c.provider()), line.year().toString(),
                    r == null ? null : MoneyJson.of(r.income()), r == null ? null : MoneyJson.of(r.fullCost()),
                    r == null ? null : MoneyJson.of(r.shortfall()), r == null ? null : r.percentOfFullCost(), line.note());
        }
    }

    public record ContractSummaryJson(Long id, String reference, String title, String type, String status,
                                      OrganisationRef provider, ContractRef leadContract, List<OrganisationRef> commissioners,
                                      LocalDate startDate, LocalDate endDate, MoneyJson value) {
        public static ContractSummaryJson of(Contract c) {
            return new ContractSummaryJson(c.id(), c.reference(), c.title(), c.type().name(), c.status().name(),
                    OrganisationRef.of(c.provider()), ContractRef.of(c.leadContract()),
                    c.commissioners().stream().map(OrganisationRef::of).toList(), c.startDate(), c.endDate(),
                    MoneyJson.of(c.value()));
        }
    }

    public record ContractJson(Long id, String reference, String title, String type, String status,
                               OrganisationRef provider, ContractRef leadContract, List<OrganisationRef> commissioners,
                               LocalDate startDate, LocalDate endDate, MoneyJson value, String conditions,
                               String decisionReference, List<FundingJson> funding, List<ServiceLineJson> services,
                               List<ScheduleLineJson> schedule, List<ContractSummaryJson> subcontracts,
                               MoneyJson subcontracted, List<VariationJson> variations, List<RecoveryJson> underRecovery,
                               Long commitmentEntryId, Instant activatedAt, String activatedBy, Instant closedAt,
                               String closeReason) {
    }

    public record ActivityCostJson(int position, String name, Long serviceId, BigDecimal headcount, BigDecimal staffTime,
                                   BigDecimal unitsPerYear, List<CostLineJson> lines, MoneyJson direct,
                                   Map<String, MoneyJson> overheads, MoneyJson fullCost, MoneyJson fullCostPerUnit) {
        public static ActivityCostJson of(FcrBudgets.CostedActivity a) {
            return new ActivityCostJson(a.activity().position(), a.activity().name(), a.activity().serviceId(),
                    a.activity().headcount(), a.activity().staffTime(), a.activity().unitsPerYear(),
                    a.activity().lines().stream().map(CostLineJson::of).toList(), MoneyJson.of(a.cost().direct()),
                    a.cost().overheads().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(),
                            e -> MoneyJson.of(e.getValue()), (x, y) -> x, java.util.LinkedHashMap::new)),
                    MoneyJson.of(a.cost().fullCost()), MoneyJson.of(a.cost().fullCostPerUnit()));
        }
    }

    public record CostLineJson(String category, String description, BigDecimal fte, String salary, BigDecimal onCostPct,
                               String amount, MoneyJson cost) {
        public static CostLineJson of(FcrCostLine l) {
            return new CostLineJson(l.category().name(), l.description(), l.fte(),
                    l.salary() == null ? null : l.salary().toPlainString(), l.onCostPct(),
                    l.amount() == null ? null : l.amount().toPlainString(), MoneyJson.of(l.cost()));
        }
    }

    public record FcrBudgetJson(Long id, OrganisationRef provider, String financialYear, String currency,
                                Map<String, MoneyJson> pools, BigDecimal totalHeadcount, BigDecimal totalStaffTime,
                                List<ActivityCostJson> activities, int version, Instant updatedAt, String updatedBy) {
        public static FcrBudgetJson of(FcrBudget b, List<FcrBudgets.CostedActivity> costs) {
            return new FcrBudgetJson(b.id(), OrganisationRef.of(b.provider()), b.financialYear().toString(),
                    b.currency().getCurrencyCode(), b.pools().entrySet().stream().collect(Collectors.toMap(
                            e -> e.getKey().name(), e -> MoneyJson.of(e.getValue()), (x, y) -> x, java.util.LinkedHashMap::new)),
                    b.totalHeadcount(), b.totalStaffTime(), costs.stream().map(ActivityCostJson::of).toList(),
                    b.rowVersion(), b.updatedAt(), b.updatedBy());
        }
    }

    public record FcrBudgetSummaryJson(Long id, OrganisationRef provider, String financialYear, Instant updatedAt,
                                       String updatedBy) {
        public static FcrBudgetSummaryJson of(FcrBudget b) {
            return new FcrBudgetSummaryJson(b.id(), OrganisationRef.of(b.provider()), b.financialYear().toString(),
                    b.updatedAt(), b.updatedBy());
        }
    }

    public record LinkWorkerPostJson(Long id, String title, OrganisationRef employer, boolean nhsEmployer,
                                     List<String> pcns, String financialYear, String areaCode, BigDecimal fte, MoneyJson salary,
                                     MoneyJson employerOnCosts, MoneyJson supervision, MoneyJson travel, MoneyJson it,
                                     MoneyJson premises, MoneyJson maximumPerWte, MoneyJson nonNhsOnCostCap,
                                     MoneyJson salaryAndOnCosts, MoneyJson reimbursable, MoneyJson trueCost,
                                     MoneyJson shortfall, OrganisationRef toppedUpBy, OrganisationRef recordedBy) {
        public static LinkWorkerPostJson of(LinkWorkerPost p) {
            LinkWorkerFunding.Costing c = p.costing();
            return new LinkWorkerPostJson(p.id(), p.title(), OrganisationRef.of(p.employer()), p.nhsEmployer(), p.pcns(),
                    p.financialYear().toString(), p.areaCode(), p.fte(), MoneyJson.of(p.salary()), MoneyJson.of(p.employerOnCosts()),
                    MoneyJson.of(p.supervision()), MoneyJson.of(p.travel()), MoneyJson.of(p.itCosts()),
                    MoneyJson.of(p.premises()), MoneyJson.of(p.scheme().maximumPerWholeTimePost()),
                    MoneyJson.of(p.scheme().nonNhsOnCostCap()), MoneyJson.of(c.salaryAndOnCosts()),
                    MoneyJson.of(c.reimbursable()), MoneyJson.of(c.trueCost()), MoneyJson.of(c.shortfall()),
                    OrganisationRef.of(p.toppedUpBy()), OrganisationRef.of(p.recordedBy()));
        }
    }

    static FundingJson funding(ContractFunding f, uk.commissioning.money.Money outstanding) {
        return new FundingJson(f.fund().id(), f.fund().code(), f.fund().name(),
                f.allocation() == null ? null : f.allocation().id(), MoneyJson.of(f.amount()), f.source().name(),
                MoneyJson.of(outstanding));
    }

    static ServiceLineJson service(ContractService s, String name) {
        return new ServiceLineJson(s.serviceId(), name, s.unitsPerQuarter());
    }
}
