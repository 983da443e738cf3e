package uk.commissioning.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;
import java.security.Principal;
import java.util.Arrays;
import uk.commissioning.security.entity.Role;

/** The signed-in person making this request, and the role checks the API's operations need. */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    public String username() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new jakarta.ws.rs.NotAuthorizedException("Basic realm=\"commissioning\"");
        }
        return principal.getName();
    }

    /** Returns the username if the caller holds one of the roles; otherwise 403. */
    public String requireAnyRole(Role... roles) {
        String username = username();
        for (Role role : roles) {
            if (security.isCallerInRole(role.name())) {
                return username;
            }
        }
        throw new ForbiddenException("this needs one of the roles " + Arrays.toString(roles));
    }

    /** Commissioners and administrators set up funds and move money. */
    public String requireMoneyManager() {
        return requireAnyRole(Role.COMMISSIONER, Role.ADMIN);
    }
}
