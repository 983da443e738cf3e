package uk.commissioning.contracts.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractFunding;
import uk.commissioning.contracts.entity.ContractStatus;
import uk.commissioning.contracts.entity.ContractVariation;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.DocumentType;
import uk.commissioning.ledger.entity.SourceDocument;
import uk.commissioning.money.Money;
import uk.commissioning.rules.NotFoundException;

/**
 * Reading contracts, always as a viewer may see them ({@link ContractAccess}): another tenant's contract is "not
 * found", exactly like a missing one. What a contract holds in a fund is read from the ledger, not stored beside it.
 */
@Stateless
public class ContractQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    Funds funds;

    @Inject
    Ledger ledger;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<CommitmentDrawdowns> drawdowns;

    /** A contract the viewer may see, if there is one. */
    public Optional<Contract> find(Long id, Viewer viewer) {
        Contract contract = id == null ? null : em.find(Contract.class, id);
        return contract != null && ContractAccess.canSee(viewer, contract) ? Optional.of(contract) : Optional.empty();
    }

    public Contract get(Long id, Viewer viewer) {
        return get(id, null, viewer);
    }

    /** A contract the viewer may see; anyone else's is "not found" (404, or 422 when a request field named it). */
    public Contract get(Long id, String field, Viewer viewer) {
        return find(id, viewer).orElseThrow(() -> new NotFoundException(field, "contract", id));
    }

    /** Any contract with this reference, whoever's it is: references are unique across tenants. */
    public Optional<Contract> byReference(String reference) {
        return em.createNamedQuery(Contract.BY_REFERENCE, Contract.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    /** Contracts the viewer may see, newest first, optionally of one status and/or one provider. */
    public List<Contract> visible(Viewer viewer, ContractStatus status, Long providerId) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Contract c WHERE 1 = 1");
        if (!viewer.seesEverything()) {
            jpql.append(" AND ").append(ContractAccess.visibleCondition(viewer));
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

    public List<Contract> subcontracts(Long leadId) {
        return em.createNamedQuery(Contract.SUBCONTRACTS, Contract.class).setParameter("lead", leadId).getResultList();
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

    public List<ContractVariation> variations(Long contractId) {
        return em.createNamedQuery(ContractVariation.OF_CONTRACT, ContractVariation.class)
                .setParameter("contract", contractId).getResultList();
    }

    /** What the contract still holds committed in a fund: the sum of its own COMMITTED postings there. */
    /** What closing a contract does in one paying fund: {@code kept} stays committed (owed), {@code released} goes back. */
    public record ClosingRelease(Fund fund, Money kept, Money released) {
    }

    /**
     * Per paying fund, what closing the contract on {@code closedOn} keeps committed and what it releases. What is
     * owed then ({@link Contract#owedOnClosing}) stays committed, split across the funds as the value is; the rest of
     * the contract's own commitment goes back, but never more than the contract still holds in COMMITTED for the fund
     * once its claims have drawn on it ({@link #releasable}): claims beyond the instalments due (a unit-cost contract)
     * leave less to release, and COMMITTED for the contract never goes below zero. A subcontract holds no commitment.
     */
    public List<ClosingRelease> closingReleases(Contract contract, LocalDate closedOn) {
        if (contract.isSubcontract()) {
            return List.of();
        }
        Money owed = contract.owedOnClosing(closedOn);
        Map<Long, Money> owedPerFund = new HashMap<>();
        if (owed.isPositive()) {
            contract.fundingSplit().rescaledTo(owed).shares().forEach(s -> owedPerFund.put(s.fundId(), s.amount()));
        }
        Map<Long, BigDecimal> drawn = new HashMap<>();
        drawdowns.forEach(d -> d.committedMovements(contract).forEach((fund, sum) -> drawn.merge(fund, sum, BigDecimal::add)));
        List<ClosingRelease> releases = new ArrayList<>();
        for (ContractFunding line : contract.funding()) {
            Money outstanding = outstandingCommitment(contract, line.fund());
            Money owedHere = owedPerFund.getOrDefault(line.fund().id(), Money.zero(outstanding.currency()));
            Money stillCommitted = outstanding.plus(Money.of(drawn.getOrDefault(line.fund().id(), BigDecimal.ZERO),
                    outstanding.currency()));
            Money released = releasable(outstanding, owedHere, stillCommitted);
            releases.add(new ClosingRelease(line.fund(), outstanding.minus(released), released));
        }
        return releases;
    }

    /**
     * What closing releases from one fund: the contract's own commitment less what is owed by the closing date, but
     * never more than the fund still holds committed for the contract after its claims, and never below zero.
     */
    static Money releasable(Money outstanding, Money owed, Money stillCommitted) {
        Money release = outstanding.minus(owed);
        if (release.isGreaterThan(stillCommitted)) {
            release = stillCommitted;
        }
        return release.isNegative() ? Money.zero(outstanding.currency()) : release;
    }

    public Money outstandingCommitment(Contract contract, Fund fund) {
        BigDecimal sum = ledger.heldBy(SourceDocument.of(DocumentType.CONTRACT, contract.id()), Account.COMMITTED)
                .get(fund.id());
        return Money.of(sum == null ? BigDecimal.ZERO : sum, fund.currency());
    }

    /** Contracts a fund pays for, for the fund's page. */
    public List<Contract> paidFrom(Long fundId, Viewer viewer) {
        funds.get(fundId, viewer);
        return em.createQuery("SELECT DISTINCT f.contract FROM ContractFunding f WHERE f.fund.id = :fund", Contract.class)
                .setParameter("fund", fundId).getResultList();
    }
}
