package uk.commissioning.grants.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class BeneficiaryLocation {

    @Column(length = 500)
    private String name;

    @Column(name = "country_code", length = 10)
    private String countryCode;

    @Column(name = "geo_code", length = 50)
    private String geoCode;

    @Column(name = "geo_code_type", length = 20)
    private String geoCodeType;

    protected BeneficiaryLocation() {
    }

    BeneficiaryLocation(GrantColumns.Location location) {
        this.name = location.name();
        this.countryCode = location.countryCode();
        this.geoCode = location.geoCode();
        this.geoCodeType = location.geoCodeType();
    }

    GrantColumns.Location toLocation() {
        return new GrantColumns.Location(name, countryCode, geoCode, geoCodeType);
    }
}
