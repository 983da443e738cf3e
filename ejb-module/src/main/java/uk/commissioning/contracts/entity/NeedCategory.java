package uk.commissioning.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A need people bring to link workers (housing, debt, loneliness…): the shared vocabulary of services, referrals and
 * matching. Seeded by migration; an administrator may map each to a SNOMED CT concept so coded referrals can be read.
 */
@Entity
@Table(name = "need_category")
@NamedQuery(name = NeedCategory.ALL, query = "SELECT n FROM NeedCategory n ORDER BY n.sortOrder, n.code")
public class NeedCategory {

    public static final String ALL = "NeedCategory.all";

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Column(name = "snomed_code")
    private String snomedCode;

    @Column(name = "snomed_term")
    private String snomedTerm;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected NeedCategory() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String snomedCode() {
        return snomedCode;
    }

    public String snomedTerm() {
        return snomedTerm;
    }

    public void mapToSnomed(String code, String term) {
        this.snomedCode = code;
        this.snomedTerm = term;
    }
}
