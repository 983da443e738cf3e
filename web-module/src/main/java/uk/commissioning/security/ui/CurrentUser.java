package uk.commissioning.security.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import uk.commissioning.identity.Role;
import uk.commissioning.security.boundary.Authentication;
import uk.commissioning.security.control.Users;
import uk.commissioning.security.entity.AppUser;

/** The signed-in person as the page shell shows them: name, organisation, role; and the session's CSRF token. */
@Named("me")
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    Users users;

    private AppUser user;

    public Optional<AppUser> user() {
        if (user == null && request.getUserPrincipal() != null) {
            user = users.find(request.getUserPrincipal().getName()).orElse(null);
        }
        return Optional.ofNullable(user);
    }

    public boolean isSignedIn() {
        return user().isPresent();
    }

    public String getDisplayName() {
        return user().map(AppUser::displayName).orElse("");
    }

    public String getOrganisation() {
        return user().map(u -> u.organisation().name()).orElse("");
    }

    public String getRoleLabel() {
        return user().map(u -> switch (u.role()) {
            case COMMISSIONER -> "Commissioner";
            case VCSE_FINANCE -> "VCSE finance lead";
            case BOARD_MEMBER -> "Board member";
            case ADMIN -> "Administrator";
        }).orElse("");
    }

    public boolean is(String role) {
        return user().map(u -> u.role() == Role.valueOf(role)).orElse(false);
    }

    public boolean isMoneyManager() {
        return is("COMMISSIONER") || is("ADMIN");
    }

    public String getCsrfToken() {
        HttpSession session = request.getSession(false);
        return session == null ? "" : String.valueOf(session.getAttribute(Authentication.SESSION_CSRF));
    }
}
