package uk.commissioning.funding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.entity.Organisation;

/** Money a partner puts into a fund, tagged new, reallocated or underspend. Booked to the ledger when recorded. */
@Entity
@Table(name = "contribution")
@NamedQuery(name = Contribution.OF_FUND, query = "SELECT c FROM Contribution c WHERE c.fund.id = :fundId ORDER BY c.valueDate, c.id")
public class Contribution {

    public static final String OF_FUND = "Contribution.ofFund";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "fund_id", updatable = false)
    private Fund fund;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "partner_id", updatable = false)
    private Organisation partner;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContributionKind kind;

    @Column(name = "value_date", nullable = false, updatable = false)
    private LocalDate valueDate;

    @Column(updatable = false)
    private String note;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "decision_id", updatable = false)
    private Decision decision;

    @Column(name = "journal_entry_id")
    private Long journalEntryId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Contribution() {
    }

    public Contribution(Fund fund, Organisation partner, Money amount, ContributionKind kind, LocalDate valueDate,
                        String note, Decision decision, String createdBy) {
        this.fund = fund;
        this.partner = partner;
        this.amount = amount.amount();
        this.currency = amount.currencyCode();
        this.kind = kind;
        this.valueDate = valueDate;
        this.note = note;
        this.decision = decision;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** Links the document to the journal entry that booked it; set once, in the transaction that created both. */
    public void bookedAs(Long entryId) {
        if (this.journalEntryId != null) {
            throw new IllegalStateException("already booked as entry " + journalEntryId);
        }
        this.journalEntryId = entryId;
    }

    public Long id() {
        return id;
    }

    public Organisation partner() {
        return partner;
    }

    public Money amount() {
        return Money.of(amount, Money.currency(currency));
    }

    public ContributionKind kind() {
        return kind;
    }

    public LocalDate valueDate() {
        return valueDate;
    }

    public String note() {
        return note;
    }

    public Decision decision() {
        return decision;
    }

    public Long journalEntryId() {
        return journalEntryId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("fund", fund.code());
        view.put("partner", partner.orgId().value());
        view.put("amount", amount().toString());
        view.put("kind", kind.name());
        view.put("valueDate", valueDate.toString());
        view.put("decision", decision == null ? null : decision.reference());
        view.put("journalEntryId", journalEntryId);
        return view;
    }
}
