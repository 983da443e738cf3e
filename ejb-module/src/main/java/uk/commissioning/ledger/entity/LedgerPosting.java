package uk.commissioning.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;

/**
 * One signed line of the double-entry ledger: an amount moving into (positive) or out of (negative) an account of a
 * fund. All columns are {@code updatable = false}; on MySQL/MariaDB triggers refuse updates and deletes too.
 */
@Entity
@Table(name = "ledger_posting")
public class LedgerPosting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private Long entryId;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private Long fundId;

    @Column(name = "partner_id", updatable = false)
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Account account;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "quarter_code", nullable = false, updatable = false)
    private String quarterCode;

    @Column(name = "value_date", nullable = false, updatable = false)
    private LocalDate valueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, updatable = false)
    private DocumentType sourceType;

    @Column(name = "source_id", updatable = false)
    private Long sourceId;

    @Column(name = "reverses_posting_id", updatable = false)
    private Long reversesPostingId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected LedgerPosting() {
    }

    LedgerPosting(JournalEntry entry, PostingLine line, Long reversesPostingId) {
        this.entryId = entry.id();
        this.fundId = line.fundId();
        this.partnerId = line.partnerId();
        this.account = line.account();
        this.amount = line.amount().amount();
        this.currency = line.amount().currencyCode();
        this.quarterCode = entry.quarter().code();
        this.valueDate = entry.valueDate();
        this.sourceType = entry.source().type();
        this.sourceId = entry.source().id();
        this.reversesPostingId = reversesPostingId;
        this.createdAt = entry.createdAt();
        this.createdBy = entry.createdBy();
    }

    public static LedgerPosting of(JournalEntry entry, PostingLine line) {
        return new LedgerPosting(entry, line, null);
    }

    /** The mirror image of {@code original}, booked under the reversing entry. */
    public static LedgerPosting reversing(JournalEntry reversal, LedgerPosting original) {
        return new LedgerPosting(reversal, original.line().negate(), original.id);
    }

    public PostingLine line() {
        return new PostingLine(fundId, partnerId, account, amount());
    }

    public Long id() {
        return id;
    }

    public Long entryId() {
        return entryId;
    }

    public Long fundId() {
        return fundId;
    }

    public Long partnerId() {
        return partnerId;
    }

    public Account account() {
        return account;
    }

    public Money amount() {
        return Money.of(amount, Money.currency(currency));
    }

    public Quarter quarter() {
        return Quarter.parse(quarterCode);
    }

    public LocalDate valueDate() {
        return valueDate;
    }

    public SourceDocument source() {
        return new SourceDocument(sourceType, sourceId);
    }

    public Long reversesPostingId() {
        return reversesPostingId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
