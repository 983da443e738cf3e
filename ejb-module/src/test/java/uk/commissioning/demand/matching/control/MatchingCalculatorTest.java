package uk.commissioning.demand.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.demand.DemandFixtures.ALPHA;
import static uk.commissioning.demand.DemandFixtures.ARTS;
import static uk.commissioning.demand.DemandFixtures.BETA;
import static uk.commissioning.demand.DemandFixtures.CENTRE;
import static uk.commissioning.demand.DemandFixtures.DIGITAL;
import static uk.commissioning.demand.DemandFixtures.DIGITAL_DROP_IN;
import static uk.commissioning.demand.DemandFixtures.HOUSING;
import static uk.commissioning.demand.DemandFixtures.HOUSING_ADVICE;
import static uk.commissioning.demand.DemandFixtures.MENTAL;
import static uk.commissioning.demand.DemandFixtures.NORTH;
import static uk.commissioning.demand.DemandFixtures.SIX;
import static uk.commissioning.demand.DemandFixtures.SOUTH;
import static uk.commissioning.demand.DemandFixtures.WELLBEING;
import static uk.commissioning.demand.DemandFixtures.dec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.commissioning.demand.DemandFixtures;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.demand.matching.control.ContractedCapacity.CapacityLine;
import uk.commissioning.demand.matching.control.MatchingCalculator.Cell;
import uk.commissioning.demand.matching.control.MatchingCalculator.Demand;
import uk.commissioning.demand.matching.control.MatchingCalculator.IdleService;
import uk.commissioning.demand.matching.control.MatchingCalculator.Level;
import uk.commissioning.demand.matching.control.MatchingCalculator.Matrix;
import uk.commissioning.demand.matching.control.MatchingCalculator.Totals;
import uk.commissioning.demand.matching.control.MatchingCalculator.UnitCostSource;
import uk.commissioning.money.Money;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.period.Quarter;

/**
 * The hand-worked example, 2019-20 Q2 (see {@link DemandFixtures} for the areas):
 * <pre>
 * Wellbeing groups (Alpha, mental wellbeing): 60 sessions ÷ 6 = 10.00 people at £20 × 6 = £120.00 a person.
 *   Referrals North 6, South 2, Alpha "ward not given" 4 (an aggregate count): 12 in all.
 *   Shares of 1,000 hundredths: Alpha 1000×4/12 = 333 r4, North 500 r0, South 166 r8 → 999; the last hundredth
 *   goes to the largest remainder, South → Alpha 3.33, North 5.00, South 1.67 (adds up to 10.00).
 *   North: unmet 6 − 5 = 1.00, utilisation 5/5 = 1.0000, unfunded 1.00 × £120 = £120.00
 *   South: unmet 0.33, unfunded 0.33 × £120 = £39.60;   Alpha (ward not given): unmet 0.67, unfunded £80.40
 * Housing advice (North and Centre, housing): 12 places at £50.00. Referrals North 10, Centre 5:
 *   North 1200×10/15 = 8.00, Centre 4.00 → North unmet 2.00 (£100.00), Centre unmet 1.00 (£50.00).
 *   South has 3 housing referrals and no contracted capacity: unmet 3.00, priced from the directory's active
 *   housing services (the paused one does not count): (12 × £50 + 8 × £40) / 20 = £46.00 → £138.00.
 * Digital drop-in (Beta, digital inclusion): 9 referrals' capacity and no referrals in its cells (Centre and Beta's
 *   "ward not given" row), so it is split evenly: 4.50 idle in each.
 * Centre has 2 arts referrals: nothing offers arts, so no unit cost and no unfunded figure (2.00 unpriced unmet).
 * Borough Alpha, mental wellbeing: 12 referrals, 10.00 capacity, 10.00 used, unmet 2.00, unfunded
 *   £120.00 + £39.60 + £80.40 = £240.00. Housing: 13 referrals, 8.00 capacity, unmet 5.00, unit cost £50.00
 *   (contracted), unfunded £100.00 + £138.00 = £238.00 (each ward at its own unit cost).
 * Totals: 32 referrals, capacity 31.00, used 22.00 (utilisation 22/31 = 0.7097), unmet 10.00, idle 9.00,
 *   unfunded £528.00, unpriced unmet 2.00.
 * </pre>
 */
class MatchingCalculatorTest {

    private static final Quarter Q2 = Quarter.parse("2019-20-Q2");
    private static final Quarter Q3 = Quarter.parse("2019-20-Q3");

    private final MatchingCalculator calculator = new MatchingCalculator(DemandFixtures.areas(), DemandFixtures.needNames(),
            DemandFixtures.directory(), SIX, Money.GBP);

    private static List<Demand> q2Demand() {
        return List.of(new Demand(Q2, NORTH, MENTAL, 6), new Demand(Q2, SOUTH, MENTAL, 2), new Demand(Q2, ALPHA, MENTAL, 4),
                new Demand(Q2, NORTH, HOUSING, 10), new Demand(Q2, CENTRE, HOUSING, 5), new Demand(Q2, SOUTH, HOUSING, 3),
                new Demand(Q2, CENTRE, ARTS, 2));
    }

    private static List<CapacityLine> q2Capacity() {
        return List.of(new CapacityLine(Q2, WELLBEING, dec("10.00"), List.of("C-1")),
                new CapacityLine(Q2, HOUSING_ADVICE, dec("12.00"), List.of("C-2")),
                new CapacityLine(Q2, DIGITAL_DROP_IN, dec("9.00"), List.of("C-3")));
    }

    private Matrix q2() {
        return calculator.match(DemandPeriod.of(Q2), q2Demand(), q2Capacity());
    }

    private static Cell cell(List<Cell> cells, String area, String need) {
        return cells.stream().filter(c -> c.areaCode().equals(area) && c.needCode().equals(need)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + area + " " + need + " in " + cells));
    }

    private static void assertFigures(Cell cell, long referrals, String capacity, String used, String unmet, String idle) {
        assertEquals(referrals, cell.referrals(), "referrals");
        assertEquals(dec(capacity), cell.capacity(), "capacity");
        assertEquals(dec(used), cell.usedCapacity(), "used");
        assertEquals(dec(unmet), cell.unmet(), "unmet");
        assertEquals(dec(idle), cell.idleCapacity(), "idle");
    }

    @Test
    void sharesCapacityInProportionToReferralsAndPricesTheUnmetDemand() {
        List<Cell> wards = q2().cells(Level.WARD, null, null);

        Cell north = cell(wards, NORTH, MENTAL);
        assertFigures(north, 6, "5.00", "5.00", "1.00", "0.00");
        assertEquals(dec("1.0000"), north.utilisation());
        assertEquals(Money.pounds("120.00"), north.unitCost());
        assertEquals(UnitCostSource.CONTRACTED, north.unitCostSource());
        assertEquals(Money.pounds("120.00"), north.unfundedDemand());

        assertFigures(cell(wards, SOUTH, MENTAL), 2, "1.67", "1.67", "0.33", "0.00");
        assertEquals(Money.pounds("39.60"), cell(wards, SOUTH, MENTAL).unfundedDemand());

        Cell notGiven = cell(wards, ALPHA, MENTAL);
        assertTrue(notGiven.wardNotGiven());
        assertEquals("Alpha (ward not given)", notGiven.areaName());
        assertFigures(notGiven, 4, "3.33", "3.33", "0.67", "0.00");
        assertEquals(Money.pounds("80.40"), notGiven.unfundedDemand());

        assertFigures(cell(wards, NORTH, HOUSING), 10, "8.00", "8.00", "2.00", "0.00");
        assertFigures(cell(wards, CENTRE, HOUSING), 5, "4.00", "4.00", "1.00", "0.00");
        assertEquals(Money.pounds("50.00"), cell(wards, CENTRE, HOUSING).unfundedDemand());
    }

    @Test
    void pricesUncontractedDemandFromActiveDirectoryServicesAndLeavesUnknownNeedsUnpriced() {
        List<Cell> wards = q2().cells(Level.WARD, null, null);

        Cell south = cell(wards, SOUTH, HOUSING);
        assertFigures(south, 3, "0.00", "0.00", "3.00", "0.00");
        assertNull(south.utilisation(), "no capacity, no utilisation");
        assertEquals(UnitCostSource.DIRECTORY, south.unitCostSource());
        assertEquals(Money.pounds("46.00"), south.unitCost());
        assertEquals(Money.pounds("138.00"), south.unfundedDemand());
        assertTrue(south.unitCostBasis().contains("2 active directory service(s) offering Housing"), south.unitCostBasis());

        Cell arts = cell(wards, CENTRE, ARTS);
        assertEquals(UnitCostSource.NONE, arts.unitCostSource());
        assertNull(arts.unitCost());
        assertNull(arts.unfundedDemand());
        assertEquals(ARTS, arts.needName(), "an unknown need is shown by its code");
    }

    @Test
    void splitsCapacityWithNoReferralsEvenlyAndCallsItIdle() {
        List<Cell> wards = q2().cells(Level.WARD, null, null);
        assertFigures(cell(wards, CENTRE, DIGITAL), 0, "4.50", "0.00", "0.00", "4.50");
        assertFigures(cell(wards, BETA, DIGITAL), 0, "4.50", "0.00", "0.00", "4.50");
        assertEquals(dec("0.0000"), cell(wards, CENTRE, DIGITAL).utilisation());
        assertEquals(Money.pounds("0.00"), cell(wards, CENTRE, DIGITAL).unfundedDemand());
    }

    @Test
    void boroughCellsAddUpTheirWardCells() {
        List<Cell> boroughs = q2().cells(Level.BOROUGH, null, null);

        Cell mental = cell(boroughs, ALPHA, MENTAL);
        assertFalse(mental.wardNotGiven());
        assertEquals("Alpha", mental.areaName());
        assertFigures(mental, 12, "10.00", "10.00", "2.00", "0.00");
        assertEquals(Money.pounds("240.00"), mental.unfundedDemand());

        Cell housing = cell(boroughs, ALPHA, HOUSING);
        assertFigures(housing, 13, "8.00", "8.00", "5.00", "0.00");
        assertEquals(Money.pounds("50.00"), housing.unitCost(), "the contracted services' mean");
        assertEquals(Money.pounds("238.00"), housing.unfundedDemand(), "£100.00 in North + £138.00 in South");
        assertEquals("contracted services in this cell", housing.unitCostBasis());

        assertFigures(cell(boroughs, BETA, DIGITAL), 0, "9.00", "0.00", "0.00", "9.00");
        assertEquals(5, boroughs.size(), "Alpha: housing, mental; Beta: housing, digital, arts " + boroughs);
    }

    @Test
    void totalsAreTheSameInTheWardAndBoroughViews() {
        Matrix matrix = q2();
        Totals byWard = matrix.totals(matrix.cells(Level.WARD, null, null));
        Totals byBorough = matrix.totals(matrix.cells(Level.BOROUGH, null, null));
        for (Totals totals : List.of(byWard, byBorough)) {
            assertEquals(32, totals.referrals());
            assertEquals(dec("31.00"), totals.capacity());
            assertEquals(dec("22.00"), totals.usedCapacity());
            assertEquals(dec("0.7097"), totals.utilisation());
            assertEquals(dec("10.00"), totals.unmet());
            assertEquals(dec("9.00"), totals.idleCapacity());
            assertEquals(Money.pounds("528.00"), totals.unfundedDemand());
            assertEquals(dec("2.00"), totals.unmetWithoutUnitCost());
        }
    }

    @Test
    void filtersChooseRowsWithoutChangingThem() {
        Matrix matrix = q2();
        List<Cell> beta = matrix.cells(Level.WARD, BETA, null);
        assertEquals(Set.of(CENTRE, BETA), Set.copyOf(beta.stream().map(Cell::areaCode).toList()));
        List<Cell> housingInAlpha = matrix.cells(Level.WARD, ALPHA, HOUSING);
        assertEquals(List.of(NORTH, SOUTH), housingInAlpha.stream().map(Cell::areaCode).toList());
        assertEquals(cell(matrix.cells(Level.WARD, null, null), NORTH, HOUSING), housingInAlpha.get(0));
    }

    @Test
    void rowsComeInBoroughWardNeedOrderWithWardNotGivenLast() {
        List<String> order = q2().cells(Level.WARD, ALPHA, null).stream().map(c -> c.areaCode() + " " + c.needCode()).toList();
        assertEquals(List.of(NORTH + " " + HOUSING, NORTH + " " + MENTAL, SOUTH + " " + HOUSING, SOUTH + " " + MENTAL,
                ALPHA + " " + MENTAL), order);
    }

    /**
     * 2019-20: Q2 as above; in Q3 Centre has 5 housing referrals again and North none, so all 12 places go to Centre:
     * used 5, unmet 0, spare 7. Centre's year: 10 referrals, capacity 16.00, used 9.00 (utilisation 0.5625),
     * unmet 1.00, unfunded £50.00. North's housing capacity in Q3 is 0 (its share follows referrals).
     */
    @Test
    void yearTotalsAddUpTheQuarters() {
        List<Demand> demand = new java.util.ArrayList<>(q2Demand());
        demand.add(new Demand(Q3, CENTRE, HOUSING, 5));
        List<CapacityLine> capacity = new java.util.ArrayList<>(q2Capacity());
        capacity.add(new CapacityLine(Q3, HOUSING_ADVICE, dec("12.00"), List.of("C-2")));
        Matrix matrix = calculator.match(DemandPeriod.of(FinancialYear.parse("2019-20")), demand, capacity);

        assertFigures(cell(matrix.cells(Level.WARD, null, null).stream().filter(c -> c.period().equals("2019-20-Q3")).toList(),
                CENTRE, HOUSING), 5, "12.00", "5.00", "0.00", "0.00");
        Cell year = cell(matrix.yearTotals(Level.WARD, null, null), CENTRE, HOUSING);
        assertEquals("2019-20", year.period());
        assertFigures(year, 10, "16.00", "9.00", "1.00", "0.00");
        assertEquals(dec("0.5625"), year.utilisation());
        assertEquals(Money.pounds("50.00"), year.unfundedDemand());
        assertTrue(calculator.match(DemandPeriod.of(Q2), demand, capacity).yearTotals(Level.WARD, null, null).isEmpty());
    }

    @Test
    void listsContractedServicesThatNoReferralNamed() {
        List<IdleService> idle = q2().idleServices(q2Capacity(), Set.of(WELLBEING.id(), HOUSING_ADVICE.id()), null, null);
        assertEquals(1, idle.size());
        assertEquals("Digital drop-in", idle.get(0).name());
        assertEquals(dec("9.00"), idle.get(0).capacity());
        assertEquals(List.of("C-3"), idle.get(0).contracts());
        assertTrue(q2().idleServices(q2Capacity(), Set.of(), ALPHA, null).stream().noneMatch(s -> s.name().equals("Digital drop-in")),
                "the borough filter keeps services covering the borough");
    }

    /** 1.00 split three ways: 33 r1 each, the spare hundredth to the first → 0.34, 0.33, 0.33. */
    @Test
    void apportionsToTheHundredthSoPartsAddUp() {
        assertEquals(List.of(dec("0.34"), dec("0.33"), dec("0.33")), MatchingCalculator.apportion(dec("1.00"), List.of(1L, 1L, 1L)));
        assertEquals(List.of(dec("3.33"), dec("5.00"), dec("1.67")), MatchingCalculator.apportion(dec("10.00"), List.of(4L, 6L, 2L)));
        assertEquals(List.of(dec("0.00"), dec("7.25")), MatchingCalculator.apportion(dec("7.25"), List.of(0L, 3L)));
        BigDecimal sum = MatchingCalculator.apportion(dec("100.00"), List.of(7L, 11L, 13L)).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(dec("100.00"), sum);
    }
}
