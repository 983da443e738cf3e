package uk.commissioning.grants.control;

import uk.commissioning.organisations.entity.OrgId;
import uk.commissioning.organisations.entity.OrganisationType;

/**
 * What kind of organisation a grant's recipient is, as far as its org-id says: a charity register number makes a
 * registered charity, a Companies House number a company. Nothing in an org-id tells a CIO or a CIC from other
 * charities and companies, so those are never guessed; a {@code 360G-} identifier means the publisher found it on no
 * register, which for a small grant is nearly always an informal group.
 */
public final class RecipientTypes {

    private RecipientTypes() {
    }

    public static OrganisationType of(OrgId orgId) {
        String id = orgId.value();
        if (id.startsWith("GB-CHC-") || id.startsWith("GB-SC-") || id.startsWith("GB-NIC-")) {
            return OrganisationType.REGISTERED_CHARITY;
        }
        if (id.startsWith("GB-COH-")) {
            return OrganisationType.COMPANY;
        }
        return OrganisationType.INFORMAL_GROUP;
    }
}
