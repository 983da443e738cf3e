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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/** A formal decision (e.g. GLA Director's Decision DD2419) that authorises transfers and allocations. */
@Entity
@Table(name = "decision")
@NamedQuery(name = Decision.ALL, query = "SELECT d FROM Decision d ORDER BY d.dateSigned DESC, d.reference")
@NamedQuery(name = Decision.OF_ORGANISATIONS, query = "SELECT d FROM Decision d WHERE d.organisation.id IN :organisations "
        + "ORDER BY d.dateSigned DESC, d.reference")
@NamedQuery(name = Decision.BY_REFERENCE, query = "SELECT d FROM Decision d WHERE d.reference = :reference")
public class Decision {

    public static final String ALL = "Decision.all";
    public static final String BY_REFERENCE = "Decision.byReference";
    public static final String OF_ORGANISATIONS = "Decision.ofOrganisations";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DecisionType type;

    @Column(nullable = false, updatable = false)
    private String title;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @Column(nullable = false, updatable = false)
    private String signatory;

    @Column(name = "signatory_role", nullable = false, updatable = false)
    private String signatoryRole;

    @Column(name = "date_signed", nullable = false, updatable = false)
    private LocalDate dateSigned;

    @Column(updatable = false)
    private String summary;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Decision() {
    }

    public Decision(String reference, DecisionType type, String title, Organisation organisation, String signatory,
                    String signatoryRole, LocalDate dateSigned, String summary, String createdBy) {
        this.reference = reference;
        this.type = type;
        this.title = title;
        this.organisation = organisation;
        this.signatory = signatory;
        this.signatoryRole = signatoryRole;
        this.dateSigned = dateSigned;
        this.summary = summary;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public DecisionType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String signatory() {
        return signatory;
    }

    public String signatoryRole() {
        return signatoryRole;
    }

    public LocalDate dateSigned() {
        return dateSigned;
    }

    public String summary() {
        return summary;
    }

    /**
     * Whether this decision can authorise moving the fund's money: only when its organisation has a say over the fund,
     * as owner, host, pool manager or partner. A decision of one council cannot release another body's budget.
     */
    public boolean mayAuthorise(Fund fund) {
        return fund.isAnswerable(organisation.id());
    }

    /** As {@link #mayAuthorise}, refusing with the reason in a sentence on the request field that cited the decision. */
    public void requireMayAuthorise(Fund fund, String field) {
        if (!mayAuthorise(fund)) {
            throw new RuleViolation(Reason.DECISION_OF_ANOTHER_ORGANISATION, field,
                    "%s is a decision of the %s, which neither owns, hosts nor manages %s, nor is a partner in it"
                            .formatted(reference, organisation.name(), fund.name()));
        }
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reference", reference);
        view.put("type", type.name());
        view.put("title", title);
        view.put("organisation", organisation.orgId().value());
        view.put("signatory", signatory);
        view.put("signatoryRole", signatoryRole);
        view.put("dateSigned", dateSigned.toString());
        view.put("summary", summary);
        return view;
    }
}
