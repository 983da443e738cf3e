package uk.commissioning.claims.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.control.QuarterCloseStep;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.DocumentType;
import uk.commissioning.ledger.entity.EntryType;
import uk.commissioning.ledger.entity.JournalEntry;
import uk.commissioning.ledger.entity.PostingLine;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;

/**
 * Accrues approved-but-unpaid claims when an organisation closes a quarter (docs/CLAIMS.md, "Accruals"). For each
 * fund whose books the organisation keeps, what each claim holds in APPROVED and SCHEDULED at the quarter's last day
 * (read from the claim's own postings, dated on or before that day) is posted ACCRUED +x / ACCRUAL_OFFSET −x on that
 * day, and reversed on the next quarter's first day in the same close, so the accrual shows in the closed quarter's
 * figures and nowhere after. One entry per claim, the claim as source document: the accrual can be traced to the
 * claim it is for, and each fund's accrued figure is the sum of its claims' (a per-fund entry would say how much
 * but not for whom). Accruals are a memo pair outside the budget: no budget state moves.
 */
@Dependent
public class ClaimAccruals implements QuarterCloseStep {

    @PersistenceContext
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    /** What one claim holds approved-but-unpaid in one fund at a quarter's end. */
    public record Unpaid(Long claimId, Long fundId, BigDecimal amount) {
    }

    @Override
    public void beforeClose(Closing closing) {
        if (closing.fundIds().isEmpty()) {
            return;
        }
        Quarter quarter = closing.quarter();
        Map<Long, List<Unpaid>> byClaim = new LinkedHashMap<>();
        for (Unpaid u : unpaidAt(closing.fundIds(), quarter)) {
            byClaim.computeIfAbsent(u.claimId(), id -> new ArrayList<>()).add(u);
        }
        Money total = null;
        int claims = 0;
        for (Map.Entry<Long, List<Unpaid>> claim : byClaim.entrySet()) {
            Claim c = em.find(Claim.class, claim.getKey());
            List<PostingLine> lines = accrualLines(claim.getValue(), c.currency());
            if (lines.isEmpty()) {
                continue;
            }
            JournalEntry accrual = ledger.post(EntryType.ACCRUAL, c.sourceDocument(), quarter.endDate(),
                    "Accrual at %s end: claim %d, %s, approved and not yet paid".formatted(quarter.label(), c.id(),
                            c.contract().reference()), lines, closing.actor());
            ledger.reverseWithin(accrual, quarter.next().startDate(), "accrual reversed at the start of "
                    + quarter.next().label(), closing.actor());
            Money accrued = lines.stream().filter(l -> l.account() == Account.ACCRUED).map(PostingLine::amount)
                    .reduce(Money::plus).orElseThrow();
            total = total == null ? accrued : total.plus(accrued);
            claims++;
        }
        if (claims > 0) {
            audit.record("Quarter", quarter.code(), "ACCRUED", closing.actor(), null, Map.of(
                    "organisationId", closing.organisationId(), "claims", claims, "accrued", total.toString()));
        }
    }

    /** Before the default order, so that any later step (closing balances come after every step) sees the accruals. */
    @Override
    public int order() {
        return 50;
    }

    /** Per claim and fund, the APPROVED + SCHEDULED held at the quarter's end, in claim then fund order. */
    List<Unpaid> unpaidAt(List<Long> fundIds, Quarter quarter) {
        List<Unpaid> unpaid = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT e.sourceId, p.fundId, SUM(p.amount) FROM LedgerPosting p, JournalEntry e "
                        + "WHERE p.entryId = e.id AND e.sourceType = :type AND p.account IN :accounts "
                        + "AND p.fundId IN :funds AND p.valueDate <= :end "
                        + "GROUP BY e.sourceId, p.fundId ORDER BY e.sourceId, p.fundId", Object[].class)
                .setParameter("type", DocumentType.CLAIM)
                .setParameter("accounts", List.of(Account.APPROVED, Account.SCHEDULED))
                .setParameter("funds", fundIds).setParameter("end", quarter.endDate()).getResultList()) {
            unpaid.add(new Unpaid((Long) row[0], (Long) row[1], (BigDecimal) row[2]));
        }
        return unpaid;
    }

    /** ACCRUED +x / ACCRUAL_OFFSET −x for each fund where the claim holds something positive; nothing otherwise. */
    static List<PostingLine> accrualLines(List<Unpaid> unpaid, java.util.Currency currency) {
        List<PostingLine> lines = new ArrayList<>();
        for (Unpaid u : unpaid) {
            Money amount = Money.of(u.amount(), currency);
            if (amount.isPositive()) {
                lines.add(PostingLine.of(u.fundId(), Account.ACCRUED, amount));
                lines.add(PostingLine.of(u.fundId(), Account.ACCRUAL_OFFSET, amount.negate()));
            }
        }
        return lines;
    }
}
