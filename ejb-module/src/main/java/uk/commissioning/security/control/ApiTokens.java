package uk.commissioning.security.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.identity.Viewer;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.security.entity.ApiToken;

/** Issuing, checking and revoking organisations' API tokens. */
@Stateless
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    AuditTrail audit;

    /** A new token for the organisation; the returned secret is the only copy there will ever be. */
    public record Issued(ApiToken token, String secret) {
    }

    public Issued issue(Long organisationId, String name, String actor) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = "cmt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken(organisations.get(organisationId, "organisationId"), name,
                secret.substring(0, 12), hash(secret), actor);
        em.persist(token);
        em.flush();
        audit.record("ApiToken", token.id(), "ISSUED", actor, null,
                Map.of("organisation", token.organisation().orgId().value(), "name", name, "prefix", token.prefix()));
        return new Issued(token, secret);
    }

    /** The active token with this secret, if any; records when it was last used. */
    public Optional<ApiToken> authenticate(String secret) {
        Optional<ApiToken> token = em.createQuery("SELECT t FROM ApiToken t WHERE t.hash = :hash", ApiToken.class)
                .setParameter("hash", hash(secret)).getResultStream().findFirst().filter(ApiToken::isActive);
        token.ifPresent(ApiToken::used);
        return token;
    }

    public Optional<ApiToken> byPrincipal(String principalName) {
        if (!principalName.startsWith("api-token-")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(em.find(ApiToken.class, Long.valueOf(principalName.substring(10))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public ApiToken revoke(Long id, String actor) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null) {
            throw new NotFoundException("API token", id);
        }
        token.revoke(actor);
        audit.record("ApiToken", id, "REVOKED", actor, Map.of("active", true), Map.of("active", false));
        return token;
    }

    public List<ApiToken> all(Viewer viewer) {
        if (viewer.seesEverything()) {
            return em.createQuery("SELECT t FROM ApiToken t ORDER BY t.id DESC", ApiToken.class).getResultList();
        }
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.organisation.id = :org ORDER BY t.id DESC", ApiToken.class)
                .setParameter("org", viewer.organisationId()).getResultList();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
