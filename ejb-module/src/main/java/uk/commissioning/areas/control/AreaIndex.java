package uk.commissioning.areas.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * London's boroughs and wards as matching sees them: names, populations and IMD 2019 scores, and which wards a
 * service's areas cover. A borough's population is the sum of its wards' (so ward shares add up to one), and its IMD
 * score the population-weighted mean of its wards'. In a ward view, counts that name only a borough sit on the
 * borough's "ward not given" row, keyed by the borough code; a service that covers the whole borough covers that row
 * too, one that names wards does not.
 */
public final class AreaIndex {

    public record Ward(String code, String name, String boroughCode, long population, BigDecimal imdScore) {
    }

    public record Borough(String code, String name) {
    }

    private static final int SCALE = 10;

    private final Map<String, Ward> wards = new HashMap<>();
    private final Map<String, Borough> boroughs = new HashMap<>();
    private final Map<String, List<Ward>> wardsOfBorough = new HashMap<>();

    public AreaIndex(Collection<Borough> boroughs, Collection<Ward> wards) {
        for (Borough borough : boroughs) {
            this.boroughs.put(borough.code(), borough);
            wardsOfBorough.put(borough.code(), new ArrayList<>());
        }
        for (Ward ward : wards) {
            this.wards.put(ward.code(), ward);
            wardsOfBorough.computeIfAbsent(ward.boroughCode(), b -> new ArrayList<>()).add(ward);
        }
        wardsOfBorough.values().forEach(list -> list.sort(Comparator.comparing(Ward::code)));
    }

    public boolean isWard(String code) {
        return wards.containsKey(code);
    }

    public boolean isBorough(String code) {
        return boroughs.containsKey(code);
    }

    public Ward ward(String code) {
        return wards.get(code);
    }

    public List<Borough> boroughs() {
        return boroughs.values().stream().sorted(Comparator.comparing(Borough::code)).toList();
    }

    public List<Ward> wardsOf(String boroughCode) {
        return List.copyOf(wardsOfBorough.getOrDefault(boroughCode, List.of()));
    }

    /** The borough a ward is in; a borough is its own. Null for an unknown code. */
    public String boroughOf(String code) {
        if (isBorough(code)) {
            return code;
        }
        Ward ward = wards.get(code);
        return ward == null ? null : ward.boroughCode();
    }

    public String name(String code) {
        if (isBorough(code)) {
            return boroughs.get(code).name();
        }
        Ward ward = wards.get(code);
        return ward == null ? code : ward.name();
    }

    /** The row name for a borough's counts that give no ward. */
    public String wardNotGivenName(String boroughCode) {
        return name(boroughCode) + " (ward not given)";
    }

    /**
     * The ward-level rows a service's areas cover, sorted: each named ward, and for each named borough all its wards
     * and its "ward not given" row (keyed by the borough code). Unknown codes cover nothing.
     */
    public List<String> rowsCovered(Collection<String> areaCodes) {
        TreeSet<String> rows = new TreeSet<>();
        for (String code : areaCodes) {
            if (isWard(code)) {
                rows.add(code);
            } else if (isBorough(code)) {
                rows.add(code);
                wardsOfBorough.get(code).forEach(w -> rows.add(w.code()));
            }
        }
        return List.copyOf(rows);
    }

    /** Ward population; a borough's is the sum of its wards'. Zero for an unknown code. */
    public long population(String code) {
        if (isBorough(code)) {
            return wardsOfBorough.get(code).stream().mapToLong(Ward::population).sum();
        }
        Ward ward = wards.get(code);
        return ward == null ? 0 : ward.population();
    }

    /** IMD 2019 average score of a ward; of a borough, the population-weighted mean of its wards'. Null if unknown. */
    public BigDecimal imdScore(String code) {
        if (isWard(code)) {
            return wards.get(code).imdScore();
        }
        if (!isBorough(code)) {
            return null;
        }
        return populationWeightedScore(wardsOfBorough.get(code));
    }

    /** The population-weighted mean IMD score over the wards of the given areas (a borough counts all its wards). */
    public BigDecimal meanImdScore(Collection<String> areaCodes) {
        List<Ward> covered = new ArrayList<>();
        for (String code : new TreeSet<>(areaCodes)) {
            if (isWard(code)) {
                covered.add(wards.get(code));
            } else if (isBorough(code)) {
                covered.addAll(wardsOfBorough.get(code));
            }
        }
        return populationWeightedScore(covered);
    }

    private static BigDecimal populationWeightedScore(List<Ward> wards) {
        long population = wards.stream().mapToLong(Ward::population).sum();
        if (population == 0) {
            return null;
        }
        BigDecimal weighted = wards.stream().map(w -> w.imdScore().multiply(BigDecimal.valueOf(w.population())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return weighted.divide(BigDecimal.valueOf(population), SCALE, RoundingMode.HALF_UP);
    }
}
