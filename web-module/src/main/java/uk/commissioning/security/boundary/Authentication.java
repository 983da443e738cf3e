package uk.commissioning.security.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import uk.commissioning.identity.Viewer;
import uk.commissioning.platform.web.Problem;
import uk.commissioning.security.control.ApiTokens;
import uk.commissioning.security.control.Users;
import uk.commissioning.security.entity.ApiToken;
import uk.commissioning.security.entity.AppUser;

/**
 * One mechanism for the three ways in:
 * <ul>
 * <li>people sign in on the form ({@code login.xhtml}); the session then carries them, re-checked against the database
 * on every request so a disabled user or a changed role takes effect at once;</li>
 * <li>API clients send HTTP Basic (people) or {@code Authorization: Bearer cmt_…} (an organisation's API token); neither
 * creates a session;</li>
 * <li>a write to /api/* on the strength of a session cookie must carry the session's {@code X-CSRF-Token}, so another
 * site cannot make a signed-in browser move money.</li>
 * </ul>
 * Unauthenticated requests to protected pages are sent to the sign-in form; to the API they get a 401 problem.
 */
@ApplicationScoped
@DeclareRoles({"COMMISSIONER", "VCSE_FINANCE", "BOARD_MEMBER", "ADMIN", Authentication.API_CLIENT})
public class Authentication implements HttpAuthenticationMechanism {

    public static final String API_CLIENT = "API_CLIENT";
    public static final String SESSION_USER = "uk.commissioning.user";
    public static final String SESSION_CSRF = "uk.commissioning.csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Users users;

    @Inject
    ApiTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), response, context);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiToken> token = tokens.authenticate(authorization.substring(7).trim());
            return token.isPresent()
                    ? context.notifyContainerAboutLogin(token.get().principalName(), Set.of(API_CLIENT))
                    : unauthorised(response, "the API token is unknown or revoked");
        }
        HttpSession session = request.getSession(false);
        String username = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (username != null) {
            Optional<AppUser> user = users.find(username).filter(AppUser::enabled);
            if (user.isEmpty()) {
                session.invalidate();
            } else if (isApi(request) && !SAFE_METHODS.contains(request.getMethod()) && !csrfMatches(request, session)) {
                return problem(response, 403, "a write with a session cookie needs the " + CSRF_HEADER + " header");
            } else {
                // Read from the database just now for this request: Caller takes it rather than reading the user again.
                request.setAttribute(Viewer.REQUEST_ATTRIBUTE, Users.viewerOf(user.get()));
                return context.notifyContainerAboutLogin(username, Set.of(user.get().role().name()));
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorised(response, "sign in with HTTP Basic or an API token");
        }
        String next = request.getRequestURI().substring(request.getContextPath().length());
        return context.redirect(request.getContextPath() + "/login.xhtml"
                + (next.isEmpty() || "/".equals(next) ? "" : "?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }

    /** The sign-in form's credential: on success a fresh session id (no fixation) carries the user and a CSRF token. */
    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        String username = result.getCallerPrincipal().getName();
        session.setAttribute(SESSION_USER, username);
        byte[] csrf = new byte[24];
        RANDOM.nextBytes(csrf);
        session.setAttribute(SESSION_CSRF, Base64.getUrlEncoder().withoutPadding().encodeToString(csrf));
        users.recordSignIn(username);
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorised(response, "malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorised(response, "malformed Basic credentials");
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result)
                : unauthorised(response, "wrong username or password, or the account is locked or disabled");
    }

    private static boolean csrfMatches(HttpServletRequest request, HttpSession session) {
        String expected = (String) session.getAttribute(SESSION_CSRF);
        String given = request.getHeader(CSRF_HEADER);
        return expected != null && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus unauthorised(HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"commissioning\"");
        return problem(response, 401, detail);
    }

    private static AuthenticationStatus problem(HttpServletResponse response, int status, String detail) {
        try {
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            String title = status == 401 ? "Unauthorized" : "Forbidden";
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
