package uk.commissioning.security.entity;

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
import java.time.Duration;
import java.time.Instant;
import uk.commissioning.identity.Role;
import uk.commissioning.organisations.entity.Organisation;

/** A person who signs in. Only a PBKDF2 hash of the password is ever stored. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_USERNAME, query = "SELECT u FROM AppUser u WHERE u.username = :username")
public class AppUser {

    public static final String BY_USERNAME = "AppUser.byUsername";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Role role, Organisation organisation) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organisation = organisation;
        this.enabled = true;
        this.createdAt = Instant.now();
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; after {@code maxFailures} in a row the account locks for {@code lockFor}. */
    public void recordFailure(int maxFailures, Duration lockFor, Instant now) {
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedSignIns = 0;
        }
    }

    /** A new password (already hashed) also lifts a lockout. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    /** A new role or organisation applies from the person's next request (sessions re-read the user every time). */
    public void assign(Role role, Organisation organisation) {
        this.role = role;
        this.organisation = organisation;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public void recordSuccess() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Organisation organisation() {
        return organisation;
    }

    public boolean enabled() {
        return enabled;
    }
}
