package uk.commissioning.identity;

/**
 * Who is looking, for tenant isolation in the service layer: every finder that returns an organisation's money takes a
 * viewer. {@link #SYSTEM} (start-up jobs, demo data) sees everything; a person sees what their organisation and role
 * allow; anything else is "not found", never "forbidden", so ids of other tenants leak nothing.
 */
public record Viewer(String username, Long organisationId, Role role) {

    public static final Viewer SYSTEM = new Viewer("system", null, Role.ADMIN);

    /**
     * The request attribute under which sign-in leaves the viewer it has just read from the database for this request,
     * so the request does not read the same user again to learn who is asking.
     */
    public static final String REQUEST_ATTRIBUTE = "uk.commissioning.viewer";

    public boolean seesEverything() {
        return role == Role.ADMIN;
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }
}
