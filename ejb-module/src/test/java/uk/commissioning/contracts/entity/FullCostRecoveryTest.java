package uk.commissioning.contracts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.money.Money.pounds;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.commissioning.contracts.entity.FullCostRecovery.Activity;
import uk.commissioning.contracts.entity.FullCostRecovery.ActivityCost;
import uk.commissioning.contracts.entity.FullCostRecovery.OtherLine;
import uk.commissioning.contracts.entity.FullCostRecovery.OverheadPool;
import uk.commissioning.contracts.entity.FullCostRecovery.StaffLine;
import uk.commissioning.money.Money;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * A worked example computed by hand (see the comments), for a small VCSE organisation with two funded services and
 * its other activities.
 */
class FullCostRecoveryTest {

    // Link service: 2.0 FTE at £28,000 + 20% on-costs = £67,200; travel £1,800, materials £1,200, supervision £2,000.
    //   Direct £72,200; headcount 2; staff time 2.0; 500 referrals a year.
    // Befriending: 1.0 FTE at £24,000 + 20% = £28,800; volunteers' expenses £3,000, training £1,200. Direct £33,000;
    //   headcount 1; staff time 1.0; 150 people a year.
    // Other activities: 0.5 FTE at £30,000 + 20% = £18,000. Direct £18,000; headcount 1; staff time 0.5.
    // Totals: headcount 4; staff time 3.5; expenditure £123,200.
    // Pools: premises £12,000 (headcount), central £14,000 (staff time), governance £6,160 and fundraising £3,080
    //   (expenditure).
    // Link: 72,200 + 12,000×2/4 + 14,000×2/3.5 + 6,160×72,200/123,200 + 3,080×72,200/123,200
    //     = 72,200 + 6,000 + 8,000 + 3,610 + 1,805 = £91,615.00; per referral 91,615/500 = £183.23.
    // Befriending: 33,000 + 3,000 + 4,000 + 1,650 + 825 = £42,475.00; per person 42,475/150 = £283.17 (283.1666…).
    // Other: 18,000 + 3,000 + 2,000 + 900 + 450 = £24,350.00. All three: £158,440.00 = direct + every pool.
    private static FullCostRecovery.Organisation workedExample() {
        return organisation(new BigDecimal("4"), new BigDecimal("3.5"), List.of(
                new Activity("Social prescribing link service",
                        List.of(new StaffLine("Link worker", new BigDecimal("2.0"), pounds("28000.00"), new BigDecimal("20"))),
                        List.of(new OtherLine("Travel", pounds("1800.00")), new OtherLine("Materials", pounds("1200.00")),
                                new OtherLine("Supervision", pounds("2000.00"))),
                        new BigDecimal("2"), new BigDecimal("2.0"), new BigDecimal("500")),
                new Activity("Befriending",
                        List.of(new StaffLine("Co-ordinator", new BigDecimal("1.0"), pounds("24000.00"), new BigDecimal("20"))),
                        List.of(new OtherLine("Volunteers' expenses", pounds("3000.00")), new OtherLine("Training", pounds("1200.00"))),
                        new BigDecimal("1"), new BigDecimal("1.0"), new BigDecimal("150")),
                new Activity("Other activities",
                        List.of(new StaffLine("Director (part)", new BigDecimal("0.5"), pounds("30000.00"), new BigDecimal("20"))),
                        List.of(), new BigDecimal("1"), new BigDecimal("0.5"), null)));
    }

    private static FullCostRecovery.Organisation organisation(BigDecimal headcount, BigDecimal staffTime,
                                                              List<Activity> activities) {
        Map<OverheadPool, Money> pools = new LinkedHashMap<>();
        pools.put(OverheadPool.PREMISES_AND_OFFICE, pounds("12000.00"));
        pools.put(OverheadPool.CENTRAL_FUNCTIONS, pounds("14000.00"));
        pools.put(OverheadPool.GOVERNANCE_AND_STRATEGY, pounds("6160.00"));
        pools.put(OverheadPool.FUNDRAISING, pounds("3080.00"));
        return new FullCostRecovery.Organisation(Money.GBP, pools, headcount, staffTime, activities);
    }

    @Test
    void fullCostOfEachServiceMatchesTheHandWorkedExampleToThePenny() {
        List<ActivityCost> costs = FullCostRecovery.calculate(workedExample());

        ActivityCost link = costs.get(0);
        assertEquals(pounds("72200.00"), link.direct());
        assertEquals(Map.of(OverheadPool.PREMISES_AND_OFFICE, pounds("6000.00"), OverheadPool.CENTRAL_FUNCTIONS, pounds("8000.00"),
                OverheadPool.GOVERNANCE_AND_STRATEGY, pounds("3610.00"), OverheadPool.FUNDRAISING, pounds("1805.00")), link.overheads());
        assertEquals(pounds("91615.00"), link.fullCost());
        assertEquals(pounds("183.23"), link.fullCostPerUnit());

        assertEquals(pounds("42475.00"), costs.get(1).fullCost());
        assertEquals(pounds("283.17"), costs.get(1).fullCostPerUnit());
        assertEquals(pounds("24350.00"), costs.get(2).fullCost());
        assertEquals(null, costs.get(2).fullCostPerUnit(), "no units, no unit cost");
        assertEquals(pounds("158440.00"), costs.stream().map(ActivityCost::fullCost).reduce(Money::plus).orElseThrow());
    }

    @Test
    void aContractPayingDirectCostsOnlyUnderRecoversByTheOverheadShare() {
        ActivityCost link = FullCostRecovery.calculate(workedExample()).get(0);
        FullCostRecovery.Shortfall shortfall = link.against(pounds("72000.00"));
        assertEquals(pounds("19615.00"), shortfall.amount());
        assertEquals(new BigDecimal("21.41"), shortfall.percentOfFullCost(), "19,615 / 91,615 = 21.41%");
        assertEquals(pounds("-385.00"), link.against(pounds("92000.00")).amount(), "paying above full cost");
    }

    @Test
    void everyPoolIsRecoveredToThePennyEvenWhenItDoesNotDivideEvenly() {
        Map<OverheadPool, Money> pools = Map.of(OverheadPool.PREMISES_AND_OFFICE, pounds("100.00"));
        List<Activity> three = List.of(
                new Activity("A", List.of(), List.of(new OtherLine("x", pounds("1.00"))), BigDecimal.ONE, BigDecimal.ONE, null),
                new Activity("B", List.of(), List.of(new OtherLine("x", pounds("1.00"))), BigDecimal.ONE, BigDecimal.ONE, null),
                new Activity("C", List.of(), List.of(new OtherLine("x", pounds("1.00"))), BigDecimal.ONE, BigDecimal.ONE, null));
        List<ActivityCost> costs = FullCostRecovery.calculate(new FullCostRecovery.Organisation(Money.GBP, pools,
                new BigDecimal("3"), new BigDecimal("3"), three));
        assertEquals(List.of(pounds("33.34"), pounds("33.33"), pounds("33.33")),
                costs.stream().map(c -> c.overheads().get(OverheadPool.PREMISES_AND_OFFICE)).toList());
    }

    @Test
    void driversThatDoNotAddUpToTheOrganisationsTotalsAreRefusedNotRescaled() {
        FullCostRecovery.Organisation wrong = organisation(new BigDecimal("5"), new BigDecimal("3.5"), workedExample().activities());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> FullCostRecovery.calculate(wrong));
        assertEquals(Reason.FCR_DRIVERS_INVALID, refused.reason());
        assertEquals("drivers", refused.field());
        assertTrue(refused.getMessage().contains("headcount adds up to 4 across activities but the organisation's total is 5"),
                refused.getMessage());
    }

    @Test
    void aPoolWithNothingToShareItByIsAnError() {
        List<Activity> noStaff = List.of(new Activity("Volunteer-run", List.of(),
                List.of(new OtherLine("Materials", pounds("500.00"))), BigDecimal.ZERO, BigDecimal.ZERO, null));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> FullCostRecovery.calculate(
                organisation(BigDecimal.ZERO, BigDecimal.ZERO, noStaff)));
        assertTrue(refused.getMessage().contains("PREMISES_AND_OFFICE cannot be shared"), refused.getMessage());
    }
}
