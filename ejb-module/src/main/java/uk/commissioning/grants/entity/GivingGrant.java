package uk.commissioning.grants.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.commissioning.organisations.entity.Organisation;

/**
 * A grant another funder made, as published in the 360Giving Data Standard. Historic: it records an award, it moves
 * no money here, so it has no ledger postings.
 */
@Entity
@Table(name = "giving_grant")
@NamedQuery(name = GivingGrant.ALL, query = "SELECT g FROM GivingGrant g ORDER BY g.id")
@NamedQuery(name = GivingGrant.BY_IDENTIFIER, query = "SELECT g FROM GivingGrant g WHERE g.identifier = :identifier")
public class GivingGrant {

    public static final String ALL = "GivingGrant.all";
    public static final String BY_IDENTIFIER = "GivingGrant.byIdentifier";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String identifier;

    @Column(nullable = false, length = 1000)
    private String title;

    @Lob
    @Column(nullable = false)
    private String description;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "amount_awarded", nullable = false, precision = 19, scale = 2)
    private BigDecimal amountAwarded;

    @Column(name = "amount_applied_for", precision = 19, scale = 2)
    private BigDecimal amountAppliedFor;

    @Column(name = "amount_disbursed", precision = 19, scale = 2)
    private BigDecimal amountDisbursed;

    @Column(name = "award_date", nullable = false)
    private LocalDate awardDate;

    @Column(name = "planned_start_date")
    private LocalDate plannedStartDate;

    @Column(name = "planned_end_date")
    private LocalDate plannedEndDate;

    @Column(name = "planned_duration_months", precision = 9, scale = 2)
    private BigDecimal plannedDurationMonths;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_organisation_id")
    private Organisation recipient;

    @Column(name = "funding_org_identifier", nullable = false, length = 200)
    private String fundingOrgIdentifier;

    @Column(name = "funding_org_name", nullable = false, length = 500)
    private String fundingOrgName;

    @Column(name = "funding_org_department", length = 500)
    private String fundingOrgDepartment;

    @Column(name = "grant_programme_code", length = 200)
    private String grantProgrammeCode;

    @Column(name = "grant_programme_title", length = 500)
    private String grantProgrammeTitle;

    @Column(name = "from_open_call", length = 20)
    private String fromOpenCall;

    @Column(name = "date_modified", length = 40)
    private String dateModified;

    @Column(name = "data_source", length = 1000)
    private String dataSource;

    @Lob
    private String extensions;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "import_id")
    private GivingImport source;

    @ElementCollection
    @CollectionTable(name = "giving_grant_location", joinColumns = @JoinColumn(name = "grant_id"))
    @OrderColumn(name = "position")
    private List<BeneficiaryLocation> beneficiaryLocations = new ArrayList<>();

    // The recipient's name as the publisher wrote it for this grant, which may differ from the organisation's own.
    @Column(name = "recipient_org_name", length = 500)
    private String recipientOrgName;

    protected GivingGrant() {
    }

    /** @param extensions the JSON of every field beyond the columns, or null when there are none */
    public GivingGrant(GrantColumns columns, String extensions, String contentSha256, Organisation recipient,
            GivingImport source) {
        this.identifier = columns.identifier();
        this.title = columns.title();
        this.description = columns.description();
        this.currency = columns.currency();
        this.amountAwarded = columns.amountAwarded();
        this.amountAppliedFor = columns.amountAppliedFor();
        this.amountDisbursed = columns.amountDisbursed();
        this.awardDate = columns.awardDate();
        this.plannedStartDate = columns.plannedStartDate();
        this.plannedEndDate = columns.plannedEndDate();
        this.plannedDurationMonths = columns.plannedDurationMonths();
        this.recipientOrgName = columns.recipientOrgName();
        this.fundingOrgIdentifier = columns.fundingOrgIdentifier();
        this.fundingOrgName = columns.fundingOrgName();
        this.fundingOrgDepartment = columns.fundingOrgDepartment();
        this.grantProgrammeCode = columns.grantProgrammeCode();
        this.grantProgrammeTitle = columns.grantProgrammeTitle();
        this.fromOpenCall = columns.fromOpenCall();
        this.dateModified = columns.dateModified();
        this.dataSource = columns.dataSource();
        columns.beneficiaryLocations().forEach(location -> beneficiaryLocations.add(new BeneficiaryLocation(location)));
        this.extensions = extensions;
        this.contentSha256 = contentSha256;
        this.recipient = recipient;
        this.source = source;
    }

    public GrantColumns columns() {
        return new GrantColumns(identifier, title, description, currency, amountAwarded, amountAppliedFor,
                amountDisbursed, awardDate, plannedStartDate, plannedEndDate, plannedDurationMonths,
                recipient.orgId().value(), recipientOrgName, fundingOrgIdentifier, fundingOrgName,
                fundingOrgDepartment, grantProgrammeCode, grantProgrammeTitle, fromOpenCall, dateModified, dataSource,
                beneficiaryLocations.stream().map(BeneficiaryLocation::toLocation).toList());
    }

    public Long id() {
        return id;
    }

    public String identifier() {
        return identifier;
    }

    public String extensions() {
        return extensions;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public Organisation recipient() {
        return recipient;
    }
}
