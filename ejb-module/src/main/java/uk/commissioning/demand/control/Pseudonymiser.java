package uk.commissioning.demand.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash (HMAC-SHA256) that stands in for a person. Without the key an NHS number cannot be recovered by
 * hashing all billion candidates, which a plain hash would allow. NHS numbers hash as {@code nhs:<digits>}, already
 * pseudonymised ids as {@code pid:<source system>:<id>}, so the two can never collide.
 */
public final class Pseudonymiser {

    private final SecretKeySpec key;

    public Pseudonymiser(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("the pseudonym key must be at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    public String ofNhsNumber(String tenDigits) {
        return hash("nhs:" + tenDigits);
    }

    public String ofPersonId(String sourceSystem, String personId) {
        return hash("pid:" + sourceSystem + ":" + personId);
    }

    private String hash(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
