package uk.commissioning.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import uk.commissioning.approvals.control.ApprovalLimits;
import uk.commissioning.claims.control.ClaimLineRequest;
import uk.commissioning.claims.control.Claims;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.claims.entity.LineKind;
import uk.commissioning.contracts.control.ContractQueries;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractService;
import uk.commissioning.identity.Viewer;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;
import uk.commissioning.security.control.Users;

/**
 * Approval limits for the demo commissioners and two claims through the domain, so the claim screens have something
 * to show: Bexley's Q1 milestone tranche submitted by joe.bright (waiting for the council), and Waltham Forest's Q1
 * unit-cost claim submitted by the hub's finance lead and approved by grace.lin.
 */
@Stateless
public class DemoClaims {

    static final String DECLARATION = "I declare that this claim is true and complete and that the services were delivered as claimed.";

    @Inject
    Claims claims;

    @Inject
    ApprovalLimits limits;

    @Inject
    ContractQueries contracts;

    @Inject
    Users users;

    public void load() {
        for (String commissioner : List.of("priya.shah", "tom.okafor", "dan.reeves", "grace.lin", "kofi.mensah",
                "omar.haddad", "lena.fox")) {
            limits.set(commissioner, Money.pounds("25000.00"), DemoData.SYSTEM);
        }
        Quarter q1 = Quarter.parse("2019-20 Q1");

        Viewer joe = users.viewer("joe.bright");
        Contract grant = contracts.byReference("LBB-SP-19-LEAD").orElseThrow();
        Long tranche = grant.currentSchedule().get(0).id();
        Claim bexley = claims.create(grant.id(), q1, List.of(new ClaimLineRequest(LineKind.MILESTONE, null, tranche, null,
                null, null)), joe);
        claims.submit(bexley.id(), DECLARATION, joe);

        Viewer ade = users.viewer("ade.bello");
        Contract wf = contracts.byReference("WF-SP-19-01").orElseThrow();
        List<ContractService> bought = wf.services();
        Claim walthamForest = claims.create(wf.id(), q1, List.of(
                new ClaimLineRequest(LineKind.UNIT_COST, null, null, bought.get(0).serviceId(), 45, null),
                new ClaimLineRequest(LineKind.UNIT_COST, null, null, bought.get(1).serviceId(), 5, null)), ade);
        claims.submit(walthamForest.id(), DECLARATION, ade);
        claims.approve(walthamForest.id(), List.of(), List.of(), users.viewer("grace.lin"));
    }
}
