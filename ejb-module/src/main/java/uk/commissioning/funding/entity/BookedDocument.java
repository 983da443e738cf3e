package uk.commissioning.funding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import uk.commissioning.ledger.entity.DocumentType;
import uk.commissioning.ledger.entity.SourceDocument;
import uk.commissioning.money.Money;

/**
 * What every money document (contribution, transfer, allocation) has in common: an amount on a value date, the
 * decision behind it, who created it and when, and the journal entry that booked it in the ledger.
 */
@MappedSuperclass
public abstract class BookedDocument {

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "value_date", nullable = false, updatable = false)
    private LocalDate valueDate;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "decision_id", updatable = false)
    private Decision decision;

    @Column(name = "journal_entry_id")
    private Long journalEntryId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected BookedDocument() {
    }

    protected BookedDocument(Money amount, LocalDate valueDate, Decision decision, String createdBy) {
        this.amount = amount.amount();
        this.currency = amount.currencyCode();
        this.valueDate = valueDate;
        this.decision = decision;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public abstract Long id();

    /** Which kind of document this is in the ledger, where its entry names it as the source. */
    protected abstract DocumentType documentType();

    /** How the journal entry that books this document refers back to it. */
    public SourceDocument sourceDocument() {
        return SourceDocument.of(documentType(), id());
    }

    /** Links the document to the journal entry that booked it; set once, in the transaction that booked it. */
    public void bookedAs(Long entryId) {
        if (this.journalEntryId != null) {
            throw new IllegalStateException("already booked as entry " + journalEntryId);
        }
        this.journalEntryId = entryId;
    }

    public Money amount() {
        return Money.of(amount, Money.currency(currency));
    }

    public LocalDate valueDate() {
        return valueDate;
    }

    public Decision decision() {
        return decision;
    }

    public Long journalEntryId() {
        return journalEntryId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
