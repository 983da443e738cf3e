package uk.commissioning.demand.imports.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash (HMAC-SHA256) that stands in for a person. Without the key an NHS number cannot be recovered by
 * hashing all billion candidates, which a plain hash would allow. NHS numbers hash as {@code nhs:<digits>}, already
 * pseudonymised ids as {@code pid:<source system>:<id>}, so the two can never collide.
 * <p>
 * The key is the first 128 bits of the HMAC (HMAC-SHA-256-128, as RFC 4868 truncates it), written as 32 hex digits:
 * a collision between two of a hundred million people has odds of about one in 10<sup>22</sup>, and half the digits
 * are half the bytes to store, load and sort when people are counted.
 * <p>
 * Safe to share between threads: each thread keeps its own initialised {@link Mac} (making one per hash cost more
 * than the hash).
 */
public final class Pseudonymiser {

    static final int KEY_BYTES = 16;
    public static final int KEY_HEX_DIGITS = 2 * KEY_BYTES;
    private static final byte[] NHS_PREFIX = "nhs:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PID_PREFIX = "pid:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;
    private final ThreadLocal<byte[]> hmacs = ThreadLocal.withInitial(() -> new byte[32]);

    public Pseudonymiser(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("the pseudonym key must be at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
        newMac(); // fails here, at start-up, if the platform lacks HmacSHA256
    }

    /** @param tenDigits an NHS number already checked (ten ASCII digits) */
    public String ofNhsNumber(String tenDigits) {
        byte[] hex = new byte[KEY_HEX_DIGITS];
        ofNhsNumber(tenDigits.getBytes(StandardCharsets.US_ASCII), 0, hex, 0);
        return new String(hex, StandardCharsets.US_ASCII);
    }

    public String ofPersonId(String sourceSystem, String personId) {
        Mac mac = macs.get();
        mac.update(PID_PREFIX);
        mac.update(sourceSystem.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) ':');
        mac.update(personId.getBytes(StandardCharsets.UTF_8));
        byte[] hex = new byte[KEY_HEX_DIGITS];
        hexInto(mac, hex, 0);
        return new String(hex, StandardCharsets.US_ASCII);
    }

    /**
     * {@link #ofNhsNumber} written as ASCII hex digits into {@code out} at {@code at}, from the number's ten ASCII
     * digits at {@code from} in {@code digits}: staging a million lines makes no String or array per hash.
     */
    public void ofNhsNumber(byte[] digits, int from, byte[] out, int at) {
        Mac mac = macs.get();
        mac.update(NHS_PREFIX);
        mac.update(digits, from, 10);
        hexInto(mac, out, at);
    }

    /** {@link #ofPersonId} from ASCII bytes (what the string's UTF-8 would be) into {@code out} at {@code at}. */
    public void ofPersonId(byte[] line, int sourceFrom, int sourceTo, int idFrom, int idTo, byte[] out, int at) {
        Mac mac = macs.get();
        mac.update(PID_PREFIX);
        mac.update(line, sourceFrom, sourceTo - sourceFrom);
        mac.update((byte) ':');
        mac.update(line, idFrom, idTo - idFrom);
        hexInto(mac, out, at);
    }

    /** The HMAC's first {@link #KEY_BYTES} bytes as lower-case hex digits: the one place a key is written. */
    private void hexInto(Mac mac, byte[] out, int at) {
        byte[] hmac = hmacs.get();
        try {
            mac.doFinal(hmac, 0);
        } catch (javax.crypto.ShortBufferException impossible) {
            throw new IllegalStateException(impossible);
        }
        for (int i = 0; i < KEY_BYTES; i++) {
            out[at + 2 * i] = HEX_DIGITS[(hmac[i] >> 4) & 0xf];
            out[at + 2 * i + 1] = HEX_DIGITS[hmac[i] & 0xf];
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
