package uk.commissioning.demand.imports.control;

import java.nio.charset.StandardCharsets;

/**
 * NHS number validation (NHS Data Dictionary: ten digits, the last a modulus 11 check digit). Only ever used to
 * decide whether a value can be pseudonymised; the number itself is never kept, logged or put in a message.
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** The ten digits with spaces and dashes removed, or null when the value is not ten digits. */
    public static String digits(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(10);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-') {
                return null;
            }
        }
        return digits.length() == 10 ? digits.toString() : null;
    }

    public static boolean checkDigitValid(String tenDigits) {
        return checkDigitValid(tenDigits.getBytes(StandardCharsets.US_ASCII), 0);
    }

    /** The same check on ten ASCII digits at {@code from} in {@code bytes} (staging reads them without a String). */
    public static boolean checkDigitValid(byte[] bytes, int from) {
        int check = checkDigit(bytes, from);
        return check != 10 && check == bytes[from + 9] - '0';
    }

    /** A valid number made from nine digits, or null when those nine digits cannot have a check digit. */
    public static String withCheckDigit(String nineDigits) {
        int check = checkDigit(nineDigits.getBytes(StandardCharsets.US_ASCII), 0);
        return check == 10 ? null : nineDigits + check;
    }

    /** Weights 10..2 on the first nine digits; 11 − (sum mod 11), where 11 means 0 and 10 means no valid number. */
    private static int checkDigit(byte[] digits, int from) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits[from + i] - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }
}
