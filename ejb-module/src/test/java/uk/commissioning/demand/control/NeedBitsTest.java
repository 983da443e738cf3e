package uk.commissioning.demand.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeedBitsTest {

    /** The bits migration V007 gives the first categories, and the last bit a BIGINT mask can hold. */
    static final NeedBits BITS = new NeedBits(Map.of("HOUSING", 0, "WELFARE_BENEFITS_DEBT", 1, "MENTAL_WELLBEING", 4,
            "DIGITAL_INCLUSION", 11, "LAST", 62));

    @Test
    void splitsAMaskIntoItsNeedsLowestBitFirst() {
        assertEquals(List.of("HOUSING"), BITS.codes(1));
        assertEquals(List.of("HOUSING", "MENTAL_WELLBEING", "DIGITAL_INCLUSION"), BITS.codes(1 | 1 << 4 | 1 << 11));
        assertEquals(List.of("WELFARE_BENEFITS_DEBT", "LAST"), BITS.codes(2 | 1L << 62));
        assertEquals(List.of(), BITS.codes(0));
    }

    @Test
    void makesTheMaskOfSomeNeedsAndRefusesANeedWithoutABit() {
        assertEquals(1 | 1 << 4 | 1 << 11, BITS.mask(List.of("MENTAL_WELLBEING", "HOUSING", "DIGITAL_INCLUSION")));
        assertEquals(List.of("HOUSING", "LAST"), BITS.codes(BITS.mask(List.of("LAST", "HOUSING"))));
        assertEquals(0, BITS.mask(List.of()));
        assertThrows(IllegalArgumentException.class, () -> BITS.mask(List.of("ASTROLOGY")));
    }

    @Test
    void refusesABitNoCategoryHoldsRatherThanDropTheReferral() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BITS.codes(1 | 1 << 5));
        assertEquals("a referral's need_mask has bit 5, which no need category holds", e.getMessage());
        assertThrows(IllegalStateException.class, () -> BITS.codes(Long.MIN_VALUE), "the sign bit");
    }

    @Test
    void refusesCategoriesSharingABitOrOutsideABigint() {
        assertThrows(IllegalArgumentException.class, () -> new NeedBits(Map.of("A", 3, "B", 3)));
        assertThrows(IllegalArgumentException.class, () -> new NeedBits(Map.of("A", 63)));
        assertThrows(IllegalArgumentException.class, () -> new NeedBits(Map.of("A", -1)));
    }
}
