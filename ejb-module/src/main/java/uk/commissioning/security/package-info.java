/**
 * Security: users (one organisation and one role each), PBKDF2-hashed passwords, lockout after repeated failures,
 * every sign-in attempt audited; the first administrator on an empty database; API tokens. It resolves principals
 * for every request ({@code PrincipalViewers}, the {@code identity.ViewerDirectory}), so other features never call it.
 */
package uk.commissioning.security;
