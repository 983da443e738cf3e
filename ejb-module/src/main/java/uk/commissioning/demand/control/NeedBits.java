package uk.commissioning.demand.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which need category each bit of {@code referral.need_mask} stands for ({@code need_category.bit_position}, 0–62):
 * the import makes a referral's bit set from its needs, the reports split it back into needs. Pure, unit-tested.
 * <p>
 * A bit that no category holds cannot be told apart from a lost referral, so splitting one is refused rather than
 * dropped: the migrations give every category a bit and the import writes only bits of known categories.
 */
public final class NeedBits {

    /** need_category.bit_position is checked to lie in 0..62, so a mask is always a positive BIGINT. */
    public static final int BITS = 63;

    private final String[] codes = new String[BITS];
    private final Map<String, Integer> bitByCode;

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
        this.bitByCode = Map.copyOf(bitByCode);
    }

    /** The need code of a bit. */
    public String code(int bit) {
        String code = bit >= 0 && bit < BITS ? codes[bit] : null;
        if (code == null) {
            throw new IllegalStateException("a referral's need_mask has bit " + bit + ", which no need category holds");
        }
        return code;
    }

    /** The mask of some need codes: what the import stores for a referral that names them. */
    public long mask(Collection<String> needCodes) {
        long mask = 0;
        for (String code : needCodes) {
            Integer bit = bitByCode.get(code);
            if (bit == null) {
                throw new IllegalArgumentException("need " + code + " has no bit position");
            }
            mask |= 1L << bit;
        }
        return mask;
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
