package uk.commissioning.security.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.RuleViolation;
import uk.commissioning.security.control.ApiTokens;
import uk.commissioning.security.control.Users;
import uk.commissioning.security.entity.ApiToken;
import uk.commissioning.security.entity.AppUser;

/** Administrators' screens: users (create, reset password, disable) and organisations' API tokens. */
@Named
@ViewScoped
public class AdminPage implements Serializable {

    @Inject
    transient Users users;

    @Inject
    transient ApiTokens tokens;

    @Inject
    transient Organisations organisations;

    @Inject
    transient Caller caller;

    private String username;
    private String displayName;
    private Role role;
    private Long organisationId;
    private String password;
    private Long resetUserId;
    private String newPassword;
    private String tokenName;
    private String issuedSecret;

    private String admin() {
        return caller.requireAnyRole(Role.ADMIN).username();
    }

    public List<AppUser> getUsers() {
        admin();
        return users.all();
    }

    public List<ApiToken> getTokens() {
        return tokens.all(caller.requireAnyRole(Role.ADMIN));
    }

    public List<Organisation> getOrganisations() {
        return organisations.all();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public void createUser() {
        run(() -> {
            users.create(username, displayName, password, role, organisations.get(organisationId, "organisationId"), admin());
            info("User " + username + " created.");
            username = displayName = password = null;
        });
    }

    public void resetPassword() {
        run(() -> {
            AppUser user = users.resetPassword(resetUserId, newPassword, admin());
            info("Password reset for " + user.username() + "; any lockout is lifted.");
            newPassword = null;
        });
    }

    public void assign() {
        run(() -> {
            AppUser user = users.assign(resetUserId, role, organisations.get(organisationId, "organisationId"), admin());
            info(user.username() + " is now " + user.role() + " in " + user.organisation().name() + ".");
        });
    }

    public void setEnabled(Long userId, boolean enabled) {
        run(() -> info("User " + users.setEnabled(userId, enabled, admin()).username() + (enabled ? " enabled." : " disabled.")));
    }

    public void issueToken() {
        run(() -> {
            issuedSecret = tokens.issue(organisationId, tokenName, admin()).secret();
            info("Token issued. Copy it now: it is shown only once.");
        });
    }

    public void revoke(Long tokenId) {
        run(() -> info("Token " + tokens.revoke(tokenId, admin()).prefix() + "… revoked."));
    }

    private static void run(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation | NotFoundException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Long getResetUserId() { return resetUserId; }
    public void setResetUserId(Long resetUserId) { this.resetUserId = resetUserId; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getTokenName() { return tokenName; }
    public void setTokenName(String tokenName) { this.tokenName = tokenName; }
    public String getIssuedSecret() { return issuedSecret; }
}
