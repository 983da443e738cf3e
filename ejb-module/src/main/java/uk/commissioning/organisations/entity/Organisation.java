package uk.commissioning.organisations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.BY_ORG_ID, query = "SELECT o FROM Organisation o WHERE o.orgId = :orgId")
@NamedQuery(name = Organisation.ALL, query = "SELECT o FROM Organisation o ORDER BY o.name")
public class Organisation {

    public static final String BY_ORG_ID = "Organisation.byOrgId";
    public static final String ALL = "Organisation.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "org_id", nullable = false, unique = true, length = 120)
    private String orgId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationType type;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected Organisation() {
    }

    public Organisation(OrgId orgId, String name, OrganisationType type, String createdBy) {
        this.orgId = orgId.value();
        this.name = name;
        this.type = type;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public OrgId orgId() {
        return OrgId.of(orgId);
    }

    public String name() {
        return name;
    }

    public OrganisationType type() {
        return type;
    }

    public boolean isCommissioner() {
        return type.sector() == OrganisationType.Sector.COMMISSIONER;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("orgId", orgId);
        view.put("name", name);
        view.put("type", type.name());
        return view;
    }
}
