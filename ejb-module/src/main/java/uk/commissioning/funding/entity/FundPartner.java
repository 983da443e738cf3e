package uk.commissioning.funding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.commissioning.organisations.entity.Organisation;

/** A partner of a fund and, for pooled funds, its share of the risk. */
@Entity
@Table(name = "fund_partner")
public class FundPartner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "fund_id")
    private Fund fund;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_share_type", nullable = false)
    private RiskShareType shareType;

    @Column(name = "risk_share_pct", precision = 7, scale = 4)
    private BigDecimal riskSharePct;

    protected FundPartner() {
    }

    FundPartner(Fund fund, Organisation organisation, RiskShareType shareType, BigDecimal riskSharePct) {
        this.fund = fund;
        this.organisation = organisation;
        this.shareType = shareType;
        this.riskSharePct = shareType == RiskShareType.FIXED ? riskSharePct : null;
    }

    public Organisation organisation() {
        return organisation;
    }

    public RiskShareType shareType() {
        return shareType;
    }

    /** The fixed share in per cent; {@code null} for a variable share. */
    public BigDecimal riskSharePct() {
        return riskSharePct;
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("organisation", organisation.orgId().value());
        view.put("shareType", shareType.name());
        view.put("riskSharePct", riskSharePct == null ? null : riskSharePct.toPlainString());
        return view;
    }
}
