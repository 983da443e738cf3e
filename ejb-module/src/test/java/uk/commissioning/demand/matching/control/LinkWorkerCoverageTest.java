package uk.commissioning.demand.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.commissioning.demand.DemandFixtures.ALPHA;
import static uk.commissioning.demand.DemandFixtures.BETA;
import static uk.commissioning.demand.DemandFixtures.CENTRE;
import static uk.commissioning.demand.DemandFixtures.NORTH;
import static uk.commissioning.demand.DemandFixtures.SOUTH;
import static uk.commissioning.demand.DemandFixtures.dec;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.commissioning.demand.DemandFixtures;
import uk.commissioning.demand.matching.control.LinkWorkerCoverage.Coverage;
import uk.commissioning.demand.matching.control.LinkWorkerCoverage.Post;
import uk.commissioning.demand.matching.control.LinkWorkerCoverage.Status;
import uk.commissioning.demand.matching.control.MatchingCalculator.Level;

/**
 * Posts: 0.5 FTE for borough Alpha (10,000 people), 0.2 FTE for its ward North (6,000); Beta has 1.0 + 0.2 FTE.
 * <pre>
 * North: 0.2 + 0.5 × 6000/10000 = 0.5 FTE → 12,000 people per FTE: within 10,000–12,000 (inclusive).
 *        30 people referred in a quarter → 120 a year → 240 per FTE: within 200–250.
 * South: 0.5 × 4000/10000 = 0.2 FTE → 20,000 per FTE: above target. 15 people → 60 a year → 300 per FTE: above.
 * Alpha: 0.5 + 0.2 = 0.7 FTE → 14,285.71 per FTE: above. 40 people → 160 a year → 228.57 per FTE: within.
 * Beta over a year (4 quarters): 1.2 FTE → 8,333.33 per FTE: below. 10 people → 10 a year → 8.33 per FTE: below.
 * </pre>
 */
class LinkWorkerCoverageTest {

    private static final List<Post> POSTS = List.of(new Post(ALPHA, dec("0.5")), new Post(NORTH, dec("0.2")),
            new Post(BETA, dec("1.0")), new Post(BETA, dec("0.2")));

    private static Coverage only(List<Coverage> coverage) {
        assertEquals(1, coverage.size());
        return coverage.get(0);
    }

    @Test
    void aWardHasItsOwnPostsAndItsPopulationShareOfItsBoroughs() {
        List<Coverage> wards = LinkWorkerCoverage.of(DemandFixtures.areas(), Level.WARD, List.of(NORTH, SOUTH), POSTS,
                Map.of(NORTH, 30L, SOUTH, 15L), 1);
        Coverage north = wards.get(0);
        assertEquals(6000, north.population());
        assertEquals(dec("0.500"), north.fte());
        assertEquals(dec("12000.00"), north.populationPerFte());
        assertEquals(Status.WITHIN_TARGET, north.coverageStatus());
        assertEquals(dec("120.00"), north.annualisedCaseload());
        assertEquals(dec("240.00"), north.caseloadPerFte());
        assertEquals(Status.WITHIN_TARGET, north.caseloadStatus());

        Coverage south = wards.get(1);
        assertEquals(dec("0.200"), south.fte());
        assertEquals(dec("20000.00"), south.populationPerFte());
        assertEquals(Status.ABOVE_TARGET, south.coverageStatus());
        assertEquals(dec("300.00"), south.caseloadPerFte());
        assertEquals(Status.ABOVE_TARGET, south.caseloadStatus());
    }

    @Test
    void aBoroughHasItsOwnPostsAndItsWards() {
        Coverage alpha = only(LinkWorkerCoverage.of(DemandFixtures.areas(), Level.BOROUGH, List.of(ALPHA), POSTS,
                Map.of(ALPHA, 40L), 1));
        assertEquals(10000, alpha.population());
        assertEquals(dec("0.700"), alpha.fte());
        assertEquals(dec("14285.71"), alpha.populationPerFte());
        assertEquals(Status.ABOVE_TARGET, alpha.coverageStatus());
        assertEquals(dec("228.57"), alpha.caseloadPerFte());
        assertEquals(Status.WITHIN_TARGET, alpha.caseloadStatus());
    }

    @Test
    void aYearsCaseloadIsNotAnnualisedAgain() {
        Coverage beta = only(LinkWorkerCoverage.of(DemandFixtures.areas(), Level.BOROUGH, List.of(BETA), POSTS,
                Map.of(BETA, 10L), 4));
        assertEquals(dec("8333.33"), beta.populationPerFte());
        assertEquals(Status.BELOW_TARGET, beta.coverageStatus());
        assertEquals(dec("10.00"), beta.annualisedCaseload());
        assertEquals(dec("8.33"), beta.caseloadPerFte());
        assertEquals(Status.BELOW_TARGET, beta.caseloadStatus());
    }

    @Test
    void anAreaWithoutPostsSaysSo() {
        Coverage centre = only(LinkWorkerCoverage.of(DemandFixtures.areas(), Level.WARD, List.of(CENTRE),
                List.of(new Post(NORTH, dec("1.0"))), Map.of(CENTRE, 8L), 1));
        assertEquals(dec("0.000"), centre.fte());
        assertNull(centre.populationPerFte());
        assertEquals(Status.NO_POSTS, centre.coverageStatus());
        assertEquals(dec("32.00"), centre.annualisedCaseload());
        assertNull(centre.caseloadPerFte());
        assertEquals(Status.NO_POSTS, centre.caseloadStatus());
    }
}
