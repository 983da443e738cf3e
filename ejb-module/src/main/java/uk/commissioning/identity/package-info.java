/**
 * Who is asking: the {@code Viewer} (user, organisation, role) that every finder and action takes for tenant isolation,
 * and the {@code ViewerDirectory} that resolves a signed-in principal. A shared kernel: every feature and the audit
 * trail depend on it; it depends on nothing.
 */
package uk.commissioning.identity;
