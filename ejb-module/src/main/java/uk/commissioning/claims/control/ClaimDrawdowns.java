package uk.commissioning.claims.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.commissioning.contracts.control.CommitmentDrawdowns;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.DocumentType;

/** The net of what the contract's claims have posted to COMMITTED, per fund: what they have drawn from its commitment. */
@Dependent
public class ClaimDrawdowns implements CommitmentDrawdowns {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, BigDecimal> committedMovements(Contract contract) {
        Map<Long, BigDecimal> moved = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT p.fundId, SUM(p.amount) FROM LedgerPosting p, JournalEntry e "
                        + "WHERE p.entryId = e.id AND e.sourceType = :type AND p.account = :account AND e.sourceId IN "
                        + "(SELECT c.id FROM Claim c WHERE c.contract.id = :contract) GROUP BY p.fundId ORDER BY p.fundId",
                        Object[].class)
                .setParameter("type", DocumentType.CLAIM).setParameter("account", Account.COMMITTED)
                .setParameter("contract", contract.id()).getResultList()) {
            moved.put((Long) row[0], (BigDecimal) row[1]);
        }
        return moved;
    }
}
