package uk.commissioning.security.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;
import uk.commissioning.security.entity.AppUser;

/** Users and password checks. Sign-in outcomes are recorded in their own transaction so a failure is never lost. */
@Stateless
public class Users {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    AuditTrail audit;

    /**
     * Iterations are a trade-off with HTTP Basic, which verifies on every API call; the hash string records its own
     * parameters, so raising this later re-hashes nothing and breaks nothing.
     */
    @jakarta.annotation.PostConstruct
    void configureHashing() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "50000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public AppUser create(String username, String displayName, String password, Role role, Organisation organisation,
                          String actor) {
        if (find(username).isPresent()) {
            throw new RuleViolation(Reason.DUPLICATE, "username", username + " already exists");
        }
        requireStrong(password);
        AppUser user = new AppUser(username, displayName, passwordHash.generate(password.toCharArray()), role, organisation);
        em.persist(user);
        em.flush();
        audit.record("User", user.id(), "CREATED", actor, null,
                Map.of("username", username, "role", role.name(), "organisation", organisation.orgId().value()));
        return user;
    }

    /** The viewer for a signed-in person: their organisation and role, as of now (a role change applies at once). */
    public Viewer viewer(String username) {
        AppUser user = find(username).filter(AppUser::enabled)
                .orElseThrow(() -> new IllegalStateException("no enabled user " + username));
        return viewerOf(user);
    }

    public static Viewer viewerOf(AppUser user) {
        return new Viewer(user.username(), user.organisation().id(), user.role());
    }

    public java.util.List<AppUser> all() {
        return em.createQuery("SELECT u FROM AppUser u ORDER BY u.username", AppUser.class).getResultList();
    }

    public AppUser resetPassword(Long userId, String newPassword, String actor) {
        AppUser user = get(userId);
        requireStrong(newPassword);
        user.changePasswordHash(passwordHash.generate(newPassword.toCharArray()));
        audit.record("User", user.id(), "PASSWORD_RESET", actor, null, Map.of("username", user.username()));
        return user;
    }

    public AppUser assign(Long userId, Role role, Organisation organisation, String actor) {
        AppUser user = get(userId);
        Map<String, Object> before = Map.of("role", user.role().name(), "organisation", user.organisation().orgId().value());
        user.assign(role, organisation);
        audit.record("User", user.id(), "ROLE_CHANGED", actor, before,
                Map.of("role", role.name(), "organisation", organisation.orgId().value()));
        return user;
    }

    public AppUser setEnabled(Long userId, boolean enabled, String actor) {
        AppUser user = get(userId);
        audit.record("User", user.id(), enabled ? "ENABLED" : "DISABLED", actor, Map.of("enabled", user.enabled()),
                Map.of("enabled", enabled));
        user.setEnabled(enabled);
        return user;
    }

    private AppUser get(Long userId) {
        AppUser user = userId == null ? null : em.find(AppUser.class, userId);
        if (user == null) {
            throw new uk.commissioning.rules.NotFoundException("user", userId);
        }
        return user;
    }

    /** At least 12 characters: length is what makes a password hard to guess (NCSC guidance). */
    static void requireStrong(String password) {
        if (password == null || password.length() < 12) {
            throw new RuleViolation(Reason.WEAK_PASSWORD, "password", "a password needs at least 12 characters");
        }
    }

    public Optional<AppUser> find(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** A person signed in on the form (API calls authenticate on every request and are not each recorded). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSignIn(String username) {
        audit.record("User", username, "SIGNED_IN", username, null, null);
    }

    /** The user if the password is right and the account is enabled and not locked; every attempt is audited. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<AppUser> authenticate(String username, char[] password) {
        Optional<AppUser> found = find(username);
        Instant now = Instant.now();
        if (found.isEmpty()) {
            audit.record("User", username, "SIGN_IN_FAILED", username, null, Map.of("why", "unknown user"));
            return Optional.empty();
        }
        AppUser user = found.get();
        if (!user.enabled() || user.isLocked(now)) {
            audit.record("User", user.id(), "SIGN_IN_REFUSED", username, null,
                    Map.of("why", user.enabled() ? "locked" : "disabled"));
            return Optional.empty();
        }
        if (!passwordHash.verify(password, user.passwordHash())) {
            user.recordFailure(MAX_FAILURES, LOCK_FOR, now);
            audit.record("User", user.id(), "SIGN_IN_FAILED", username, null, Map.of("why", "wrong password"));
            return Optional.empty();
        }
        user.recordSuccess();
        return Optional.of(user);
    }
}
