package uk.commissioning.demand.imports.control;

/** Digits in a line of bytes, read without making a String of them (staging and checking a million lines). */
final class AsciiBytes {

    private AsciiBytes() {
    }

    /** Whether bytes {@code from} to {@code to} are all ASCII digits (true for none). */
    static boolean digits(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number the digits from {@code from} to {@code to} spell (at most nine of them, checked by the caller). */
    static int number(byte[] bytes, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = 10 * value + (bytes[i] - '0');
        }
        return value;
    }
}
