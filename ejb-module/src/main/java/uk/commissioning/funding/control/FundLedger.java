package uk.commissioning.funding.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.identity.Viewer;
import uk.commissioning.ledger.control.DocumentFacts;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.control.SourceDocuments;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.JournalEntry;
import uk.commissioning.ledger.entity.LedgerPosting;
import uk.commissioning.ledger.entity.PostingLine;
import uk.commissioning.ledger.entity.SourceDocument;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.Page;
import uk.commissioning.rules.NotFoundException;

/**
 * A fund's ledger as its people read it: each line with the document it came from and the decision it was made under,
 * one entry with its reversal, and the fund at a glance (budget → allocated → committed → paid, and its story).
 */
@Stateless
public class FundLedger {

    /** How many of a fund's first postings the story reads, and how many sentences it tells. */
    static final int STORY_POSTINGS = 200;
    static final int STORY_LINES = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    Funds funds;

    @Inject
    FundPositions positions;

    @Inject
    Ledger ledger;

    @Inject
    @Any
    Instance<SourceDocuments> documents;

    /** A posting with where it came from and what corrects it. */
    public record Line(LedgerPosting posting, DocumentFacts document, Long reversesEntryId, Long reversedByEntryId) {
    }

    /** One journal entry seen from a fund: its postings (in every fund), its document, its reversal either way. */
    public record Entry(JournalEntry entry, List<EntryPosting> postings, Money amount, DocumentFacts document,
                        Long reversedByEntryId, boolean mayReverse) {
    }

    public record EntryPosting(String fundName, Account account, Money amount) {
    }

    /** The fund at a date: the four figures as bars (widths in per cent of the budget) and its movements in words. */
    public record Glance(LocalDate asOf, List<Bar> bars, List<FundStory.Line> story, boolean storyCut) {
    }

    public record Bar(String label, Money amount, int widthPct) {
    }

    public Page<Line> lines(Long fundId, Account account, Quarter quarter, int first, int size, Viewer viewer) {
        funds.readable(fundId, viewer);
        var page = ledger.postings(fundId, account, quarter, first / size, size);
        Map<SourceDocument, Optional<DocumentFacts>> facts = new HashMap<>();
        Map<Long, Long[]> links = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (LedgerPosting posting : page.items()) {
            Long[] link = links.computeIfAbsent(posting.entryId(), id -> new Long[] {
                    ledger.entry(id).map(JournalEntry::reversesEntryId).orElse(null),
                    ledger.reversalOf(id).map(JournalEntry::id).orElse(null)});
            lines.add(new Line(posting, facts.computeIfAbsent(posting.source(), this::describe).orElse(null), link[0],
                    link[1]));
        }
        return new Page<>(lines, page.total());
    }

    /** An entry that touches the fund; one that does not is "not found" here, as is a fund the viewer cannot see. */
    public Entry entry(Long fundId, Long entryId, Viewer viewer) {
        Fund fund = funds.readable(fundId, viewer);
        JournalEntry entry = ledger.entry(entryId, viewer);
        List<LedgerPosting> postings = ledger.postingsOf(entryId);
        if (postings.stream().noneMatch(p -> p.fundId().equals(fundId))) {
            throw new NotFoundException("journal entry", entryId);
        }
        Map<Long, String> names = new HashMap<>();
        List<EntryPosting> shown = postings.stream().map(p -> new EntryPosting(names.computeIfAbsent(p.fundId(),
                id -> em.find(Fund.class, id).name()), p.account(), p.amount())).toList();
        Long reversedBy = ledger.reversalOf(entryId).map(JournalEntry::id).orElse(null);
        boolean mayReverse = !entry.isReversal() && reversedBy == null && postings.stream()
                .allMatch(p -> FundVisibility.mayMoveMoney(viewer, em.find(Fund.class, p.fundId())));
        return new Entry(entry, shown, FundStory.moved(lines(postings, fund.id())), describe(entry.source()).orElse(null),
                reversedBy, mayReverse);
    }

    /** Reverses an entry of this fund (see {@link Ledger#reverse}, which checks who may). */
    public JournalEntry reverse(Long fundId, Long entryId, LocalDate valueDate, String reason, Viewer viewer) {
        entry(fundId, entryId, viewer);
        return ledger.reverse(entryId, valueDate, reason, viewer);
    }

    public Glance glance(Long fundId, LocalDate asOf, Viewer viewer) {
        FundPosition.Figures figures = positions.asOf(fundId, asOf, viewer).total();
        Money budget = figures.budget();
        List<Bar> bars = List.of(bar("Budget", budget, budget), bar("Allocated", figures.allocated(), budget),
                bar("Committed", figures.committed(), budget), bar("Paid", figures.paid(), budget));
        Map<Long, List<LedgerPosting>> byEntry = new LinkedHashMap<>();
        for (LedgerPosting posting : ledger.postingsUpTo(fundId, asOf, STORY_POSTINGS)) {
            byEntry.computeIfAbsent(posting.entryId(), id -> new ArrayList<>()).add(posting);
        }
        List<FundStory.Line> story = new ArrayList<>();
        for (Map.Entry<Long, List<LedgerPosting>> e : byEntry.entrySet()) {
            if (story.size() == STORY_LINES) {
                break;
            }
            JournalEntry entry = ledger.entry(e.getKey()).orElseThrow();
            story.add(FundStory.line(fundId, entry.id(), entry.entryType(), entry.valueDate(), entry.description(),
                    lines(e.getValue(), fundId), describe(entry.source()).orElse(null)));
        }
        return new Glance(asOf, bars, story, byEntry.size() > story.size());
    }

    private static Bar bar(String label, Money amount, Money budget) {
        if (!budget.isPositive() || !amount.isPositive()) {
            return new Bar(label, amount, 0);
        }
        int pct = amount.amount().multiply(java.math.BigDecimal.valueOf(100))
                .divide(budget.amount(), 0, java.math.RoundingMode.HALF_UP).intValueExact();
        return new Bar(label, amount, Math.min(100, Math.max(1, pct)));
    }

    private static List<PostingLine> lines(List<LedgerPosting> postings, Long fundId) {
        return postings.stream().filter(p -> p.fundId().equals(fundId)).map(LedgerPosting::line).toList();
    }

    private Optional<DocumentFacts> describe(SourceDocument document) {
        for (SourceDocuments directory : documents) {
            Optional<DocumentFacts> facts = directory.describe(document);
            if (facts.isPresent()) {
                return facts;
            }
        }
        return Optional.empty();
    }
}
