package uk.commissioning.demand.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.demand.matching.control.MatchingCalculator.Cell;
import uk.commissioning.demand.matching.control.MatchingCalculator.UnitCostSource;

/** Small numbers over matching cells: 1 to 4 read "<5", and a second figure is withheld where a total would give one away. */
class MatchingDisclosureTest {

    private static final String Q2 = "2019-20-Q2";

    private static Cell cell(String period, String area, String need, long referrals) {
        BigDecimal people = BigDecimal.valueOf(referrals).setScale(2);
        return new Cell(period, area, area, "E09", false, need, need, referrals, BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2), null, people, BigDecimal.ZERO.setScale(2), null, UnitCostSource.NONE, "unknown", null);
    }

    private static List<String> texts(MatchingDisclosure d, List<Cell> cells) {
        return cells.stream().map(c -> d.referrals(c).text()).toList();
    }

    @Test
    void anAdministratorSeesEveryCountAndNothingIsSaidToBeHidden() {
        List<Cell> cells = List.of(cell(Q2, "A", "HOUSING", 3), cell(Q2, "A", "DEBT", 9));
        MatchingDisclosure d = MatchingDisclosure.of(cells, List.of(), true);
        assertTrue(d.isExact());
        assertEquals(List.of("3", "9"), texts(d, cells));
        assertFalse(d.hidesAny(List.of()));
    }

    @Test
    void oneSmallCellInARowWithholdsTheSmallestOtherSoTheRowTotalGivesNothingAway() {
        List<Cell> cells = List.of(cell(Q2, "A", "HOUSING", 3), cell(Q2, "A", "DEBT", 9), cell(Q2, "A", "ARTS", 20),
                cell(Q2, "B", "HOUSING", 30), cell(Q2, "B", "DEBT", 40), cell(Q2, "B", "ARTS", 50));
        MatchingDisclosure d = MatchingDisclosure.of(cells, List.of(), false);
        assertEquals(List.of("<5", "withheld", "20", "withheld", "withheld", "50"), texts(d, cells),
                "A's row total 32 would give the 3 back from 9 and 20, so 9 is withheld; the housing column (3 + 30) "
                        + "would too, so 30 is; then the debt column (9 + 40) has one hidden figure, so 40 is");
        assertTrue(d.hides(cells.get(0)));
        assertEquals("32", d.rowTotal(Q2, "A", 32).text());
        assertEquals("152", d.grandTotal(Q2, 152).text());
        assertTrue(d.hidesAny(List.of()));
    }

    @Test
    void aSmallRowTotalIsItselfHiddenAndZeroIsShown() {
        List<Cell> cells = List.of(cell(Q2, "A", "HOUSING", 3), cell(Q2, "A", "DEBT", 0), cell(Q2, "B", "HOUSING", 10),
                cell(Q2, "B", "DEBT", 12));
        MatchingDisclosure d = MatchingDisclosure.of(cells, List.of(), false);
        assertEquals("<5", d.rowTotal(Q2, "A", 3).text());
        assertEquals("0", d.referrals(cells.get(1)).text());
        List<String> shown = texts(d, cells);
        assertEquals("<5", shown.get(0));
        // The housing column (3 + 10) and the grand total would each give the 3 back: more is withheld.
        assertEquals("withheld", shown.get(2), shown.toString());
        assertEquals("withheld", d.rowTotal(Q2, "B", 22).text(),
                "else A's row total (3) would be the grand total (25) less B's (22): " + shown);
        assertEquals("25", d.grandTotal(Q2, 25).text());
    }

    @Test
    void aYearCellBesideItsQuartersWithholdsAQuarterWhenOneQuarterIsSmall() {
        List<Cell> quarters = new ArrayList<>();
        long[] counts = {2, 8, 6, 9};
        String[] codes = {"2019-20-Q1", "2019-20-Q2", "2019-20-Q3", "2019-20-Q4"};
        for (int i = 0; i < 4; i++) {
            quarters.add(cell(codes[i], "A", "HOUSING", counts[i]));
        }
        Cell year = cell("2019-20", "A", "HOUSING", 25);
        MatchingDisclosure d = MatchingDisclosure.of(quarters, List.of(year), false);
        assertEquals(List.of("<5", "8", "withheld", "9"), texts(d, quarters), "25 less 8, 6 and 9 would give the 2");
        assertEquals("25", d.referrals(year).text());
    }

    @Test
    void peopleReferredFromOneToFourReadUnderFive() {
        LinkWorkerCoverage.Coverage two = new LinkWorkerCoverage.Coverage("A", "A", 10_000, BigDecimal.ONE, null,
                LinkWorkerCoverage.Status.NO_POSTS, 2, BigDecimal.valueOf(8), null, LinkWorkerCoverage.Status.NO_POSTS);
        MatchingDisclosure d = MatchingDisclosure.of(List.of(), List.of(), false);
        assertEquals("<5", d.peopleReferred(two).text());
        assertTrue(d.hidesAny(List.of(two)));
        assertEquals("2", MatchingDisclosure.of(List.of(), List.of(), true).peopleReferred(two).text());
    }
}
