package uk.commissioning.ledger.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.EntryType;
import uk.commissioning.ledger.entity.JournalEntry;
import uk.commissioning.ledger.entity.LedgerFund;
import uk.commissioning.ledger.entity.LedgerPosting;
import uk.commissioning.ledger.entity.FundClosingBalance;
import uk.commissioning.ledger.entity.PostingLine;
import uk.commissioning.ledger.entity.SourceDocument;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * The one way money moves. Every capability (contributions, transfers, allocations, and later commitments, claims,
 * payments, reclaims and accruals) books through {@link #post}, which enforces the ledger's rules in one place.
 */
@Stateless
public class Ledger {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<EntryReversed> reversals;

    @Inject
    FundLocks fundLocks;

    @Inject
    FundAccess access;

    /**
     * Books a balanced entry. Locks every fund it touches (in id order, so two entries never deadlock), then checks:
     * one currency, sum zero, the value date's quarter open, each fund open and in that currency, and no budget state
     * of any fund below zero afterwards.
     */
    public JournalEntry post(EntryType type, SourceDocument source, LocalDate valueDate, String description,
                             List<PostingLine> lines, String actor) {
        JournalEntry entry = JournalEntry.of(type, source, valueDate, description, actor);
        return book(entry, lines, List.of());
    }

    /**
     * Corrects an entry by booking its mirror image on {@code valueDate} (which must be in an open quarter), each
     * posting linked to the one it reverses. The original stays exactly as it was.
     */
    public JournalEntry reverse(Long entryId, LocalDate valueDate, String reason, Viewer viewer) {
        JournalEntry original = entry(entryId, viewer);
        if (!postingsOf(entryId).stream().allMatch(p -> access.mayMoveMoney(viewer, p.fundId()))) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null,
                    "only commissioners of the funds an entry touches, and administrators, reverse it");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(Reason.INVALID_INPUT, "reason", "is required: say why the entry is reversed");
        }
        String actor = viewer.username();
        if (original.isReversal()) {
            throw new RuleViolation(Reason.CANNOT_REVERSE_REVERSAL,
                    "entry " + entryId + " is itself a reversal; post a new entry instead");
        }
        if (reversalOf(entryId).isPresent()) {
            throw new RuleViolation(Reason.ALREADY_REVERSED, "entry " + entryId + " has already been reversed");
        }
        List<LedgerPosting> originals = postingsOf(entryId);
        JournalEntry reversal = JournalEntry.reversalOf(original, valueDate, reason, actor);
        List<PostingLine> lines = originals.stream().map(p -> p.line().negate()).toList();
        List<Long> reversed = originals.stream().map(LedgerPosting::id).toList();
        book(reversal, lines, reversed);
        audit.record("JournalEntry", entryId, "REVERSED", actor, null,
                Map.of("reversalEntryId", reversal.id(), "valueDate", valueDate.toString(), "reason", reason));
        reversals.fire(new EntryReversed(original, reversal, actor));
        return reversal;
    }

    /**
     * Reverses an entry that a process booked and now undoes as part of its own work (an accrual, reversed on the
     * next quarter's first day by the same close that posted it): the process has already decided who may, so there
     * is no viewer to check. The reversal is linked to the original as any other, and refused into a closed quarter.
     */
    public JournalEntry reverseWithin(JournalEntry original, LocalDate valueDate, String reason, String actor) {
        if (original.isReversal() || reversalOf(original.id()).isPresent()) {
            throw new RuleViolation(Reason.ALREADY_REVERSED, "entry " + original.id() + " cannot be reversed again");
        }
        List<LedgerPosting> originals = postingsOf(original.id());
        JournalEntry reversal = JournalEntry.reversalOf(original, valueDate, reason, actor);
        book(reversal, originals.stream().map(p -> p.line().negate()).toList(),
                originals.stream().map(LedgerPosting::id).toList());
        return reversal;
    }

    private JournalEntry book(JournalEntry entry, List<PostingLine> lines, List<Long> reversesPostingIds) {
        if (lines.isEmpty()) {
            throw new RuleViolation(Reason.UNBALANCED_ENTRY, "an entry needs at least two postings");
        }
        Money sum = Money.zero(lines.get(0).amount().currency());
        for (PostingLine line : lines) {
            if (!line.amount().isSameCurrencyAs(sum)) {
                throw new RuleViolation(Reason.MIXED_CURRENCY, "amount",
                        "one entry cannot mix " + sum.currencyCode() + " and " + line.amount().currencyCode());
            }
            sum = sum.plus(line.amount());
        }
        if (!sum.isZero()) {
            throw new RuleViolation(Reason.UNBALANCED_ENTRY, "postings sum to " + sum + ", not zero");
        }
        Map<Long, LedgerFund> funds = lockFunds(lines);
        // After the locks: a close locks the same funds before it writes their closing balances, so a posting
        // either lands before the close (and is in the closing balance) or sees the close and is refused.
        for (LedgerFund fund : funds.values()) {
            requireOpen(fund, entry.quarter());
        }
        for (PostingLine line : lines) {
            LedgerFund fund = funds.get(line.fundId());
            fund.requireOpen();
            fund.requireCurrency(line.amount(), "amount");
        }
        requireNoNegativeBudgetState(lines, funds);

        em.persist(entry);
        em.flush();
        for (int i = 0; i < lines.size(); i++) {
            PostingLine line = lines.get(i);
            em.persist(reversesPostingIds.isEmpty()
                    ? LedgerPosting.of(entry, line)
                    : LedgerPosting.reversing(entry, em.find(LedgerPosting.class, reversesPostingIds.get(i))));
        }
        em.flush();
        return entry;
    }

    private Map<Long, LedgerFund> lockFunds(List<PostingLine> lines) {
        Map<Long, LedgerFund> locked = new LinkedHashMap<>();
        for (Long fundId : new TreeSet<>(lines.stream().map(PostingLine::fundId).toList())) {
            locked.put(fundId, fundLocks.lockForPosting(fundId));
        }
        return locked;
    }

    private void requireNoNegativeBudgetState(List<PostingLine> lines, Map<Long, LedgerFund> funds) {
        Map<String, Money> netOut = new LinkedHashMap<>();
        for (PostingLine line : lines) {
            if (line.account().isBudgetState()) {
                netOut.merge(line.fundId() + ":" + line.account().name(), line.amount(), Money::plus);
            }
        }
        for (Map.Entry<String, Money> change : netOut.entrySet()) {
            if (!change.getValue().isNegative()) {
                continue;
            }
            String[] key = change.getKey().split(":");
            LedgerFund fund = funds.get(Long.valueOf(key[0]));
            Account account = Account.valueOf(key[1]);
            Money balance = balance(fund, account);
            Money needed = change.getValue().negate();
            if (needed.isGreaterThan(balance)) {
                if (account == Account.AVAILABLE) {
                    throw new RuleViolation(Reason.INSUFFICIENT_REMAINING_BUDGET, "amount",
                            "%s has %s remaining; %s is needed".formatted(fund.code(), balance.display(), needed.display()));
                }
                throw new RuleViolation(Reason.INSUFFICIENT_BALANCE, "amount", "%s has %s %s; %s is needed"
                        .formatted(fund.code(), balance.display(), account.name().toLowerCase(), needed.display()));
            }
        }
    }

    /** Refuses a posting into the fund dated in a quarter that the fund's book-keeper has closed. */
    public void requireOpen(LedgerFund fund, Quarter quarter) {
        if (isClosed(fund, quarter)) {
            throw new RuleViolation(Reason.QUARTER_CLOSED, "valueDate",
                    "%s is closed for %s; post into an open quarter (a reversal corrects a closed one)"
                            .formatted(quarter.label(), fund.code()));
        }
    }

    /** Whether the organisation that keeps the fund's books has closed the quarter. */
    public boolean isClosed(LedgerFund fund, Quarter quarter) {
        return isClosedBy(fund.booksKeptBy(), quarter);
    }

    public boolean isClosedBy(Long organisationId, Quarter quarter) {
        return !em.createQuery("SELECT c.id FROM PeriodClose c WHERE c.organisationId = :org AND c.quarterCode = :q",
                        Long.class)
                .setParameter("org", organisationId).setParameter("q", quarter.code()).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The balance of one account of a fund over all its postings, whatever their dates. */
    public Money balance(LedgerFund fund, Account account) {
        BigDecimal sum = em.createQuery("SELECT SUM(p.amount) FROM LedgerPosting p "
                        + "WHERE p.fundId = :fund AND p.account = :account", BigDecimal.class)
                .setParameter("fund", fund.id())
                .setParameter("account", account)
                .getSingleResult();
        return Money.of(sum == null ? BigDecimal.ZERO : sum, fund.currency());
    }

    /**
     * What one document's own entries hold in an account, per fund id in id order (a fund its entries touched and
     * left at zero is there with zero): how much a contract still has committed, or a claim has claimed.
     */
    public Map<Long, BigDecimal> heldBy(SourceDocument source, Account account) {
        Map<Long, BigDecimal> held = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT p.fundId, SUM(p.amount) FROM LedgerPosting p, JournalEntry e "
                        + "WHERE p.entryId = e.id AND e.sourceType = :type AND e.sourceId = :id AND p.account = :account "
                        + "GROUP BY p.fundId ORDER BY p.fundId", Object[].class)
                .setParameter("type", source.type()).setParameter("id", source.id()).setParameter("account", account)
                .getResultList()) {
            held.put((Long) row[0], (BigDecimal) row[1]);
        }
        return held;
    }

    /**
     * Sums per account and partner of a fund's postings dated on or before {@code asOf}: the raw material of positions.
     * They start from the fund's last closing balance at or before {@code asOf} and add only the postings dated after
     * that quarter's end, so the cost follows the open period's postings, not the fund's whole history. (A closing
     * balance is final: nothing can be posted on or before its date once the quarter is closed.)
     */
    public List<AccountBalance> balancesAsOf(Long fundId, LocalDate asOf) {
        Optional<Quarter> closed = lastClosingBalance(fundId, asOf);
        if (closed.isEmpty()) {
            return balances(fundId, null, asOf);
        }
        Map<String, AccountBalance> merged = new LinkedHashMap<>();
        for (FundClosingBalance c : closingBalances(fundId, closed.get())) {
            add(merged, new AccountBalance(c.account(), c.partnerId(), c.amount()));
        }
        for (AccountBalance b : balances(fundId, closed.get().endDate().plusDays(1), asOf)) {
            add(merged, b);
        }
        List<AccountBalance> sorted = new ArrayList<>(merged.values());
        sorted.sort(Comparator.comparing(AccountBalance::account)
                .thenComparing(AccountBalance::partnerId, Comparator.nullsFirst(Comparator.naturalOrder())));
        return sorted;
    }

    /** The same sums from every posting up to {@code asOf}, ignoring closing balances: what the closing balances must equal. */
    public List<AccountBalance> balancesSummingEveryPosting(Long fundId, LocalDate asOf) {
        return balances(fundId, null, asOf);
    }

    private static void add(Map<String, AccountBalance> sums, AccountBalance b) {
        sums.merge(b.account() + ":" + b.partnerId(), b,
                (x, y) -> new AccountBalance(x.account(), x.partnerId(), x.amount().add(y.amount())));
    }

    /** The last quarter ending on or before {@code asOf} for which the fund has closing balances. */
    public Optional<Quarter> lastClosingBalance(Long fundId, LocalDate asOf) {
        Quarter containing = Quarter.containing(asOf);
        Quarter bound = asOf.equals(containing.endDate()) ? containing : containing.previous();
        String code = em.createQuery("SELECT MAX(c.quarterCode) FROM FundClosingBalance c "
                        + "WHERE c.fundId = :fund AND c.quarterCode <= :bound", String.class)
                .setParameter("fund", fundId).setParameter("bound", bound.code()).getSingleResult();
        return Optional.ofNullable(code).map(Quarter::parse);
    }

    public List<FundClosingBalance> closingBalances(Long fundId, Quarter quarter) {
        return em.createQuery("SELECT c FROM FundClosingBalance c WHERE c.fundId = :fund AND c.quarterCode = :q "
                        + "ORDER BY c.id", FundClosingBalance.class)
                .setParameter("fund", fundId).setParameter("q", quarter.code()).getResultList();
    }

    /**
     * Writes the fund's closing balances at the quarter's end, one per account and partner that has postings (zeros
     * included, so a fund whose sums net to nothing still has a closing balance to start from). The caller holds the
     * fund's lock and has just closed the quarter for its book-keeper.
     */
    public void writeClosingBalances(LedgerFund fund, Quarter quarter) {
        for (AccountBalance b : balancesAsOf(fund.id(), quarter.endDate())) {
            em.persist(new FundClosingBalance(fund.id(), quarter, b.account(), b.partnerId(), b.amount(),
                    fund.currency().getCurrencyCode()));
        }
    }

    /**
     * Sums per account and partner of a fund's postings dated from {@code from} (inclusive; {@code null} = from the
     * start) to {@code to} (inclusive): one ranged SUM per (account, partner) over the covering index
     * ix_ledger_posting_balance, so the database reads exactly the postings in range and groups nothing. The partners
     * of each account are found by stepping through the index (a "skip scan": one seek per partner), because neither
     * a GROUP BY nor a DISTINCT over a million postings avoids reading them all.
     */
    public List<AccountBalance> balances(Long fundId, LocalDate from, LocalDate to) {
        List<AccountBalance> balances = new ArrayList<>();
        for (Account account : Account.values()) {
            sumInRange(fundId, account, null, from, to).ifPresent(balances::add);
            Long partner = nextPartner(fundId, account, 0L);
            while (partner != null) {
                sumInRange(fundId, account, partner, from, to).ifPresent(balances::add);
                partner = nextPartner(fundId, account, partner);
            }
        }
        return balances;
    }

    /**
     * The smallest partner id above {@code after} with postings to the account: a single index seek. (Start from 0,
     * ids being positive: MariaDB turns {@code MIN … > ?} into a seek but {@code IS NOT NULL} into a range scan.)
     */
    private Long nextPartner(Long fundId, Account account, long after) {
        return em.createQuery("SELECT MIN(p.partnerId) FROM LedgerPosting p WHERE p.fundId = :fund "
                        + "AND p.account = :account AND p.partnerId > :after", Long.class)
                .setParameter("fund", fundId).setParameter("account", account).setParameter("after", after)
                .getSingleResult();
    }

    private Optional<AccountBalance> sumInRange(Long fundId, Account account, Long partnerId, LocalDate from,
                                                LocalDate to) {
        TypedQuery<BigDecimal> sum = em.createQuery("SELECT SUM(p.amount) FROM LedgerPosting p "
                        + "WHERE p.fundId = :fund AND p.account = :account AND "
                        + (partnerId == null ? "p.partnerId IS NULL" : "p.partnerId = :partner")
                        + " AND p.valueDate <= :to" + (from == null ? "" : " AND p.valueDate >= :from"), BigDecimal.class)
                .setParameter("fund", fundId).setParameter("account", account).setParameter("to", to);
        if (partnerId != null) {
            sum.setParameter("partner", partnerId);
        }
        if (from != null) {
            sum.setParameter("from", from);
        }
        return Optional.ofNullable(sum.getSingleResult()).map(amount -> new AccountBalance(account, partnerId, amount));
    }

    public Optional<JournalEntry> entry(Long id) {
        return Optional.ofNullable(em.find(JournalEntry.class, id));
    }

    /** An entry touching a fund the viewer may read (as a transfer is); any other is "not found", like a missing one. */
    public JournalEntry entry(Long id, Viewer viewer) {
        JournalEntry entry = id == null ? null : em.find(JournalEntry.class, id);
        if (entry == null || postingsOf(id).stream().noneMatch(p -> access.mayRead(viewer, p.fundId()))) {
            throw new NotFoundException("journal entry", id);
        }
        return entry;
    }

    public Optional<JournalEntry> reversalOf(Long entryId) {
        return em.createQuery("SELECT e FROM JournalEntry e WHERE e.reversesEntryId = :id", JournalEntry.class)
                .setParameter("id", entryId).getResultStream().findFirst();
    }

    public List<LedgerPosting> postingsOf(Long entryId) {
        return em.createQuery("SELECT p FROM LedgerPosting p WHERE p.entryId = :entry ORDER BY p.id", LedgerPosting.class)
                .setParameter("entry", entryId).getResultList();
    }

    /** One page of a fund's postings, oldest first, optionally only one account and/or one quarter. */
    public PostingPage postings(Long fundId, Account account, Quarter quarter, int page, int size) {
        String where = " WHERE p.fundId = :fund" + (account == null ? "" : " AND p.account = :account")
                + (quarter == null ? "" : " AND p.quarterCode = :quarter");
        TypedQuery<LedgerPosting> query = em.createQuery(
                "SELECT p FROM LedgerPosting p" + where + " ORDER BY p.valueDate, p.id", LedgerPosting.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM LedgerPosting p" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("fund", fundId);
            if (account != null) {
                q.setParameter("account", account);
            }
            if (quarter != null) {
                q.setParameter("quarter", quarter.code());
            }
        }
        List<LedgerPosting> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new PostingPage(items, page, size, count.getSingleResult());
    }

    /** A fund's first {@code max} postings dated on or before {@code asOf}, oldest first (value date, then id). */
    public List<LedgerPosting> postingsUpTo(Long fundId, LocalDate asOf, int max) {
        return em.createQuery("SELECT p FROM LedgerPosting p WHERE p.fundId = :fund AND p.valueDate <= :asOf "
                        + "ORDER BY p.valueDate, p.id", LedgerPosting.class)
                .setParameter("fund", fundId).setParameter("asOf", asOf).setMaxResults(max).getResultList();
    }

    /** Sum of every posting in the ledger, per currency: zero for each, always, if double entry holds. */
    public Map<String, BigDecimal> trialBalance() {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT p.currency, SUM(p.amount) FROM LedgerPosting p GROUP BY p.currency",
                Object[].class).getResultList()) {
            sums.put((String) row[0], (BigDecimal) row[1]);
        }
        return sums;
    }
}
