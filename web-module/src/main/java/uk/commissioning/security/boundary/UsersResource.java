package uk.commissioning.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.organisations.boundary.OrganisationRef;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.platform.web.RequestFields;
import uk.commissioning.security.control.ApiTokens;
import uk.commissioning.security.control.Users;
import uk.commissioning.security.entity.ApiToken;
import uk.commissioning.security.entity.AppUser;

@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users and tokens", description = "Who is signed in; administrators manage users and API tokens")
public class UsersResource {

    @Inject
    Users users;

    @Inject
    ApiTokens tokens;

    @Inject
    Organisations organisations;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    public record Me(String username, String displayName, OrganisationRef organisation, String role, String csrfToken) {
    }

    public record UserJson(Long id, String username, String displayName, String role, OrganisationRef organisation,
                           boolean enabled, Instant lockedUntil) {
        static UserJson of(AppUser u) {
            return new UserJson(u.id(), u.username(), u.displayName(), u.role().name(), OrganisationRef.of(u.organisation()),
                    u.enabled(), u.lockedUntil());
        }
    }

    public record TokenJson(Long id, String name, OrganisationRef organisation, String prefix, Instant createdAt,
                            String createdBy, Instant lastUsedAt, Instant revokedAt, String token) {
        static TokenJson of(ApiToken t, String secret) {
            return new TokenJson(t.id(), t.name(), OrganisationRef.of(t.organisation()), t.prefix(), t.createdAt(),
                    t.createdBy(), t.lastUsedAt(), t.revokedAt(), secret);
        }
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller; with a session, also the X-CSRF-Token that session-authenticated writes must send")
    public Me me() {
        ApiToken token = tokens.byPrincipal(caller.username()).orElse(null);
        if (token != null) {
            return new Me(caller.username(), token.name(), OrganisationRef.of(token.organisation()), Authentication.API_CLIENT, null);
        }
        AppUser user = users.find(caller.username()).orElseThrow();
        HttpSession session = request.getSession(false);
        return new Me(user.username(), user.displayName(), OrganisationRef.of(user.organisation()), user.role().name(),
                session == null ? null : (String) session.getAttribute(Authentication.SESSION_CSRF));
    }

    @GET
    @Path("users")
    @Operation(summary = "All users (administrators)")
    public List<UserJson> all() {
        caller.requireAnyRole(Role.ADMIN);
        return users.all().stream().map(UserJson::of).toList();
    }

    @POST
    @Path("users")
    @Operation(summary = "Create a user in an organisation with one role (administrators); passwords need 12+ characters")
    public Response create(JsonObject body) {
        String actor = caller.requireAnyRole(Role.ADMIN).username();
        RequestFields fields = RequestFields.of(body);
        String username = fields.text("username", 100, true);
        String displayName = fields.text("displayName", 200, true);
        String password = fields.text("password", 200, true);
        Role role = fields.enumeration("role", Role.class, true);
        Long organisationId = fields.id("organisationId", true);
        fields.validate();
        AppUser user = users.create(username, displayName, password, role, organisations.get(organisationId, "organisationId"), actor);
        return Response.created(URI.create("/api/users/" + user.id())).entity(UserJson.of(user)).build();
    }

    @POST
    @Path("users/{id}/password")
    @Operation(summary = "Reset a user's password and lift any lockout (administrators)")
    public UserJson resetPassword(@PathParam("id") Long id, JsonObject body) {
        String actor = caller.requireAnyRole(Role.ADMIN).username();
        RequestFields fields = RequestFields.of(body);
        String password = fields.text("password", 200, true);
        fields.validate();
        return UserJson.of(users.resetPassword(id, password, actor));
    }

    @POST
    @Path("users/{id}/role")
    @Operation(summary = "Change a user's role and organisation (administrators); applies from their next request")
    public UserJson assign(@PathParam("id") Long id, JsonObject body) {
        String actor = caller.requireAnyRole(Role.ADMIN).username();
        RequestFields fields = RequestFields.of(body);
        Role role = fields.enumeration("role", Role.class, true);
        Long organisationId = fields.id("organisationId", true);
        fields.validate();
        return UserJson.of(users.assign(id, role, organisations.get(organisationId, "organisationId"), actor));
    }

    @POST
    @Path("users/{id}/disable")
    @Operation(summary = "Disable a user: their sessions stop working at once (administrators)")
    public UserJson disable(@PathParam("id") Long id) {
        return UserJson.of(users.setEnabled(id, false, caller.requireAnyRole(Role.ADMIN).username()));
    }

    @POST
    @Path("users/{id}/enable")
    @Operation(summary = "Enable a user again (administrators)")
    public UserJson enable(@PathParam("id") Long id) {
        return UserJson.of(users.setEnabled(id, true, caller.requireAnyRole(Role.ADMIN).username()));
    }

    @GET
    @Path("tokens")
    @Operation(summary = "API tokens (administrators: all; otherwise none)")
    public List<TokenJson> tokens() {
        return tokens.all(caller.requireAnyRole(Role.ADMIN)).stream().map(t -> TokenJson.of(t, null)).toList();
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Issue an organisation's API token (administrators); the token is in this response only")
    public Response issue(JsonObject body) {
        String actor = caller.requireAnyRole(Role.ADMIN).username();
        RequestFields fields = RequestFields.of(body);
        Long organisationId = fields.id("organisationId", true);
        String name = fields.text("name", 100, true);
        fields.validate();
        ApiTokens.Issued issued = tokens.issue(organisationId, name, actor);
        return Response.created(URI.create("/api/tokens/" + issued.token().id()))
                .entity(TokenJson.of(issued.token(), issued.secret())).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke an API token (administrators); it stops working at once")
    public TokenJson revoke(@PathParam("id") Long id) {
        return TokenJson.of(tokens.revoke(id, caller.requireAnyRole(Role.ADMIN).username()), null);
    }
}
