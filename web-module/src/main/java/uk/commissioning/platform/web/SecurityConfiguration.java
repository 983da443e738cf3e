package uk.commissioning.platform.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * HTTP Basic against the users in the database (see {@code DatabaseIdentityStore}); /api/* needs a signed-in caller
 * (web.xml). Roles are checked per operation by {@link Caller}.
 */
@BasicAuthenticationMechanismDefinition(realmName = "commissioning")
@DeclareRoles({"COMMISSIONER", "VCSE_FINANCE", "BOARD_MEMBER", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
