package uk.commissioning.contracts.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.contracts.entity.LinkWorkerFunding;
import uk.commissioning.contracts.entity.LinkWorkerPost;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Link-worker posts and what the Additional Roles Reimbursement Scheme pays for them. The scheme's maximum per
 * whole-time post and the non-NHS on-cost cap are configuration (they change by year); a post may name its own
 * maximum where a local agreement differs. The limits used are stored on the post.
 */
@Stateless
public class LinkWorkerPosts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Services services;

    @Inject
    AuditTrail audit;

    /** The 2019/20 Network Contract DES maximum for a social prescribing link worker (salary plus on-costs). */
    @Inject
    @ConfigProperty(name = "link-worker.maximum-per-wte", defaultValue = "34113.00")
    String maximumPerWte;

    /** Non-NHS employers' on-costs are reimbursed up to £2,400 a post (from November 2019). */
    @Inject
    @ConfigProperty(name = "link-worker.non-nhs-on-cost-cap", defaultValue = "2400.00")
    String nonNhsOnCostCap;

    /** @param areaCode the ward (E05…) or borough (E09…) the post covers, or null */
    public record PostDraft(String title, Long employerId, boolean nhsEmployer, List<String> pcns, FinancialYear year,
                            String areaCode, BigDecimal fte, Money salary, Money employerOnCosts, Money supervision,
                            Money travel, Money it, Money premises, Money maximumPerWte, Long toppedUpById) {
    }

    public LinkWorkerPost create(PostDraft draft, Viewer viewer) {
        Organisation employer = organisations.get(draft.employerId(), "employerId");
        if (!viewer.seesEverything() && !viewer.is(Role.COMMISSIONER)
                && !(viewer.is(Role.VCSE_FINANCE) && employer.id().equals(viewer.organisationId()))) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, "employerId",
                    "a VCSE finance lead records only their own organisation's posts");
        }
        if (draft.fte().signum() <= 0 || draft.fte().compareTo(BigDecimal.ONE) > 0) {
            throw new RuleViolation(Reason.INVALID_AMOUNT, "fte", "must be more than 0 and at most 1");
        }
        if (draft.pcns().isEmpty()) {
            throw new RuleViolation(Reason.INVALID_AMOUNT, "pcns", "name at least one primary care network the post serves");
        }
        Money[] costs = {draft.salary(), draft.employerOnCosts(), draft.supervision(), draft.travel(), draft.it(), draft.premises()};
        String[] names = {"salary", "employerOnCosts", "supervision", "travel", "it", "premises"};
        for (int i = 0; i < costs.length; i++) {
            if (costs[i].isNegative()) {
                throw new RuleViolation(Reason.INVALID_AMOUNT, names[i], "must not be negative");
            }
            if (!costs[i].isSameCurrencyAs(draft.salary())) {
                throw new RuleViolation(Reason.MIXED_CURRENCY, names[i], "all of a post's costs must be in one currency");
            }
        }
        if (draft.areaCode() != null) {
            services.requireKnownAreas(Set.of(draft.areaCode()), "areaCode");
        }
        Money maximum = draft.maximumPerWte() != null ? draft.maximumPerWte()
                : Money.of(new BigDecimal(maximumPerWte), draft.salary().currency());
        Organisation toppedUpBy = draft.toppedUpById() == null ? null : organisations.get(draft.toppedUpById(), "toppedUpById");
        Organisation recordedBy = viewer.organisationId() == null ? employer : organisations.get(viewer.organisationId());
        LinkWorkerPost post = new LinkWorkerPost(draft.title(), employer, draft.nhsEmployer(), draft.pcns(), draft.year(),
                draft.areaCode(), draft.fte(), draft.salary(), draft.employerOnCosts(), draft.supervision(), draft.travel(),
                draft.it(), draft.premises(), new LinkWorkerFunding.Scheme(maximum,
                        Money.of(new BigDecimal(nonNhsOnCostCap), draft.salary().currency())), toppedUpBy, recordedBy,
                viewer.username());
        em.persist(post);
        em.flush();
        audit.record("LinkWorkerPost", post.id(), "CREATED", viewer.username(), null, post.auditView());
        return post;
    }

    /** Administrators see every post; others the posts their organisation employs, recorded or tops up. */
    public List<LinkWorkerPost> visible(Viewer viewer) {
        if (viewer.seesEverything()) {
            return em.createQuery("SELECT p FROM LinkWorkerPost p ORDER BY p.financialYear DESC, p.title", LinkWorkerPost.class)
                    .getResultList();
        }
        return em.createQuery("SELECT p FROM LinkWorkerPost p LEFT JOIN p.toppedUpBy t WHERE p.employer.id = :org "
                        + "OR p.recordedBy.id = :org OR t.id = :org ORDER BY p.financialYear DESC, p.title", LinkWorkerPost.class)
                .setParameter("org", viewer.organisationId()).getResultList();
    }

    public LinkWorkerPost get(Long id, Viewer viewer) {
        LinkWorkerPost post = id == null ? null : em.find(LinkWorkerPost.class, id);
        if (post == null || !(viewer.seesEverything() || isInvolved(post, viewer.organisationId()))) {
            throw new NotFoundException("link-worker post", id);
        }
        return post;
    }

    private static boolean isInvolved(LinkWorkerPost post, Long org) {
        return post.employer().id().equals(org) || post.recordedBy().id().equals(org)
                || (post.toppedUpBy() != null && post.toppedUpBy().id().equals(org));
    }
}
