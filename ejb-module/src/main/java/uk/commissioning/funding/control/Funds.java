package uk.commissioning.funding.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.funding.entity.Contribution;
import uk.commissioning.funding.entity.ContributionKind;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.FundType;
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
import uk.commissioning.period.Dates;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/** Setting up funds and taking partners' contributions into them. */
@Stateless
public class Funds {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Decisions decisions;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    public Fund create(FundDraft draft, String actor) {
        if (!em.createNamedQuery(Fund.BY_CODE, Fund.class).setParameter("code", draft.code()).getResultList().isEmpty()) {
            throw new RuleViolation(Reason.DUPLICATE, "code", "a fund with code " + draft.code() + " already exists");
        }
        Organisation owner = organisations.get(draft.ownerId(), "ownerId");
        if (!owner.isCommissioner()) {
            throw new RuleViolation(Reason.WRONG_ORGANISATION_TYPE, "ownerId",
                    owner.name() + " is a VCSE organisation; funds are owned by commissioners");
        }
        Fund fund = new Fund(draft.code(), draft.name(), draft.type(), owner, draft.financialYear(), draft.purpose(),
                draft.currency(), actor);
        for (FundDraft.PartnerShare share : draft.partners()) {
            fund.addPartner(organisations.get(share.organisationId(), "partners"), share.shareType(), share.riskSharePct());
        }
        if (draft.type() == FundType.POOLED_FUND) {
            Organisation host = draft.hostId() == null ? owner : organisations.get(draft.hostId(), "hostId");
            Organisation manager = draft.poolManagerId() == null ? host
                    : organisations.get(draft.poolManagerId(), "poolManagerId");
            fund.setPoolGovernance(host, manager);
        }
        fund.checkRiskShares();
        em.persist(fund);
        em.flush();
        audit.record("Fund", fund.id(), "CREATED", actor, null, fund.auditView());
        return fund;
    }

    /**
     * A partner puts money in: the partner's FUNDING contra account is credited and the fund's AVAILABLE budget
     * debited, in the fund's financial year. Only the owner or a listed partner can contribute.
     */
    public Contribution contribute(Long fundId, Long partnerId, Money amount, ContributionKind kind, LocalDate valueDate,
                                   String note, Long decisionId, Viewer viewer) {
        String actor = viewer.username();
        Fund fund = managed(fundId, null, viewer);
        Organisation partner = organisations.get(partnerId, "partnerId");
        if (!fund.owner().id().equals(partnerId) && fund.partnerFor(partnerId).isEmpty()) {
            throw new RuleViolation(Reason.NOT_A_PARTNER, "partnerId",
                    partner.name() + " is neither the owner nor a partner of " + fund.code());
        }
        requirePositive(amount);
        fund.requireCurrency(amount, "amount");
        requireInYear(fund, valueDate);
        Decision decision = decisionId == null ? null : decisions.cited(decisionId, "decisionId", List.of(fund));
        Contribution contribution = new Contribution(fund, partner, amount, kind, valueDate, note, decision, actor);
        em.persist(contribution);
        em.flush();
        JournalEntry entry = ledger.post(EntryType.CONTRIBUTION, contribution.sourceDocument(),
                valueDate, kind.name().toLowerCase() + " contribution from " + partner.name(),
                List.of(new PostingLine(fundId, partnerId, Account.FUNDING, amount.negate()),
                        new PostingLine(fundId, partnerId, Account.AVAILABLE, amount)), actor);
        contribution.bookedAs(entry.id());
        audit.record("Contribution", contribution.id(), "CREATED", actor, null, contribution.auditView());
        return contribution;
    }

    /** A money movement (contribution, allocation, transfer) of nothing or of a negative sum is INVALID_AMOUNT. */
    public static void requirePositive(Money amount) {
        if (!amount.isPositive()) {
            throw new RuleViolation(Reason.INVALID_AMOUNT, "amount", "amount must be more than zero");
        }
    }

    public static void requireInYear(Fund fund, LocalDate valueDate) {
        if (!fund.financialYear().contains(valueDate)) {
            throw new RuleViolation(Reason.OUTSIDE_FINANCIAL_YEAR, "valueDate",
                    Dates.plain(valueDate) + " is outside " + fund.code() + "'s financial year " + fund.financialYear());
        }
    }

    /** Any fund, whoever owns it: for the ledger's own bookkeeping, never for showing to a person. */
    public Fund get(Long id) {
        return get(id, null, Viewer.SYSTEM);
    }

    /** A fund the viewer may see; another tenant's fund is "not found" (404), exactly like a missing one. */
    public Fund get(Long id, Viewer viewer) {
        return get(id, null, viewer);
    }

    /** @param field the request field that named the fund (a missing one is then the request's fault, 422) */
    public Fund get(Long id, String field, Viewer viewer) {
        Fund fund = id == null ? null : em.find(Fund.class, id);
        if (fund == null || !FundVisibility.canSee(viewer, fund)) {
            throw new NotFoundException(field, "fund", id);
        }
        return fund;
    }

    /**
     * A fund the viewer may move money in ({@link FundVisibility#mayMoveMoney}): one they cannot see is "not found",
     * one they can see but not manage is refused in words.
     */
    public Fund managed(Long id, String field, Viewer viewer) {
        Fund fund = get(id, field, viewer);
        if (!FundVisibility.mayMoveMoney(viewer, fund)) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null,
                    "only its commissioners and administrators move money in " + fund.name());
        }
        return fund;
    }

    /**
     * A fund the viewer may read ({@link FundVisibility#canRead}): for positions, contributions, ledgers and
     * statements only; a board member's fund read this way is still "not found" to every change.
     */
    public Fund readable(Long id, Viewer viewer) {
        Fund fund = id == null ? null : em.find(Fund.class, id);
        if (fund == null || !FundVisibility.canRead(viewer, fund)) {
            throw new NotFoundException(null, "fund", id);
        }
        return fund;
    }

    /** Every fund the viewer may read: what they may act on and, for a board member, their board's funds (read-only). */
    public List<Fund> all(Viewer viewer) {
        if (viewer.seesEverything()) {
            return em.createNamedQuery(Fund.ALL, Fund.class).getResultList();
        }
        if (!FundVisibility.readsByOrganisation(viewer)) {
            return List.of();
        }
        return em.createQuery("SELECT f FROM Fund f WHERE " + FundVisibility.COMMISSIONER_CONDITION
                + " ORDER BY f.financialYear DESC, f.name", Fund.class).setParameter("org", viewer.organisationId())
                .getResultList();
    }

    public List<Contribution> contributions(Long fundId, Viewer viewer) {
        readable(fundId, viewer);
        return em.createNamedQuery(Contribution.OF_FUND, Contribution.class).setParameter("fundId", fundId).getResultList();
    }
}
