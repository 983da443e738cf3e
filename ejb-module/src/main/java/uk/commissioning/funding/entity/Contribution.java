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
import uk.commissioning.organisations.entity.Organisation;

/** Money a partner puts into a fund, tagged new, reallocated or underspend. Booked to the ledger when recorded. */
@Entity
@Table(name = "contribution")
@NamedQuery(name = Contribution.OF_FUND, query = "SELECT c FROM Contribution c WHERE c.fund.id = :fundId ORDER BY c.valueDate, c.id")
public class Contribution extends BookedDocument {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContributionKind kind;

    @Column(updatable = false)
    private String note;

    protected Contribution() {
    }

    public Contribution(Fund fund, Organisation partner, Money amount, ContributionKind kind, LocalDate valueDate,
                        String note, Decision decision, String createdBy) {
        super(amount, valueDate, decision, createdBy);
        this.fund = fund;
        this.partner = partner;
        this.kind = kind;
        this.note = note;
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    protected DocumentType documentType() {
        return DocumentType.CONTRIBUTION;
    }

    public Organisation partner() {
        return partner;
    }

    public ContributionKind kind() {
        return kind;
    }

    public String note() {
        return note;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("fund", fund.code());
        view.put("partner", partner.orgId().value());
        view.put("amount", amount().toString());
        view.put("kind", kind.name());
        view.put("valueDate", valueDate().toString());
        view.put("decision", decision() == null ? null : decision().reference());
        view.put("journalEntryId", journalEntryId());
        return view;
    }
}
