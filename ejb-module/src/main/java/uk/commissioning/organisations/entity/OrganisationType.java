package uk.commissioning.organisations.entity;

/** What kind of body an organisation is; the sector says whether it commissions or is commissioned. */
public enum OrganisationType {
    ICB(Sector.COMMISSIONER),
    CCG(Sector.COMMISSIONER),
    LOCAL_AUTHORITY(Sector.COMMISSIONER),
    GLA(Sector.COMMISSIONER),
    PCN(Sector.COMMISSIONER),
    NATIONAL_FUNDER(Sector.COMMISSIONER),
    OTHER_FUNDER(Sector.COMMISSIONER),
    REGISTERED_CHARITY(Sector.VCSE),
    CIO(Sector.VCSE),
    CIC(Sector.VCSE),
    COMPANY(Sector.VCSE),
    INFORMAL_GROUP(Sector.VCSE);

    public enum Sector { COMMISSIONER, VCSE }

    private final Sector sector;

    OrganisationType(Sector sector) {
        this.sector = sector;
    }

    public Sector sector() {
        return sector;
    }
}
