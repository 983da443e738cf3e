package uk.commissioning.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.commissioning.organisations.entity.Organisation;

/** An organisation's credential for system-to-system calls. The token itself is shown once and never stored. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "token_prefix", nullable = false, updatable = false)
    private String prefix;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String hash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected ApiToken() {
    }

    public ApiToken(Organisation organisation, String name, String prefix, String hash, String createdBy) {
        this.organisation = organisation;
        this.name = name;
        this.prefix = prefix;
        this.hash = hash;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** The principal name a request signed with this token runs as. */
    public String principalName() {
        return "api-token-" + id;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void revoke(String by) {
        if (revokedAt == null) {
            revokedAt = Instant.now();
            revokedBy = by;
        }
    }

    public void used() {
        lastUsedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
