package uk.commissioning.contracts.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.contracts.entity.FcrActivity;
import uk.commissioning.contracts.entity.FcrBudget;
import uk.commissioning.contracts.entity.FcrDraft;
import uk.commissioning.contracts.entity.FullCostRecovery;
import uk.commissioning.contracts.entity.VcseService;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Providers' full-cost-recovery budgets. A provider's finance leads (and administrators) write their own; the
 * commissioners who contract with the provider may read it; nobody else learns it exists (404).
 */
@Stateless
public class FcrBudgets {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Services services;

    @Inject
    ContractQueries contracts;

    @Inject
    AuditTrail audit;

    /** An activity with what it really costs. */
    public record CostedActivity(FcrActivity activity, FullCostRecovery.ActivityCost cost) {
    }

    /**
     * Creates or replaces the provider's budget for the year. The draft's input rules and then the calculation run
     * before anything is written, so a missing or negative figure (INVALID_INPUT) or drivers that do not add up
     * (FCR_DRIVERS_INVALID) are refused and the previous budget stays as it was.
     */
    public FcrBudget save(Long providerId, FinancialYear year, FcrDraft draft, Viewer viewer) {
        draft.enforceInputRules();
        Organisation provider = organisations.get(providerId);
        if (!mayWrite(viewer, providerId)) {
            throw new NotFoundException("FCR budget of organisation", providerId);
        }
        for (int i = 0; i < draft.activities().size(); i++) {
            FcrDraft.ActivityDraft activity = draft.activities().get(i);
            if (activity.serviceId() != null) {
                VcseService service = services.get(activity.serviceId(), "activities[" + i + "].serviceId");
                if (!service.provider().id().equals(providerId)) {
                    throw new RuleViolation(Reason.SERVICE_NOT_PROVIDERS, "activities[" + i + "].serviceId",
                            "'" + service.name() + "' is not one of " + provider.name() + "'s services");
                }
            }
        }
        draft.requireOneCurrency();
        FullCostRecovery.calculate(draft.calculation());
        Optional<FcrBudget> existing = find(providerId, year);
        FcrBudget budget = existing.orElseGet(() -> new FcrBudget(provider, year));
        Map<String, Object> before = existing.map(FcrBudget::auditView).orElse(null);
        budget.replaceWith(draft, viewer.username());
        if (existing.isEmpty()) {
            em.persist(budget);
        }
        em.flush();
        audit.record("FcrBudget", budget.id(), existing.isEmpty() ? "CREATED" : "UPDATED", viewer.username(), before,
                budget.auditView());
        return budget;
    }

    public FcrBudget get(Long providerId, FinancialYear year, Viewer viewer) {
        if (!mayRead(viewer, providerId)) {
            throw new NotFoundException("FCR budget of organisation " + providerId + " for", year);
        }
        return find(providerId, year).orElseThrow(() -> new NotFoundException("FCR budget of organisation " + providerId + " for", year));
    }

    /** The budgets the viewer may read: their own organisation's, or those of providers they contract with. */
    public List<FcrBudget> visible(Viewer viewer) {
        if (viewer.seesEverything()) {
            return em.createQuery("SELECT b FROM FcrBudget b ORDER BY b.financialYear DESC, b.provider.name", FcrBudget.class)
                    .getResultList();
        }
        List<FcrBudget> budgets = new ArrayList<>(em.createNamedQuery(FcrBudget.OF_PROVIDER, FcrBudget.class)
                .setParameter("provider", viewer.organisationId()).getResultList());
        if (viewer.is(Role.COMMISSIONER) || viewer.is(Role.BOARD_MEMBER)) {
            contracts.visible(viewer, null, null).stream().map(c -> c.provider().id()).distinct()
                    .filter(p -> !p.equals(viewer.organisationId()))
                    .forEach(p -> budgets.addAll(em.createNamedQuery(FcrBudget.OF_PROVIDER, FcrBudget.class)
                            .setParameter("provider", p).getResultList()));
        }
        return budgets;
    }

    public List<CostedActivity> costs(FcrBudget budget) {
        List<FullCostRecovery.ActivityCost> costs = FullCostRecovery.calculate(budget.toCalculation());
        List<CostedActivity> result = new ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            result.add(new CostedActivity(budget.activities().get(i), costs.get(i)));
        }
        return result;
    }

    /** The budget, without a visibility check: for under-recovery figures on contracts the caller already may see. */
    public Optional<FcrBudget> find(Long providerId, FinancialYear year) {
        return em.createNamedQuery(FcrBudget.OF_PROVIDER_YEAR, FcrBudget.class).setParameter("provider", providerId)
                .setParameter("year", year.toString()).getResultStream().findFirst();
    }

    public boolean mayWrite(Viewer viewer, Long providerId) {
        return viewer.seesEverything() || (viewer.is(Role.VCSE_FINANCE) && providerId.equals(viewer.organisationId()));
    }

    public boolean mayRead(Viewer viewer, Long providerId) {
        if (viewer.seesEverything() || providerId.equals(viewer.organisationId())) {
            return true;
        }
        return (viewer.is(Role.COMMISSIONER) || viewer.is(Role.BOARD_MEMBER))
                && !contracts.visible(viewer, null, providerId).isEmpty();
    }
}
