package uk.commissioning.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.ViewerDirectory;

/** Principals resolved from the users and API tokens this feature keeps. */
@Dependent
public class PrincipalViewers implements ViewerDirectory {

    @Inject
    Users users;

    @Inject
    ApiTokens tokens;

    @Override
    public Viewer viewerOf(String principalName) {
        return tokens.byPrincipal(principalName)
                .map(token -> new Viewer(principalName, token.organisation().id(), null))
                .orElseGet(() -> users.viewer(principalName));
    }

    @Override
    public boolean isApiClient(String principalName) {
        return tokens.byPrincipal(principalName).isPresent();
    }
}
