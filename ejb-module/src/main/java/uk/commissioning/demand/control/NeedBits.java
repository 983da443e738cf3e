package uk.commissioning.demand.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which need category each bit of {@code referral.need_mask} stands for ({@code need_category.bit_position}, 0–62),
 * for the reports that split a referral's bit set back into needs. Pure, unit-tested.
 * <p>
 * A bit that no category holds cannot be told apart from a lost referral, so splitting one is refused rather than
 * dropped: the migrations give every category a bit and the import writes only bits of known categories.
 */
public final class NeedBits {

    /** need_category.bit_position is checked to lie in 0..62, so a mask is always a positive BIGINT. */
    public static final int BITS = 63;

    private final String[] codes = new String[BITS];

    /** @param bitByCode need code → its bit_position */
    public NeedBits(Map<String, Integer> bitByCode) {
        bitByCode.forEach((code, bit) -> {
            if (bit == null || bit < 0 || bit >= BITS) {
                throw new IllegalArgumentException("need category " + code + " has bit " + bit + ", not one of 0.." + (BITS - 1));
            }
            if (codes[bit] != null) {
                throw new IllegalArgumentException("need categories " + codes[bit] + " and " + code + " share bit " + bit);
            }
            codes[bit] = code;
        });
    }

    /** The need code of a bit. */
    public String code(int bit) {
        String code = bit >= 0 && bit < BITS ? codes[bit] : null;
        if (code == null) {
            throw new IllegalStateException("a referral's need_mask has bit " + bit + ", which no need category holds");
        }
        return code;
    }

    /** The need codes of a mask, lowest bit first. */
    public List<String> codes(long mask) {
        List<String> needs = new ArrayList<>(Long.bitCount(mask));
        for (long rest = mask; rest != 0; rest &= rest - 1) {
            needs.add(code(Long.numberOfTrailingZeros(rest)));
        }
        return needs;
    }
}
