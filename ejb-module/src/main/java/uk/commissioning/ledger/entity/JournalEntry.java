package uk.commissioning.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.commissioning.period.Quarter;

/** The header of one money movement; its {@link LedgerPosting}s sum to zero. Written once, never changed. */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, updatable = false)
    private EntryType entryType;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, updatable = false)
    private DocumentType sourceType;

    @Column(name = "source_id", updatable = false)
    private Long sourceId;

    @Column(name = "value_date", nullable = false, updatable = false)
    private LocalDate valueDate;

    @Column(name = "quarter_code", nullable = false, updatable = false)
    private String quarterCode;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "reverses_entry_id", updatable = false)
    private Long reversesEntryId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected JournalEntry() {
    }

    JournalEntry(EntryType entryType, SourceDocument source, LocalDate valueDate, String description,
                 Long reversesEntryId, String createdBy) {
        this.entryType = entryType;
        this.sourceType = source.type();
        this.sourceId = source.id();
        this.valueDate = valueDate;
        this.quarterCode = Quarter.containing(valueDate).code();
        this.description = description;
        this.reversesEntryId = reversesEntryId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public static JournalEntry of(EntryType type, SourceDocument source, LocalDate valueDate, String description,
                                  String createdBy) {
        return new JournalEntry(type, source, valueDate, description, null, createdBy);
    }

    public static JournalEntry reversalOf(JournalEntry original, LocalDate valueDate, String reason, String createdBy) {
        return new JournalEntry(EntryType.REVERSAL, original.source(), valueDate,
                "Reversal of entry " + original.id + ": " + reason, original.id, createdBy);
    }

    public Long id() {
        return id;
    }

    public EntryType entryType() {
        return entryType;
    }

    public SourceDocument source() {
        return new SourceDocument(sourceType, sourceId);
    }

    public LocalDate valueDate() {
        return valueDate;
    }

    public Quarter quarter() {
        return Quarter.parse(quarterCode);
    }

    public String description() {
        return description;
    }

    public Long reversesEntryId() {
        return reversesEntryId;
    }

    public boolean isReversal() {
        return reversesEntryId != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
