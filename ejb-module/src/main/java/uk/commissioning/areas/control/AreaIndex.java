package uk.commissioning.areas.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.commissioning.areas.entity.GssCode;

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

    /**
     * What a typed place (a code or a name) turns out to be: one area, several (the candidates, as people read them),
     * or none.
     */
    public sealed interface Lookup {
        String typed();
    }

    /** One area: its code and the name it is known by (a ward's with its borough). */
    public record Found(String typed, String code, String name) implements Lookup {
    }

    /** Several areas answer to the text; {@code candidates} say which, for the person to choose ("Abbey (Barking and Dagenham)"). */
    public record Ambiguous(String typed, List<String> candidates) implements Lookup {

        /** "Abbey (Barking and Dagenham), Abbey (Merton) or Abbey (Westminster)". */
        public String choices() {
            return candidates.size() == 1 ? candidates.get(0)
                    : String.join(", ", candidates.subList(0, candidates.size() - 1)) + " or " + candidates.get(candidates.size() - 1);
        }
    }

    /** No area has the code, or is called that or begins with it. */
    public record NotFound(String typed) implements Lookup {
    }

    /** How many candidates an ambiguous answer names at most (a two-letter prefix can match dozens). */
    static final int MAX_CANDIDATES = 6;

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

    /**
     * The area a person means by {@code text}: a ward or borough code (any case) is that area if the system knows it;
     * otherwise a name, compared ignoring case and repeated spaces: a borough called exactly that, else the one ward
     * called exactly that, else the one borough or ward whose name begins with it. A name two wards share, or a
     * beginning several names share, is {@link Ambiguous}, naming them (a ward with its borough).
     */
    public Lookup lookup(String text) {
        String typed = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (typed.isEmpty()) {
            return new NotFound(typed);
        }
        String upper = typed.toUpperCase(Locale.ROOT);
        if (GssCode.isAreaCode(upper)) {
            return isBorough(upper) || isWard(upper) ? found(typed, upper) : new NotFound(typed);
        }
        String key = key(typed);
        List<Borough> borough = boroughs.values().stream().filter(b -> key(b.name()).equals(key)).toList();
        if (borough.size() == 1) {
            return found(typed, borough.get(0).code());
        }
        List<String> exactWards = wards.values().stream().filter(w -> key(w.name()).equals(key)).map(Ward::code).toList();
        if (!exactWards.isEmpty()) {
            return oneOf(typed, exactWards);
        }
        List<String> begin = Stream.concat(
                boroughs.values().stream().filter(b -> key(b.name()).startsWith(key)).map(Borough::code),
                wards.values().stream().filter(w -> key(w.name()).startsWith(key)).map(Ward::code)).toList();
        return begin.isEmpty() ? new NotFound(typed) : oneOf(typed, begin);
    }

    /**
     * The borough a person means by {@code text}, a code or a name ({@link #lookup}'s rules); a ward, a name several
     * areas share or none has is refused in a sentence (the {@link IllegalArgumentException}'s message).
     */
    public String boroughCode(String text) {
        Lookup lookup = lookup(text);
        if (lookup instanceof Found found && isBorough(found.code())) {
            return found.code();
        }
        String why = lookup instanceof Found ward ? "'" + ward.typed() + "' is the ward " + ward.name() + ", not a borough"
                : lookup instanceof Ambiguous several ? "'" + several.typed() + "' could be " + several.choices()
                : "no London borough is called '" + lookup.typed() + "' or has that code";
        throw new IllegalArgumentException(why + "; type a borough name such as Tower Hamlets, or its code such as E09000030");
    }

    private Lookup oneOf(String typed, List<String> codes) {
        if (codes.size() == 1) {
            return found(typed, codes.get(0));
        }
        List<String> names = codes.stream().map(this::fullName).sorted().collect(Collectors.toList());
        if (names.size() > MAX_CANDIDATES) {
            int more = names.size() - MAX_CANDIDATES + 1;
            names = new ArrayList<>(names.subList(0, MAX_CANDIDATES - 1));
            names.add(more + " more");
        }
        return new Ambiguous(typed, List.copyOf(names));
    }

    private Found found(String typed, String code) {
        return new Found(typed, code, fullName(code));
    }

    /** A borough's name; a ward's with its borough's, which tells apart wards of the same name. */
    public String fullName(String code) {
        Ward ward = wards.get(code);
        return ward == null ? name(code) : ward.name() + " (" + name(ward.boroughCode()) + ")";
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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
