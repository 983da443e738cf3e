/**
 * Organisations: commissioners (ICB/CCG, local authorities, GLA, PCNs, other funders) and VCSE organisations, each
 * identified by an org-id.guide identifier as used by the 360Giving Data Standard.
 */
package uk.commissioning.organisations;
