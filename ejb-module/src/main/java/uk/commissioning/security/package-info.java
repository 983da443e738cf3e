/**
 * Security: users (one organisation and one role each), PBKDF2-hashed passwords, lockout after repeated failures,
 * every sign-in attempt audited.
 */
package uk.commissioning.security;
