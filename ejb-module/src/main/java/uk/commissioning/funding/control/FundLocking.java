package uk.commissioning.funding.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.ledger.control.FundLocks;
import uk.commissioning.ledger.entity.LedgerFund;
import uk.commissioning.rules.NotFoundException;

/** The ledger's fund locks, taken on {@link Fund} rows in the caller's transaction and persistence context. */
@Dependent
public class FundLocking implements FundLocks {

    @PersistenceContext
    EntityManager em;

    @Override
    public LedgerFund lockForPosting(long fundId) {
        Fund fund = em.find(Fund.class, fundId, LockModeType.PESSIMISTIC_WRITE);
        if (fund == null) {
            throw new NotFoundException("fund", fundId);
        }
        return fund;
    }

    @Override
    public List<Long> fundsKeptBy(Long organisationId) {
        return em.createQuery("SELECT f.id FROM Fund f WHERE (f.host IS NOT NULL AND f.host.id = :org) "
                        + "OR (f.host IS NULL AND f.owner.id = :org) ORDER BY f.id", Long.class)
                .setParameter("org", organisationId).getResultList();
    }
}
