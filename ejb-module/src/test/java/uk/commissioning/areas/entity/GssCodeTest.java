package uk.commissioning.areas.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GssCodeTest {

    @Test
    void tellsWardsFromBoroughs() {
        GssCode ward = new GssCode("E05000026");
        GssCode borough = new GssCode("E09000030");
        assertTrue(ward.isWard());
        assertFalse(ward.isBorough());
        assertTrue(borough.isBorough());
        assertFalse(borough.isWard());
    }

    @Test
    void refusesWhatIsNotALondonWardOrBoroughCode() {
        for (String text : new String[] {"E06000001", "E0500002", "E050000266", "e05000026", "E05OOOO26", "E05 00026",
                "E05٠٠٠٠٢٦", ""}) {
            assertFalse(GssCode.isAreaCode(text), text);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new GssCode(text));
            assertTrue(refused.getMessage().contains("E05000026"), refused.getMessage());
        }
        assertFalse(GssCode.isAreaCode(null));
    }

    @Test
    void parsesIgnoringSurroundingBlanks() {
        assertEquals(Optional.of(new GssCode("E09000030")), GssCode.parse(" E09000030 "));
        assertEquals(Optional.empty(), GssCode.parse("Tower Hamlets"));
        assertEquals(Optional.empty(), GssCode.parse(null));
    }
}
