package uk.commissioning.organisations.boundary;

import uk.commissioning.organisations.entity.Organisation;

/** An organisation as every JSON answer names it: id, org-id and name (null for no organisation). */
public record OrganisationRef(Long id, String orgId, String name) {

    public static OrganisationRef of(Organisation o) {
        return o == null ? null : new OrganisationRef(o.id(), o.orgId().value(), o.name());
    }
}
