package uk.commissioning.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.commissioning.period.Quarter;

class PeriodsOrderTest {

    private static final Quarter Q1 = Quarter.parse("2019-20 Q1");
    private static final Quarter Q2 = Quarter.parse("2019-20 Q2");
    private static final Quarter Q3 = Quarter.parse("2019-20 Q3");
    private static final Quarter Q4 = Quarter.parse("2019-20 Q4");

    @Test
    void theEarliestOpenQuarterWithPostingsMustCloseFirst() {
        assertEquals(Optional.of(Q1), Periods.firstOpenBefore(Q3, List.of(Q3, Q2, Q1), Set.of()));
        assertEquals(Optional.of(Q2), Periods.firstOpenBefore(Q3, List.of(Q1, Q2, Q3), Set.of(Q1)));
    }

    @Test
    void quartersWithoutPostingsDoNotHoldAnyoneUp() {
        assertEquals(Optional.empty(), Periods.firstOpenBefore(Q3, List.of(Q1, Q3), Set.of(Q1)), "Q2 had nothing posted");
        assertEquals(Optional.empty(), Periods.firstOpenBefore(Q1, List.of(Q1, Q2), Set.of()), "nothing before Q1");
    }

    @Test
    void laterOpenQuartersDoNotMatter() {
        assertEquals(Optional.empty(), Periods.firstOpenBefore(Q2, List.of(Q1, Q2, Q3, Q4), Set.of(Q1)));
    }

    @Test
    void theRefusalNamesBothQuartersInWords() {
        assertEquals("2019-20 Q1 is still open and has postings: close it before 2019-20 Q3 (quarters close in order)",
                Periods.outOfOrder(Q3, Q1));
    }

    @Test
    void eachOrganisationsOrderRestsOnItsOwnPostingsAndItsOwnCloses() {
        // The GLA posted in Q1 and Q2 and closed Q1; a CCG posted only in Q2 and has closed nothing.
        List<Quarter> glaPostings = List.of(Q1, Q2);
        Set<Quarter> glaClosed = Set.of(Q1);
        List<Quarter> ccgPostings = List.of(Q2);
        Set<Quarter> ccgClosed = Set.of();
        assertEquals(Optional.of(Q2), Periods.firstOpenBefore(Q3, glaPostings, glaClosed));
        assertEquals(Optional.empty(), Periods.firstOpenBefore(Q2, ccgPostings, ccgClosed),
                "the GLA's open Q1 is not the CCG's: it closes Q2 first if it likes");
        assertEquals(Optional.of(Q2), Periods.firstOpenBefore(Q4, ccgPostings, glaClosed),
                "another organisation's closes do not count: the CCG's Q2 is still open for it");
    }
}
