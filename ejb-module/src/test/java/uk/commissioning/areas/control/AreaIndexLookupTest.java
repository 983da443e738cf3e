package uk.commissioning.areas.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.areas.control.AreaIndex.Ambiguous;
import uk.commissioning.areas.control.AreaIndex.Borough;
import uk.commissioning.areas.control.AreaIndex.Found;
import uk.commissioning.areas.control.AreaIndex.NotFound;
import uk.commissioning.areas.control.AreaIndex.Ward;

class AreaIndexLookupTest {

    private final AreaIndex london = new AreaIndex(
            List.of(new Borough("E09000030", "Tower Hamlets"), new Borough("E09000004", "Bexley"),
                    new Borough("E09000024", "Merton"), new Borough("E09000033", "Westminster")),
            List.of(ward("E05009328", "Poplar", "E09000030"), ward("E05009336", "Whitechapel", "E09000030"),
                    ward("E05011219", "Bexleyheath", "E09000004"), ward("E05000456", "Abbey", "E09000024"),
                    ward("E05000630", "Abbey Road", "E09000033"), ward("E05013800", "Abbey", "E09000033")));

    private static Ward ward(String code, String name, String borough) {
        return new Ward(code, name, borough, 10_000, BigDecimal.TEN);
    }

    private String code(String typed) {
        return assertInstanceOf(Found.class, london.lookup(typed), typed).code();
    }

    @Test
    void takesAKnownCodeInAnyCase() {
        assertEquals("E09000030", code(" e09000030 "));
        assertEquals("E05009328", code("E05009328"));
    }

    @Test
    void refusesACodeTheSystemDoesNotKnow() {
        assertInstanceOf(NotFound.class, london.lookup("E09000099"));
    }

    @Test
    void findsABoroughOrWardByItsExactNameIgnoringCaseAndSpaces() {
        assertEquals("E09000030", code("tower   HAMLETS"));
        assertEquals("E05009328", code("Poplar"));
        assertEquals("Poplar (Tower Hamlets)", ((Found) london.lookup("poplar")).name());
    }

    @Test
    void anExactBoroughNameWinsOverAWardThatBeginsWithIt() {
        assertEquals("E09000004", code("Bexley"));
    }

    @Test
    void anExactWardNameWinsOverLongerNamesThatBeginWithIt() {
        Ambiguous abbey = assertInstanceOf(Ambiguous.class, london.lookup("abbey"));
        assertEquals(List.of("Abbey (Merton)", "Abbey (Westminster)"), abbey.candidates(),
                "two wards called Abbey, and not Abbey Road");
        assertEquals("Abbey (Merton) or Abbey (Westminster)", abbey.choices());
    }

    @Test
    void findsTheOneAreaWhoseNameBeginsWithTheText() {
        assertEquals("E09000030", code("Tower"));
        assertEquals("E05011219", code("bexleyh"));
        assertEquals("E05000630", code("Abbey R"));
    }

    @Test
    void refusesABeginningSeveralNamesShare() {
        Ambiguous w = assertInstanceOf(Ambiguous.class, london.lookup("W"));
        assertEquals(List.of("Westminster", "Whitechapel (Tower Hamlets)"), w.candidates());
    }

    @Test
    void namesAtMostAFewCandidatesAndCountsTheRest() {
        List<Ward> many = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(ward("E0500010" + i, "Park " + i, "E09000030"));
        }
        AreaIndex parks = new AreaIndex(List.of(new Borough("E09000030", "Tower Hamlets")), many);
        List<String> candidates = assertInstanceOf(Ambiguous.class, parks.lookup("park")).candidates();
        assertEquals(AreaIndex.MAX_CANDIDATES, candidates.size());
        assertEquals("5 more", candidates.get(candidates.size() - 1));
    }

    @Test
    void findsNothingForANameNoAreaHasOrForBlankText() {
        assertInstanceOf(NotFound.class, london.lookup("Nowhere at all"));
        assertInstanceOf(NotFound.class, london.lookup("  "));
        assertInstanceOf(NotFound.class, london.lookup(null));
    }

    @Test
    void aBoroughIsABoroughCodeOrNameAndNothingElse() {
        assertEquals("E09000030", london.boroughCode("Tower Hamlets"));
        assertEquals("E09000030", london.boroughCode("e09000030"));
        assertEquals("'Poplar' is the ward Poplar (Tower Hamlets), not a borough; type a borough name such as Tower Hamlets,"
                + " or its code such as E09000030", org.junit.jupiter.api.Assertions.assertThrows(
                        IllegalArgumentException.class, () -> london.boroughCode("Poplar")).getMessage());
        assertEquals("no London borough is called 'Atlantis' or has that code; type a borough name such as Tower Hamlets,"
                + " or its code such as E09000030", org.junit.jupiter.api.Assertions.assertThrows(
                        IllegalArgumentException.class, () -> london.boroughCode("Atlantis")).getMessage());
    }
}
