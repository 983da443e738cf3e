package uk.commissioning.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;
import java.util.Arrays;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.ViewerDirectory;

/** The signed-in person (or API token) making this request: who they are, their organisation, their role. */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    ViewerDirectory viewers;

    @Inject
    HttpServletRequest request;

    private Viewer viewer;

    public String username() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new NotAuthorizedException("Basic realm=\"commissioning\"");
        }
        return principal.getName();
    }

    /** Resolved once per request; an API token views as its organisation with no person's role. */
    public Viewer viewer() {
        if (viewer == null) {
            String username = username();
            // A session's sign-in check has just read this user for this very request (Authentication).
            Object checked = request.getAttribute(Viewer.REQUEST_ATTRIBUTE);
            viewer = checked instanceof Viewer v && v.username().equals(username) ? v : viewers.viewerOf(username);
        }
        return viewer;
    }

    public boolean hasRole(Role role) {
        return security.isCallerInRole(role.name());
    }

    /** The viewer, if they hold one of the roles; otherwise 403. */
    public Viewer requireAnyRole(Role... roles) {
        for (Role role : roles) {
            if (hasRole(role)) {
                return viewer();
            }
        }
        username();
        throw new ForbiddenException("this needs one of the roles " + Arrays.toString(roles));
    }

    /** Commissioners and administrators set up funds and move money. */
    public Viewer requireMoneyManager() {
        return requireAnyRole(Role.COMMISSIONER, Role.ADMIN);
    }

    /** Whether the caller is an organisation's API token rather than a person. */
    public boolean isApiClient() {
        return viewers.isApiClient(username());
    }
}
