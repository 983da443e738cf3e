package uk.commissioning.funding.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.DecisionType;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

@Stateless
public class Decisions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    AuditTrail audit;

    public Decision record(String reference, DecisionType type, String title, Long organisationId, String signatory,
                           String signatoryRole, LocalDate dateSigned, String summary, String actor) {
        if (!em.createNamedQuery(Decision.BY_REFERENCE, Decision.class).setParameter("reference", reference)
                .getResultList().isEmpty()) {
            throw new RuleViolation(Reason.DUPLICATE, "reference", "decision " + reference + " is already recorded");
        }
        Decision decision = new Decision(reference, type, title, organisations.get(organisationId, "organisationId"),
                signatory, signatoryRole, dateSigned, summary, actor);
        em.persist(decision);
        em.flush();
        audit.record("Decision", decision.id(), "CREATED", actor, null, decision.auditView());
        return decision;
    }

    public Decision get(Long id, String field) {
        Decision decision = id == null ? null : em.find(Decision.class, id);
        if (decision == null) {
            throw new NotFoundException(field, "decision", id);
        }
        return decision;
    }

    public List<Decision> all() {
        return em.createNamedQuery(Decision.ALL, Decision.class).getResultList();
    }
}
