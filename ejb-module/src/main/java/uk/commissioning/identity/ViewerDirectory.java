package uk.commissioning.identity;

/**
 * Who a signed-in principal is, as a {@link Viewer}. The security feature keeps users and API tokens and provides the
 * one implementation; request handling in every feature asks for it by this type, so that no feature's boundary
 * depends on security (which itself depends on organisations and the audit trail).
 */
public interface ViewerDirectory {

    /** A person views as their organisation and role; an API token as its organisation, with no person's role. */
    Viewer viewerOf(String principalName);

    /** Whether the principal is an organisation's API token rather than a person. */
    boolean isApiClient(String principalName);
}
