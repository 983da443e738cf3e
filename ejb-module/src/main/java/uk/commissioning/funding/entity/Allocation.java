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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.commissioning.ledger.entity.DocumentType;
import uk.commissioning.money.Money;

/** Part of a fund earmarked for a purpose (a procurement, later a contract, award or pot): available → allocated. */
@Entity
@Table(name = "allocation")
@NamedQuery(name = Allocation.OF_FUND, query = "SELECT a FROM Allocation a WHERE a.fund.id = :fundId ORDER BY a.valueDate, a.id")
public class Allocation extends BookedDocument {

    public static final String OF_FUND = "Allocation.ofFund";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "fund_id", updatable = false)
    private Fund fund;

    @Column(nullable = false, updatable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false, updatable = false)
    private AllocationTarget targetType;

    @Column(name = "target_ref", updatable = false)
    private String targetRef;

    protected Allocation() {
    }

    public Allocation(Fund fund, Money amount, String purpose, AllocationTarget targetType, String targetRef,
                      Decision decision, LocalDate valueDate, String createdBy) {
        super(amount, valueDate, decision, createdBy);
        this.fund = fund;
        this.purpose = purpose;
        this.targetType = targetType;
        this.targetRef = targetRef;
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    protected DocumentType documentType() {
        return DocumentType.ALLOCATION;
    }

    public Fund fund() {
        return fund;
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

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("fund", fund.code());
        view.put("amount", amount().toString());
        view.put("purpose", purpose);
        view.put("targetType", targetType.name());
        view.put("targetRef", targetRef);
        view.put("decision", decision() == null ? null : decision().reference());
        view.put("valueDate", valueDate().toString());
        view.put("journalEntryId", journalEntryId());
        return view;
    }
}
