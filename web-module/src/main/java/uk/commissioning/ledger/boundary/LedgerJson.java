package uk.commissioning.ledger.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.commissioning.ledger.entity.JournalEntry;
import uk.commissioning.ledger.entity.LedgerPosting;
import uk.commissioning.ledger.entity.PeriodClose;
import uk.commissioning.platform.web.Json.MoneyJson;

public final class LedgerJson {

    private LedgerJson() {
    }

    public record PostingJson(Long id, Long entryId, Long fundId, Long partnerId, String account, MoneyJson amount,
                              String quarter, LocalDate valueDate, String sourceType, Long sourceId,
                              Long reversesPostingId, String createdBy, Instant createdAt) {
        public static PostingJson of(LedgerPosting p) {
            return new PostingJson(p.id(), p.entryId(), p.fundId(), p.partnerId(), p.account().name(),
                    MoneyJson.of(p.amount()), p.quarter().code(), p.valueDate(), p.source().type().name(), p.source().id(),
                    p.reversesPostingId(), p.createdBy(), p.createdAt());
        }
    }

    public record EntryJson(Long id, String type, String sourceType, Long sourceId, LocalDate valueDate, String quarter,
                            String description, Long reversesEntryId, Long reversedByEntryId, String createdBy,
                            Instant createdAt, List<PostingJson> postings) {
        static EntryJson of(JournalEntry e, Long reversedBy, List<LedgerPosting> postings) {
            return new EntryJson(e.id(), e.entryType().name(), e.source().type().name(), e.source().id(), e.valueDate(),
                    e.quarter().code(), e.description(), e.reversesEntryId(), reversedBy, e.createdBy(), e.createdAt(),
                    postings.stream().map(PostingJson::of).toList());
        }
    }

    /** A quarter closed by one organisation: {@code postingsLocked} counts those in the funds whose books it keeps. */
    public record PeriodJson(String quarter, String label, LocalDate startDate, LocalDate endDate, boolean closed,
                             Long organisationId, String organisationName, Instant closedAt, String closedBy,
                             String note, Long postingsLocked) {
        static PeriodJson of(PeriodClose c, String organisationName, long postings) {
            return new PeriodJson(c.quarter().code(), c.quarter().label(), c.quarter().startDate(), c.quarter().endDate(),
                    true, c.organisationId(), organisationName, c.closedAt(), c.closedBy(), c.note(), postings);
        }
    }
}
