package uk.commissioning.demand.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.commissioning.demand.DemandFixtures.ALPHA;
import static uk.commissioning.demand.DemandFixtures.ARTS;
import static uk.commissioning.demand.DemandFixtures.CENTRE;
import static uk.commissioning.demand.DemandFixtures.DIGITAL;
import static uk.commissioning.demand.DemandFixtures.HOUSING;
import static uk.commissioning.demand.DemandFixtures.MENTAL;
import static uk.commissioning.demand.DemandFixtures.NORTH;
import static uk.commissioning.demand.DemandFixtures.SIX;
import static uk.commissioning.demand.DemandFixtures.SOUTH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.commissioning.demand.DemandFixtures;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.demand.control.NeedBits;
import uk.commissioning.demand.matching.control.MatchingCalculator.Cell;
import uk.commissioning.demand.matching.control.MatchingCalculator.Demand;
import uk.commissioning.demand.matching.control.MatchingCalculator.Level;
import uk.commissioning.money.Money;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.period.Quarter;

/**
 * Groups of referrals as the demand scan returns them (quarter, ward, need set, service, count), split into needs:
 * <pre>
 * Q2 North {housing, mental wellbeing} ×3 (service 7), North {housing} ×2, North {mental wellbeing} ×1 (service 7),
 *    South {housing, mental wellbeing, digital} ×1 (service 9)
 * Q3 North {housing} ×4;  Q4 of the year before ×5 (not in the period)
 * → Q2 North housing 3 + 2 = 5, North mental wellbeing 3 + 1 = 4, South housing 1, mental wellbeing 1, digital 1;
 *   Q3 North housing 4. Services named: 7 and 9.
 * </pre>
 */
class DemandScanTest {

    private static final Quarter Q2 = Quarter.parse("2019-20-Q2");
    private static final Quarter Q3 = Quarter.parse("2019-20-Q3");
    private static final Map<String, Integer> BIT = Map.of(HOUSING, 0, MENTAL, 4, ARTS, 6, DIGITAL, 11);
    private static final NeedBits BITS = new NeedBits(BIT);
    private static final long H = 1;
    private static final long M = 1 << 4;
    private static final long A = 1 << 6;
    private static final long D = 1 << 11;

    private static DemandScan scan(DemandPeriod period) {
        return new DemandScan(BITS, period);
    }

    @Test
    void aReferralNamingSeveralNeedsCountsOnceUnderEach() {
        DemandScan scan = scan(DemandPeriod.of(FinancialYear.parse("2019-20")));
        scan.add(Q2.startDate(), NORTH, H | M, 3);
        scan.referredTo(7);
        scan.add(Q2.startDate(), NORTH, H, 2);
        scan.add(Q2.startDate(), NORTH, M, 1);
        scan.referredTo(7);
        scan.add(Q2.startDate(), SOUTH, H | M | D, 1);
        scan.referredTo(9);
        scan.add(Q3.startDate(), NORTH, H, 4);
        scan.add(LocalDate.of(2019, 1, 1), NORTH, H, 5);
        assertEquals(List.of(new Demand(Q2, NORTH, HOUSING, 5), new Demand(Q2, NORTH, MENTAL, 4),
                new Demand(Q2, SOUTH, HOUSING, 1), new Demand(Q2, SOUTH, MENTAL, 1), new Demand(Q2, SOUTH, DIGITAL, 1),
                new Demand(Q3, NORTH, HOUSING, 4)), sorted(scan.demand()));
        assertEquals(Set.of(7L, 9L), scan.referredServices());
    }

    @Test
    void aQuarterIsOnlyItsOwnReferrals() {
        DemandScan scan = scan(DemandPeriod.of(Q3));
        scan.add(Q2.startDate(), NORTH, H, 2);
        scan.add(Q3.startDate(), NORTH, H | A, 4);
        assertEquals(List.of(new Demand(Q3, NORTH, HOUSING, 4), new Demand(Q3, NORTH, ARTS, 4)), sorted(scan.demand()));
    }

    /** The calculator's hand-worked quarter (MatchingCalculatorTest), its referrals given as need sets. */
    @Test
    void matchesAsThePerNeedCountsDid() {
        DemandScan scan = scan(DemandPeriod.of(Q2));
        scan.add(Q2.startDate(), NORTH, H | M, 6);
        scan.add(Q2.startDate(), NORTH, H, 4);
        scan.add(Q2.startDate(), SOUTH, M | H, 2);
        scan.add(Q2.startDate(), SOUTH, H, 1);
        scan.add(Q2.startDate(), CENTRE, H | A, 2);
        scan.add(Q2.startDate(), CENTRE, H, 3);
        List<Demand> demand = new ArrayList<>(scan.demand());
        demand.add(new Demand(Q2, ALPHA, MENTAL, 4));   // an aggregate count for the borough
        MatchingCalculator calculator = new MatchingCalculator(DemandFixtures.areas(), DemandFixtures.needNames(),
                DemandFixtures.directory(), SIX, Money.GBP);
        List<Cell> fromSets = calculator.match(DemandPeriod.of(Q2), demand, List.of()).cells(Level.WARD, null, null);
        List<Cell> perNeed = calculator.match(DemandPeriod.of(Q2), List.of(new Demand(Q2, NORTH, MENTAL, 6),
                new Demand(Q2, SOUTH, MENTAL, 2), new Demand(Q2, ALPHA, MENTAL, 4), new Demand(Q2, NORTH, HOUSING, 10),
                new Demand(Q2, CENTRE, HOUSING, 5), new Demand(Q2, SOUTH, HOUSING, 3), new Demand(Q2, CENTRE, ARTS, 2)),
                List.of()).cells(Level.WARD, null, null);
        assertEquals(perNeed, fromSets);
    }

    @Test
    void aBitNoCategoryHoldsIsRefused() {
        DemandScan scan = scan(DemandPeriod.of(Q2));
        scan.add(Q2.startDate(), NORTH, H | 1 << 20, 1);
        assertThrows(IllegalStateException.class, scan::demand);
        assertThrows(IllegalStateException.class, () -> scan.add(Q2.startDate(), NORTH, Long.MIN_VALUE | H, 1));
    }

    /** In quarter, area and bit order. */
    private static List<Demand> sorted(List<Demand> demand) {
        return demand.stream().sorted(Comparator.comparing((Demand d) -> d.quarter().code()).thenComparing(Demand::areaCode)
                .thenComparing(d -> BIT.get(d.needCode()))).toList();
    }
}
