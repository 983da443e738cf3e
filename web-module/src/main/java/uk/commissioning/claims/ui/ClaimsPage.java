package uk.commissioning.claims.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import uk.commissioning.claims.control.Claims;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.claims.entity.ClaimStatus;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.period.Quarter;

/**
 * The claims the viewer may see (a provider its own; a commissioner those on contracts paid from funds they see),
 * filtered by status and quarter from the address (?status=SUBMITTED&amp;quarter=2019-20-Q1), so a filtered list can be
 * bookmarked; unknown filter values show everything rather than fail.
 */
@Named
@RequestScoped
public class ClaimsPage {

    @Inject
    Caller caller;

    @Inject
    Claims claims;

    private String status;
    private String quarter;
    private List<Claim> list;

    public List<Claim> getClaims() {
        if (list == null) {
            list = claims.list(statusFilter(), null, quarterFilter(), caller.viewer());
        }
        return list;
    }

    public LocalDate expectedPaymentBy(Claim claim) {
        return claims.expectedPaymentBy(claim).orElse(null);
    }

    /** A provider's finance lead starts claims here; everyone else reads. */
    public boolean isMayCreate() {
        return caller.viewer().is(Role.VCSE_FINANCE);
    }

    public List<ClaimStatus> getStatuses() {
        return Arrays.asList(ClaimStatus.values());
    }

    /** The quarters the viewer's claims are for, newest first: the quarter filter's choices. */
    public List<Quarter> getQuarters() {
        return claims.list(null, null, null, caller.viewer()).stream().map(Claim::quarter).distinct()
                .sorted(java.util.Comparator.reverseOrder()).toList();
    }

    private ClaimStatus statusFilter() {
        return Arrays.stream(ClaimStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }

    private Quarter quarterFilter() {
        try {
            return quarter == null || quarter.isBlank() ? null : Quarter.parse(quarter);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }
}
