package uk.commissioning.organisations.entity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An organisation identifier in the org-id.guide style used by the 360Giving Data Standard:
 * {@code GB-CHC-1234567} (Charity Commission for England and Wales), {@code GB-COH-01234567} (Companies House),
 * {@code GB-LAE-TRF} (English local authority), {@code GB-NHS-…} (NHS organisation code) and others; anything without
 * a register number gets a generated {@code 360G-…} identifier. The register part is checked against the
 * register's number format so typos are caught at entry.
 */
public record OrgId(String value) implements Serializable {

    private static final Map<String, Pattern> REGISTERS = Map.of(
            "GB-CHC", Pattern.compile("\\d{6,7}"),
            "GB-SC", Pattern.compile("SC\\d{6}"),
            "GB-NIC", Pattern.compile("\\d{5,6}"),
            "GB-COH", Pattern.compile("(\\d{8}|[A-Z]{2}\\d{6})"),
            "GB-LAE", Pattern.compile("[A-Z]{3,4}"),
            "GB-LAS", Pattern.compile("[A-Z]{3,4}"),
            "GB-NHS", Pattern.compile("[A-Z0-9]{3,6}"),
            "GB-GOR", Pattern.compile("[A-Z]{1,4}\\d{1,6}"),
            "GB-MPR", Pattern.compile("[A-Z0-9]{3,10}"));
    private static final Pattern GENERATED = Pattern.compile("360G-[A-Za-z0-9]\\S{1,150}");

    public OrgId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("organisation identifier is required");
        }
        value = value.trim();
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a valid org-id: expected e.g. GB-CHC-1234567, "
                    + "GB-COH-01234567, GB-LAE-TRF, GB-NHS-07T or 360G-<publisher>-<id>");
        }
    }

    public static OrgId of(String value) {
        return new OrgId(value);
    }

    /** For groups on no register (informal groups, most small VCSE bodies): {@code 360G-commissioning-<random>}. */
    public static OrgId generate() {
        return new OrgId("360G-commissioning-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
    }

    private static boolean isValid(String candidate) {
        if (candidate.startsWith("360G-")) {
            return GENERATED.matcher(candidate).matches();
        }
        int lastDash = candidate.indexOf('-', candidate.indexOf('-') + 1);
        if (lastDash < 0) {
            return false;
        }
        Pattern register = REGISTERS.get(candidate.substring(0, lastDash));
        return register != null && register.matcher(candidate.substring(lastDash + 1)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
