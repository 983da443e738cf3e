package uk.commissioning.funding.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.DecisionType;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.FundPartner;
import uk.commissioning.identity.Viewer;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Formal decisions and which of them may be cited. A transfer, allocation, contract or variation may cite only a
 * decision of an organisation with a say over every fund it touches ({@link Decision#mayAuthorise}); people see
 * their own organisation's decisions and those of the organisations they share funds with.
 */
@Stateless
public class Decisions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    AuditTrail audit;

    /**
     * Records a signed decision in the name of the recorder's own organisation: a decision releases a body's money, so
     * nobody records one for a body they do not belong to. Administrators (and the demo data) record for any body.
     */
    public Decision record(String reference, DecisionType type, String title, Long organisationId, String signatory,
                           String signatoryRole, LocalDate dateSigned, String summary, Viewer viewer) {
        Organisation body = organisations.get(organisationId, "organisationId");
        if (!viewer.seesEverything() && !body.id().equals(viewer.organisationId())) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, "organisationId",
                    "you may record decisions of your own organisation only, not of the " + body.name());
        }
        String actor = viewer.username();
        if (!em.createNamedQuery(Decision.BY_REFERENCE, Decision.class).setParameter("reference", reference)
                .getResultList().isEmpty()) {
            throw new RuleViolation(Reason.DUPLICATE, "reference", "decision " + reference + " is already recorded");
        }
        Decision decision = new Decision(reference, type, title, body, signatory, signatoryRole, dateSigned, summary, actor);
        em.persist(decision);
        em.flush();
        audit.record("Decision", decision.id(), "CREATED", actor, null, decision.auditView());
        return decision;
    }

    /** Any decision by id, whoever's it is: for citing, where {@link #cited} then says whether it may be used. */
    private Decision get(Long id, String field) {
        Decision decision = id == null ? null : em.find(Decision.class, id);
        if (decision == null) {
            throw new NotFoundException(field, "decision", id);
        }
        return decision;
    }

    /** A decision the viewer may see (see {@link #visibleTo}); anyone else's is "not found". */
    public Decision get(Long id, Viewer viewer) {
        Decision decision = get(id, (String) null);
        if (!viewer.seesEverything() && !organisationsSharingFundsWith(viewer.organisationId())
                .contains(decision.organisation().id())) {
            throw new NotFoundException("decision", id);
        }
        return decision;
    }

    /**
     * The decision named by a request field, if it may authorise every one of the funds: the one place the rule is
     * checked for transfers, allocations, contracts and their variations.
     */
    public Decision cited(Long id, String field, Collection<Fund> funds) {
        Decision decision = get(id, field);
        for (Fund fund : funds) {
            decision.requireMayAuthorise(fund, field);
        }
        return decision;
    }

    /** Administrators: every decision. Others: their organisation's and those of its partners in any fund. */
    public List<Decision> visibleTo(Viewer viewer) {
        if (viewer.seesEverything()) {
            return em.createNamedQuery(Decision.ALL, Decision.class).getResultList();
        }
        return em.createNamedQuery(Decision.OF_ORGANISATIONS, Decision.class)
                .setParameter("organisations", organisationsSharingFundsWith(viewer.organisationId())).getResultList();
    }

    /** What a picker offers for money in these funds: the viewer's decisions that may authorise every one of them. */
    public List<Decision> citableFor(Collection<Fund> funds, Viewer viewer) {
        return visibleTo(viewer).stream().filter(d -> funds.stream().allMatch(d::mayAuthorise)).toList();
    }

    /** The organisation itself and every owner, host, pool manager and partner of a fund it has a say over. */
    private Set<Long> organisationsSharingFundsWith(Long organisationId) {
        Set<Long> organisations = new HashSet<>();
        if (organisationId == null) {
            return organisations;
        }
        organisations.add(organisationId);
        em.createQuery("SELECT f FROM Fund f WHERE " + FundVisibility.COMMISSIONER_CONDITION, Fund.class)
                .setParameter("org", organisationId).getResultStream().forEach(fund -> {
                    organisations.add(fund.owner().id());
                    if (fund.host() != null) {
                        organisations.add(fund.host().id());
                    }
                    if (fund.poolManager() != null) {
                        organisations.add(fund.poolManager().id());
                    }
                    for (FundPartner partner : fund.partners()) {
                        organisations.add(partner.organisation().id());
                    }
                });
        return organisations;
    }
}
