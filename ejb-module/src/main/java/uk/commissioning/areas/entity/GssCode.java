package uk.commissioning.areas.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * An ONS Government Statistical Service code for a London area: {@code E05…} an electoral ward, {@code E09…} a London
 * borough (nine characters, a letter and eight digits). Referral files, the service directory, link-worker posts,
 * 360Giving locations and board packs name areas by it; the {@code borough} and {@code ward} tables hold the ones this
 * system knows.
 */
public record GssCode(String value) {

    public static final String WARD_PREFIX = "E05";
    public static final String BOROUGH_PREFIX = "E09";

    /** The example given in every message that refuses a code. */
    public static final String EXAMPLES = "a ward code such as E05000026 or a borough code such as E09000030";

    public GssCode {
        Objects.requireNonNull(value, "value");
        if (!isAreaCode(value)) {
            throw new IllegalArgumentException(value + " is not " + EXAMPLES);
        }
    }

    /** {@code text} as a code, or empty if it is not a ward or borough code (surrounding blanks ignored). */
    public static Optional<GssCode> parse(String text) {
        String code = text == null ? "" : text.strip();
        return isAreaCode(code) ? Optional.of(new GssCode(code)) : Optional.empty();
    }

    public static boolean isWardCode(String text) {
        return hasForm(text, WARD_PREFIX);
    }

    public static boolean isBoroughCode(String text) {
        return hasForm(text, BOROUGH_PREFIX);
    }

    public static boolean isAreaCode(String text) {
        return isWardCode(text) || isBoroughCode(text);
    }

    public boolean isWard() {
        return isWardCode(value);
    }

    public boolean isBorough() {
        return isBoroughCode(value);
    }

    private static boolean hasForm(String text, String prefix) {
        if (text == null || text.length() != 9 || !text.startsWith(prefix)) {
            return false;
        }
        for (int i = 3; i < 9; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
