package uk.commissioning.contracts.entity;

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
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.money.Money;

/**
 * One change to an active contract, kept for good: the terms before and after, the decision that authorised it, and
 * the journal entry that posted the change in commitment (none when the value did not change). Ending and
 * terminating are recorded here too, so a contract's whole history reads from one list.
 */
@Entity
@Table(name = "contract_variation")
@NamedQuery(name = ContractVariation.OF_CONTRACT,
        query = "SELECT v FROM ContractVariation v WHERE v.contractId = :contract ORDER BY v.number")
public class ContractVariation {

    public static final String OF_CONTRACT = "ContractVariation.ofContract";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "variation_number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private VariationKind kind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "decision_id", updatable = false)
    private Decision decision;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "previous_value", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal previousValue;

    @Column(name = "new_value", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal newValue;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "previous_start_date", nullable = false, updatable = false)
    private LocalDate previousStartDate;

    @Column(name = "previous_end_date", nullable = false, updatable = false)
    private LocalDate previousEndDate;

    @Column(name = "new_start_date", nullable = false, updatable = false)
    private LocalDate newStartDate;

    @Column(name = "new_end_date", nullable = false, updatable = false)
    private LocalDate newEndDate;

    @Column(name = "services_added", updatable = false)
    private String servicesAdded;

    @Column(name = "services_removed", updatable = false)
    private String servicesRemoved;

    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Column(name = "journal_entry_id")
    private Long journalEntryId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected ContractVariation() {
    }

    public ContractVariation(Contract before, int number, VariationKind kind, Decision decision, String reason,
                             Money newValue, LocalDate newStart, LocalDate newEnd, String servicesAdded,
                             String servicesRemoved, LocalDate effectiveDate, String createdBy) {
        this.contractId = before.id();
        this.number = number;
        this.kind = kind;
        this.decision = decision;
        this.reason = reason;
        this.previousValue = before.value().amount();
        this.currency = before.value().currencyCode();
        this.previousStartDate = before.startDate();
        this.previousEndDate = before.endDate();
        this.newValue = newValue.amount();
        this.newStartDate = newStart;
        this.newEndDate = newEnd;
        this.servicesAdded = servicesAdded;
        this.servicesRemoved = servicesRemoved;
        this.effectiveDate = effectiveDate;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    public void bookedAs(Long entryId) {
        this.journalEntryId = entryId;
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public VariationKind kind() {
        return kind;
    }

    public Decision decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }

    public Money previousValue() {
        return Money.of(previousValue, Money.currency(currency));
    }

    public Money newValue() {
        return Money.of(newValue, Money.currency(currency));
    }

    public LocalDate previousStartDate() {
        return previousStartDate;
    }

    public LocalDate previousEndDate() {
        return previousEndDate;
    }

    public LocalDate newStartDate() {
        return newStartDate;
    }

    public LocalDate newEndDate() {
        return newEndDate;
    }

    public String servicesAdded() {
        return servicesAdded;
    }

    public String servicesRemoved() {
        return servicesRemoved;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
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
