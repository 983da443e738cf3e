package uk.commissioning.demand.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.demand.control.SmallNumbers.Count;

class SmallNumbersTest {

    private static List<String> texts(List<Count> counts) {
        return counts.stream().map(Count::text).toList();
    }

    @Test
    void countsFromOneToFourReadUnderFiveAndZeroAndFiveAreShown() {
        assertEquals("0", SmallNumbers.shown(0, false).text());
        assertEquals("<5", SmallNumbers.shown(1, false).text());
        assertEquals("<5", SmallNumbers.shown(4, false).text());
        assertEquals("5", SmallNumbers.shown(5, false).text());
        assertEquals(null, SmallNumbers.shown(3, false).value(), "a hidden count carries no number");
    }

    @Test
    void anExactViewerSeesEveryNumber() {
        assertEquals(List.of("12", "3", "0", "1", "8"), texts(SmallNumbers.row(12, List.of(3L, 0L, 1L, 8L), true)));
    }

    @Test
    void oneHiddenPartBesideAShownTotalAlsoWithholdsTheSmallestOtherNonZeroPart() {
        // 20 referrals: 3 accepted would be 20 − 0 − 9 − 8 if the others were shown.
        assertEquals(List.of("20", "<5", "0", "9", "withheld"), texts(SmallNumbers.row(20, List.of(3L, 0L, 9L, 8L), false)));
    }

    @Test
    void twoHiddenPartsNeedNoMoreAndASmallTotalHidesItself() {
        assertEquals(List.of("20", "<5", "<5", "7", "9"), texts(SmallNumbers.row(20, List.of(2L, 2L, 7L, 9L), false)));
        assertEquals(List.of("<5", "<5", "0", "0", "<5"), texts(SmallNumbers.row(3, List.of(1L, 0L, 0L, 2L), false)));
    }

    @Test
    void nothingSmallHidesNothing() {
        assertEquals(List.of("30", "10", "0", "5", "15"), texts(SmallNumbers.row(30, List.of(10L, 0L, 5L, 15L), false)));
    }
}
