package uk.commissioning.microcommissioning.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.areas.control.AreaIndex;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.demand.matching.control.ServiceOffer;
import uk.commissioning.microcommissioning.entity.AllocationProposal;
import uk.commissioning.microcommissioning.entity.AllocationProposalLine;
import uk.commissioning.platform.web.Json.MoneyJson;

/** Micro-commissioning proposals on the wire, with the names of needs, areas and candidate services resolved. */
public final class ProposalsJson {

    private ProposalsJson() {
    }

    /** What the names are resolved from: the reference data and the service directory as they are now. */
    public record Names(AreaIndex areas, Map<String, String> needs, Map<Long, ServiceOffer> services, BigDecimal sessionsPerPerson) {

        public static Names of(AreaIndex areas, Map<String, String> needs, List<ServiceOffer> directory, BigDecimal sessionsPerPerson) {
            Map<Long, ServiceOffer> services = new HashMap<>();
            directory.forEach(s -> services.put(s.id(), s));
            return new Names(areas, needs, services, sessionsPerPerson);
        }
    }

    public record FundRef(Long id, String code, String name) {
    }

    @JsonbNillable
    public record ProposalJson(Long id, FundRef fund, String period, String periodLabel, String periodFrom, String periodTo,
                        String level, List<String> needs, List<String> areas, MoneyJson minAward, MoneyJson maxAward,
                        boolean deprivationWeighting, MoneyJson potAvailable, MoneyJson amountToShare,
                        MoneyJson totalProposed, MoneyJson unallocated, String status, Long decisionId,
                        String decisionReference, Instant createdAt, String createdBy, Instant acceptedAt,
                        String acceptedBy, List<LineJson> lines) {

        static ProposalJson of(AllocationProposal p, Names names) {
            DemandPeriod period = DemandPeriod.between(p.periodFrom(), p.periodTo());
            String level = p.areas().stream().allMatch(names.areas()::isBorough) ? "borough" : "ward";
            return new ProposalJson(p.id(), new FundRef(p.fund().id(), p.fund().code(), p.fund().name()), period.code(),
                    period.label(), p.periodFrom().toString(), p.periodTo().toString(), level, p.needs(), p.areas(),
                    MoneyJson.of(p.minAward()), MoneyJson.of(p.maxAward()), p.deprivationWeighting(),
                    MoneyJson.of(p.potAvailable()), MoneyJson.of(p.amountToShare()), MoneyJson.of(p.totalProposed()),
                    MoneyJson.of(p.unallocated()), p.status().name(), p.decision() == null ? null : p.decision().id(),
                    p.decision() == null ? null : p.decision().reference(), p.createdAt(), p.createdBy(), p.acceptedAt(),
                    p.acceptedBy(), p.lines().stream().map(l -> LineJson.of(l, names)).toList());
        }
    }

    @JsonbNillable
    public record LineJson(int lineOrder, String needCode, String needName, String areaCode, String areaName, long referrals,
                    BigDecimal capacity, BigDecimal unmet, MoneyJson unitCost, String unitCostBasis,
                    MoneyJson unfundedDemand, BigDecimal deprivationWeight, BigDecimal weight, MoneyJson amount,
                    List<CandidateJson> candidateServices, String explanation, Long allocationId) {

        static LineJson of(AllocationProposalLine l, Names names) {
            List<CandidateJson> candidates = l.candidateServices().stream().map(names.services()::get)
                    .filter(java.util.Objects::nonNull).map(s -> CandidateJson.of(s, names)).toList();
            return new LineJson(l.lineOrder(), l.needCode(), names.needs().getOrDefault(l.needCode(), l.needCode()),
                    l.areaCode(), names.areas().name(l.areaCode()), l.referrals(), l.capacity(), l.unmet(),
                    MoneyJson.of(l.unitCost()), l.unitCostBasis(), MoneyJson.of(l.unfunded()), l.deprivationWeight(),
                    l.weight(), MoneyJson.of(l.amount()), candidates, l.explanation(), l.allocationId());
        }
    }

    public record CandidateJson(long serviceId, String serviceName, String providerName, String status,
                         MoneyJson unitCostPerPerson) {

        static CandidateJson of(ServiceOffer s, Names names) {
            return new CandidateJson(s.id(), s.name(), s.providerName(), s.status().name(),
                    MoneyJson.of(s.costPerPerson(names.sessionsPerPerson())));
        }
    }
}
