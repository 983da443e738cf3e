package uk.commissioning.funding.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.control.FundAccess;

/** {@link FundVisibility} for the ledger's own actions on entries. */
@Dependent
public class LedgerFundAccess implements FundAccess {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean mayRead(Viewer viewer, long fundId) {
        Fund fund = em.find(Fund.class, fundId);
        return fund != null && FundVisibility.canRead(viewer, fund);
    }

    @Override
    public boolean mayMoveMoney(Viewer viewer, long fundId) {
        Fund fund = em.find(Fund.class, fundId);
        return fund != null && FundVisibility.mayMoveMoney(viewer, fund);
    }
}
