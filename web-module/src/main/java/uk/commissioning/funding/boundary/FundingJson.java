package uk.commissioning.funding.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.commissioning.funding.control.FundPosition;
import uk.commissioning.funding.control.FundPositions;
import uk.commissioning.funding.entity.Allocation;
import uk.commissioning.funding.entity.Contribution;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.FundPartner;
import uk.commissioning.funding.entity.Transfer;
import uk.commissioning.organisations.boundary.OrganisationRef;
import uk.commissioning.platform.web.Json.MoneyJson;

/** Wire shapes of the funding API (responses). Requests are read field by field with RequestFields. */
public final class FundingJson {

    private FundingJson() {
    }

    public record FundRef(Long id, String code, String name) {
        static FundRef of(Fund f) {
            return new FundRef(f.id(), f.code(), f.name());
        }
    }

    public record PartnerJson(OrganisationRef organisation, String shareType, BigDecimal riskSharePct) {
        static PartnerJson of(FundPartner p) {
            return new PartnerJson(OrganisationRef.of(p.organisation()), p.shareType().name(), p.riskSharePct());
        }
    }

    public record FundJson(Long id, String code, String name, String type, OrganisationRef owner, OrganisationRef host,
                           OrganisationRef poolManager, String financialYear, String purpose, String status,
                           String currency, List<PartnerJson> partners, Instant createdAt, String createdBy) {
        static FundJson of(Fund f) {
            return new FundJson(f.id(), f.code(), f.name(), f.type().name(), OrganisationRef.of(f.owner()),
                    OrganisationRef.of(f.host()), OrganisationRef.of(f.poolManager()), f.financialYear().code(),
                    f.purpose(), f.status().name(), f.currency().getCurrencyCode(),
                    f.partners().stream().map(PartnerJson::of).toList(), f.createdAt(), f.createdBy());
        }
    }

    public record DecisionRef(Long id, String reference) {
        static DecisionRef of(Decision d) {
            return d == null ? null : new DecisionRef(d.id(), d.reference());
        }
    }

    public record DecisionJson(Long id, String reference, String type, String title, OrganisationRef organisation,
                               String signatory, String signatoryRole, LocalDate dateSigned, String summary) {
        static DecisionJson of(Decision d) {
            return new DecisionJson(d.id(), d.reference(), d.type().name(), d.title(), OrganisationRef.of(d.organisation()),
                    d.signatory(), d.signatoryRole(), d.dateSigned(), d.summary());
        }
    }

    public record ContributionJson(Long id, OrganisationRef partner, MoneyJson amount, String kind, LocalDate valueDate,
                                   String note, DecisionRef decision, Long journalEntryId, String createdBy,
                                   Instant createdAt) {
        static ContributionJson of(Contribution c) {
            return new ContributionJson(c.id(), OrganisationRef.of(c.partner()), MoneyJson.of(c.amount()), c.kind().name(),
                    c.valueDate(), c.note(), DecisionRef.of(c.decision()), c.journalEntryId(), c.createdBy(), c.createdAt());
        }
    }

    public record TransferJson(Long id, FundRef fromFund, FundRef toFund, MoneyJson amount, DecisionRef decision,
                               LocalDate valueDate, String reason, String status, String createdBy, Instant createdAt,
                               String decidedBy, Instant decidedAt, Long journalEntryId) {
        static TransferJson of(Transfer t) {
            return new TransferJson(t.id(), FundRef.of(t.fromFund()), FundRef.of(t.toFund()), MoneyJson.of(t.amount()),
                    DecisionRef.of(t.decision()), t.valueDate(), t.reason(), t.status().name(), t.createdBy(),
                    t.createdAt(), t.decidedBy(), t.decidedAt(), t.journalEntryId());
        }
    }

    public record AllocationJson(Long id, FundRef fund, MoneyJson amount, String purpose, String targetType,
                                 String targetRef, DecisionRef decision, LocalDate valueDate, Long journalEntryId,
                                 String createdBy, Instant createdAt) {
        static AllocationJson of(Allocation a) {
            return new AllocationJson(a.id(), FundRef.of(a.fund()), MoneyJson.of(a.amount()), a.purpose(),
                    a.targetType().name(), a.targetRef(), DecisionRef.of(a.decision()), a.valueDate(), a.journalEntryId(),
                    a.createdBy(), a.createdAt());
        }
    }

    public record FiguresJson(MoneyJson budget, MoneyJson allocated, MoneyJson committed, MoneyJson claimed,
                              MoneyJson approved, MoneyJson paid, MoneyJson accrued, MoneyJson remaining,
                              MoneyJson forecastOutturn, MoneyJson scheduled, MoneyJson receivable) {
        static FiguresJson of(FundPosition.Figures f) {
            return new FiguresJson(MoneyJson.of(f.budget()), MoneyJson.of(f.allocated()), MoneyJson.of(f.committed()),
                    MoneyJson.of(f.claimed()), MoneyJson.of(f.approved()), MoneyJson.of(f.paid()),
                    MoneyJson.of(f.accrued()), MoneyJson.of(f.remaining()), MoneyJson.of(f.forecastOutturn()),
                    MoneyJson.of(f.scheduled()), MoneyJson.of(f.receivable()));
        }
    }

    public record PartnerPositionJson(Long organisationId, String orgId, String name, BigDecimal sharePct,
                                      MoneyJson contributed, FiguresJson figures) {
        static PartnerPositionJson of(FundPosition.PartnerFigures p) {
            return new PartnerPositionJson(p.organisationId(), p.orgId(), p.name(), p.sharePct(),
                    MoneyJson.of(p.contributed()), FiguresJson.of(p.figures()));
        }
    }

    public record PositionJson(Long fundId, String fundCode, LocalDate asOf, String quarter, Boolean quarterClosed,
                               FiguresJson total, FiguresJson movementInQuarter, List<PartnerPositionJson> partners) {
        static PositionJson of(FundPosition p) {
            return new PositionJson(p.fundId(), p.fundCode(), p.asOf(), null, null, FiguresJson.of(p.total()), null,
                    p.partners().stream().map(PartnerPositionJson::of).toList());
        }

        static PositionJson of(FundPositions.QuarterPosition q) {
            FundPosition p = q.atQuarterEnd();
            return new PositionJson(p.fundId(), p.fundCode(), p.asOf(), q.quarter().code(), q.closed(),
                    FiguresJson.of(p.total()), FiguresJson.of(q.movementInQuarter()),
                    p.partners().stream().map(PartnerPositionJson::of).toList());
        }
    }
}
