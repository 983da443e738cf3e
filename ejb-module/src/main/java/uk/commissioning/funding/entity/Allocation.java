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

/** Part of a fund earmarked for a purpose (a procurement, later a contract, award or pot): available → allocated. */
@Entity
@Table(name = "allocation")
@NamedQuery(name = Allocation.OF_FUND, query = "SELECT a FROM Allocation a WHERE a.fund.id = :fundId ORDER BY a.valueDate, a.id")
public class Allocation {

    public static final String OF_FUND = "Allocation.ofFund";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "fund_id", updatable = false)
    private Fund fund;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(nullable = false, updatable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false, updatable = false)
    private AllocationTarget targetType;

    @Column(name = "target_ref", updatable = false)
    private String targetRef;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "decision_id", updatable = false)
    private Decision decision;

    @Column(name = "value_date", nullable = false, updatable = false)
    private LocalDate valueDate;

    @Column(name = "journal_entry_id")
    private Long journalEntryId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Allocation() {
    }

    public Allocation(Fund fund, Money amount, String purpose, AllocationTarget targetType, String targetRef,
                      Decision decision, LocalDate valueDate, String createdBy) {
        this.fund = fund;
        this.amount = amount.amount();
        this.currency = amount.currencyCode();
        this.purpose = purpose;
        this.targetType = targetType;
        this.targetRef = targetRef;
        this.decision = decision;
        this.valueDate = valueDate;
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

    public Fund fund() {
        return fund;
    }

    public Money amount() {
        return Money.of(amount, Money.currency(currency));
    }

    public String purpose() {
        return purpose;
    }

    public AllocationTarget targetType() {
        return targetType;
    }

    public String targetRef() {
        return targetRef;
    }

    public Decision decision() {
        return decision;
    }

    public LocalDate valueDate() {
        return valueDate;
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

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("fund", fund.code());
        view.put("amount", amount().toString());
        view.put("purpose", purpose);
        view.put("targetType", targetType.name());
        view.put("targetRef", targetRef);
        view.put("decision", decision == null ? null : decision.reference());
        view.put("valueDate", valueDate.toString());
        view.put("journalEntryId", journalEntryId);
        return view;
    }
}
