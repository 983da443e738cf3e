package uk.commissioning.demand.imports.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.commissioning.demand.control.NeedBits;

/**
 * What an import checks rows against, read once per job: London wards and their boroughs, need categories (by code,
 * name or mapped SNOMED CT code) with the bit each has in a referral's need set, referral sources (by code or name) and
 * the service directory's ids.
 */
public record ReferenceData(Map<String, String> boroughOfWard, Set<String> boroughs, Map<String, String> needByKey,
                            Map<String, String> sourceByKey, Set<Long> serviceIds,
                            NeedBits needBits) {

    public static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public Optional<String> need(String text) {
        return Optional.ofNullable(needByKey.get(key(text)));
    }

    public Optional<String> referralSource(String text) {
        return Optional.ofNullable(sourceByKey.get(key(text)));
    }

    /** The borough of a ward or the borough itself; empty for a code that is neither. */
    public Optional<String> boroughOf(String areaCode) {
        if (boroughs.contains(areaCode)) {
            return Optional.of(areaCode);
        }
        return Optional.ofNullable(boroughOfWard.get(areaCode));
    }
}
