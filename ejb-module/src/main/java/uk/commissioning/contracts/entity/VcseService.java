package uk.commissioning.contracts.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.entity.Organisation;

/**
 * A service a VCSE organisation runs, as the directory and matching see it: the needs it meets, the areas it takes
 * people from, who is eligible, how much it can take a quarter and at what unit cost.
 */
@Entity
@Table(name = "vcse_service")
public class VcseService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "provider_id", updatable = false)
    private Organisation provider;

    @Column(nullable = false)
    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "capacity_unit", nullable = false)
    private CapacityUnit capacityUnit;

    @Column(name = "capacity_per_quarter", nullable = false)
    private int capacityPerQuarter;

    @Column(name = "unit_cost", nullable = false, precision = 19, scale = 2)
    private BigDecimal unitCost;

    @Column(nullable = false)
    private String currency;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    private String eligibility;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vcse_service_need", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "need_code")
    private Set<String> needs = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vcse_service_area", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "area_code")
    private Set<String> areas = new TreeSet<>();

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected VcseService() {
    }

    public VcseService(Organisation provider, ServiceTerms terms, String createdBy) {
        this.provider = provider;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        apply(terms);
    }

    /** Replaces every editable field; the caller has already validated the terms. */
    public void apply(ServiceTerms terms) {
        this.name = terms.name();
        this.description = terms.description();
        this.capacityUnit = terms.capacityUnit();
        this.capacityPerQuarter = terms.capacityPerQuarter();
        this.unitCost = terms.unitCost().amount();
        this.currency = terms.unitCost().currencyCode();
        this.minAge = terms.minAge();
        this.maxAge = terms.maxAge();
        this.eligibility = terms.eligibility();
        this.contactName = terms.contactName();
        this.contactEmail = terms.contactEmail();
        this.contactPhone = terms.contactPhone();
        this.status = terms.status();
        this.needs.clear();
        this.needs.addAll(terms.needs());
        this.areas.clear();
        this.areas.addAll(terms.areas());
    }

    public ServiceTerms terms() {
        return new ServiceTerms(name, description, needs, areas, capacityUnit, capacityPerQuarter, unitCost(), minAge,
                maxAge, eligibility, contactName, contactEmail, contactPhone, status);
    }

    public Long id() {
        return id;
    }

    public Organisation provider() {
        return provider;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public CapacityUnit capacityUnit() {
        return capacityUnit;
    }

    public int capacityPerQuarter() {
        return capacityPerQuarter;
    }

    public Money unitCost() {
        return Money.of(unitCost, Money.currency(currency));
    }

    public Integer minAge() {
        return minAge;
    }

    public Integer maxAge() {
        return maxAge;
    }

    public String eligibility() {
        return eligibility;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public ServiceStatus status() {
        return status;
    }

    public Set<String> needs() {
        return Set.copyOf(needs);
    }

    public Set<String> areas() {
        return Set.copyOf(areas);
    }

    public int rowVersion() {
        return rowVersion;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("provider", provider.orgId().value());
        view.put("name", name);
        view.put("needs", String.join(",", new TreeSet<>(needs)));
        view.put("areas", String.join(",", new TreeSet<>(areas)));
        view.put("capacity", capacityPerQuarter + " " + capacityUnit + " a quarter");
        view.put("unitCost", unitCost().toString());
        view.put("ages", (minAge == null ? "" : minAge) + "-" + (maxAge == null ? "" : maxAge));
        view.put("eligibility", eligibility);
        view.put("status", status.name());
        return view;
    }
}
