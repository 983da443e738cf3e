package uk.commissioning.microcommissioning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.commissioning.demand.DemandFixtures.ALPHA;
import static uk.commissioning.demand.DemandFixtures.BETA;
import static uk.commissioning.demand.DemandFixtures.NORTH;
import static uk.commissioning.demand.DemandFixtures.SOUTH;
import static uk.commissioning.demand.DemandFixtures.dec;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.areas.control.AreaIndex;
import uk.commissioning.demand.DemandFixtures;
import uk.commissioning.demand.matching.control.MatchingCalculator;
import uk.commissioning.microcommissioning.control.ProposalCalculator.Award;
import uk.commissioning.microcommissioning.control.ProposalCalculator.Gap;
import uk.commissioning.microcommissioning.control.ProposalCalculator.Outcome;
import uk.commissioning.microcommissioning.control.ProposalCalculator.Result;
import uk.commissioning.money.Money;

class ProposalCalculatorTest {

    private static Gap gap(String unfunded) {
        return new Gap(Money.pounds(unfunded), BigDecimal.ONE);
    }

    private static Result share(String amount, String min, String max, Gap... gaps) {
        return ProposalCalculator.share(List.of(gaps), Money.pounds(amount), Money.pounds(min), Money.pounds(max));
    }

    private static void assertAmounts(Result result, String... expected) {
        assertEquals(Arrays.stream(expected).map(Money::pounds).toList(), result.awards().stream().map(Award::amount).toList());
    }

    /**
     * £1,000 among gaps of £2,000, £500 and £300 with a £600 maximum. In proportion: 714.29, 178.57, 107.14; the first
     * is over its cap (min(£600, £2,000)), so it is held at £600 and the other £400 shared 500:300 → £250, £150.
     */
    @Test
    void capsAShareAtTheMaximumAndSharesTheExcessAmongTheOthers() {
        Result result = share("1000.00", "0.00", "600.00", gap("2000.00"), gap("500.00"), gap("300.00"));
        assertAmounts(result, "600.00", "250.00", "150.00");
        assertEquals(List.of(Outcome.CAPPED_AT_MAXIMUM, Outcome.SHARE, Outcome.SHARE),
                result.awards().stream().map(Award::outcome).toList());
        assertEquals(Money.pounds("1000.00"), result.total());
        assertEquals(Money.pounds("0.00"), result.unallocated());
    }

    /** A gap smaller than its proportional share gets the gap and no more; the pot left over is unallocated. */
    @Test
    void neverAwardsMoreThanTheGap() {
        Result result = share("1000.00", "0.00", "5000.00", gap("300.00"), gap("200.00"));
        assertAmounts(result, "300.00", "200.00");
        assertEquals(Outcome.CAPPED_AT_GAP, result.awards().get(0).outcome());
        assertEquals(Money.pounds("500.00"), result.unallocated());
    }

    /**
     * Add a £90 gap and a £120 minimum: held line £600, then £400 shared 500:300:90 → 224.72, 134.83, 40.45. £40 is
     * below the minimum, so the £90 gap is dropped and the £400 shared 500:300 again → £250, £150.
     */
    @Test
    void dropsALineBelowTheMinimumAndSharesItsMoneyAmongTheRest() {
        Result result = share("1000.00", "120.00", "600.00", gap("2000.00"), gap("500.00"), gap("300.00"), gap("90.00"));
        assertAmounts(result, "600.00", "250.00", "150.00", "0.00");
        assertEquals(Outcome.BELOW_MINIMUM, result.awards().get(3).outcome());
        assertEquals(Money.pounds("0.00"), result.unallocated());
    }

    /**
     * With a £230 minimum the first round leaves £224, £134 and £40 below it, but only the smallest (£40) goes. Then
     * £250 and £150: £150 goes. Then £2,000:£500 → 800 (held at 600) and the other £400 to the £500 gap: £400, which
     * clears the minimum; the line that was below it at first survives.
     */
    @Test
    void dropsOneLineAtATimeSmallestFirst() {
        Result result = share("1000.00", "230.00", "600.00", gap("2000.00"), gap("500.00"), gap("300.00"), gap("90.00"));
        assertAmounts(result, "600.00", "400.00", "0.00", "0.00");
        assertEquals(List.of(Outcome.CAPPED_AT_MAXIMUM, Outcome.SHARE, Outcome.BELOW_MINIMUM, Outcome.BELOW_MINIMUM),
                result.awards().stream().map(Award::outcome).toList());
    }

    /** £100 three ways is £33.33 each, rounded down to £33: £99 awarded and £1 unallocated. */
    @Test
    void roundsAwardsDownToWholePoundsAndReportsTheRemainder() {
        Result result = share("100.00", "0.00", "1000.00", gap("50.00"), gap("50.00"), gap("50.00"));
        assertAmounts(result, "33.00", "33.00", "33.00");
        assertEquals(Money.pounds("99.00"), result.total());
        assertEquals(Money.pounds("1.00"), result.unallocated());
    }

    /**
     * North's IMD score is 30, South's 10; their population-weighted mean is (6000×30 + 4000×10)/10000 = 22, so their
     * deprivation weights are 30/22 = 1.3636 and 10/22 = 0.4545. Two £200 gaps weigh 272.7200 and 90.9000: of £300,
     * North's share 300 × 272.72/363.62 = 225.00 is over its £200 gap, so it gets £200 and South the other £100.
     * Without the weighting they would get £150 each.
     */
    @Test
    void weightsByDeprivation() {
        AreaIndex areas = DemandFixtures.areas();
        BigDecimal mean = areas.meanImdScore(List.of(NORTH, SOUTH));
        assertEquals(0, dec("22").compareTo(mean));
        BigDecimal north = ProposalCalculator.deprivationWeight(areas.imdScore(NORTH), mean);
        BigDecimal south = ProposalCalculator.deprivationWeight(areas.imdScore(SOUTH), mean);
        assertEquals(dec("1.3636"), north);
        assertEquals(dec("0.4545"), south);

        Result weighted = ProposalCalculator.share(List.of(new Gap(Money.pounds("200.00"), north), new Gap(Money.pounds("200.00"), south)),
                Money.pounds("300.00"), Money.pounds("0.00"), Money.pounds("1000.00"));
        assertEquals(dec("272.7200"), weighted.awards().get(0).weight());
        assertEquals(dec("90.9000"), weighted.awards().get(1).weight());
        assertAmounts(weighted, "200.00", "100.00");
        assertAmounts(share("300.00", "0.00", "1000.00", gap("200.00"), gap("200.00")), "150.00", "150.00");
    }

    /** Alpha's score is its wards' population-weighted mean, 22; Beta's 20; over both (20,000 people) 21. */
    @Test
    void aBoroughsDeprivationIsItsWardsPopulationWeightedMean() {
        AreaIndex areas = DemandFixtures.areas();
        BigDecimal mean = areas.meanImdScore(List.of(ALPHA, BETA));
        assertEquals(0, dec("21").compareTo(mean));
        assertEquals(dec("1.0476"), ProposalCalculator.deprivationWeight(areas.imdScore(ALPHA), mean));
        assertEquals(dec("0.9524"), ProposalCalculator.deprivationWeight(areas.imdScore(BETA), mean));
    }

    @Test
    void nothingToFundLeavesEverythingUnallocated() {
        Result result = share("500.00", "100.00", "1000.00");
        assertEquals(List.of(), result.awards());
        assertEquals(Money.pounds("500.00"), result.unallocated());
    }

    /** The sentence carries the cell's figures and says why the line got what it got. */
    @Test
    void explainsEachLineWithItsNumbers() {
        MatchingCalculator.Cell cell = new MatchingCalculator.Cell("2019-20-Q2", NORTH, "North", ALPHA, false, "HOUSING",
                "Housing", 10, dec("8.00"), dec("8.00"), dec("1.0000"), dec("2.00"), dec("0.00"), Money.pounds("50.00"),
                MatchingCalculator.UnitCostSource.CONTRACTED, "contracted services in this cell", Money.pounds("100.00"));
        Result result = ProposalCalculator.share(List.of(new Gap(Money.pounds("100.00"), dec("1.3636"))),
                Money.pounds("1000.00"), Money.pounds("0.00"), Money.pounds("80.00"));
        String text = ProposalCalculator.explanation(cell, "2019-20 Q2", "IMD 2019 score 30.00 against 22.00 across the areas in scope",
                result.awards().get(0), Money.pounds("1000.00"), Money.pounds("0.00"), Money.pounds("80.00"));
        assertEquals("Housing in North, 2019-20 Q2: 10 referrals against contracted capacity for 8 people leave 2 unmet; "
                + "at £50.00 a person (contracted services here) that is £100.00 of unfunded demand. Deprivation weight 1.3636 "
                + "(IMD 2019 score 30.00 against 22.00 across the areas in scope) makes its weight 136.3600. Its share reaches the "
                + "maximum award, so it gets £80.00 (the maximum £80.00, in whole pounds) and the rest goes to the other lines.", text);
    }
}
