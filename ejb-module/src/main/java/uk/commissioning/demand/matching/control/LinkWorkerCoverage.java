package uk.commissioning.demand.matching.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.areas.control.AreaIndex;
import uk.commissioning.demand.matching.control.MatchingCalculator.Level;

/**
 * Link-worker coverage of an area against the NHS plan: one whole-time link worker per 10,000–12,000 people, with a
 * safe caseload of 200–250 people a year. A post covers the ward or borough recorded on it; a ward also gets a share
 * of its borough's posts in proportion to its share of the borough's population, and a borough has its own posts and
 * its wards'. Caseload is the distinct people referred in the area in the period (referral-level data only: aggregate
 * counts carry no person), annualised (× 4 ÷ quarters), per FTE. Pure, unit-tested.
 */
public final class LinkWorkerCoverage {

    public static final BigDecimal POPULATION_PER_FTE_LOW = BigDecimal.valueOf(10_000);
    public static final BigDecimal POPULATION_PER_FTE_HIGH = BigDecimal.valueOf(12_000);
    public static final BigDecimal CASELOAD_LOW = BigDecimal.valueOf(200);
    public static final BigDecimal CASELOAD_HIGH = BigDecimal.valueOf(250);

    private static final int SCALE = 10;

    /**
     * Against a target range: BELOW_TARGET under its low end, ABOVE_TARGET over its high end (for population per FTE:
     * more people per link worker than the plan allows), WITHIN_TARGET between them inclusive, NO_POSTS when no
     * link-worker FTE covers the area.
     */
    public enum Status {
        BELOW_TARGET, WITHIN_TARGET, ABOVE_TARGET, NO_POSTS
    }

    /** A post's FTE and the ward or borough it covers. */
    public record Post(String areaCode, BigDecimal fte) {
    }

    public record Coverage(String areaCode, String areaName, long population, BigDecimal fte,
                           BigDecimal populationPerFte, Status coverageStatus, long peopleReferred,
                           BigDecimal annualisedCaseload, BigDecimal caseloadPerFte, Status caseloadStatus) {
    }

    private LinkWorkerCoverage() {
    }

    /**
     * @param areaCodes      the wards or boroughs to report, in order
     * @param peopleReferred distinct people referred per area in the period (absent = none)
     * @param quarters       how many quarters the period has (1 or 4)
     */
    public static List<Coverage> of(AreaIndex areas, Level level, Collection<String> areaCodes, Collection<Post> posts,
                                    Map<String, Long> peopleReferred, int quarters) {
        Map<String, BigDecimal> fteByArea = new HashMap<>();
        for (Post post : posts) {
            fteByArea.merge(post.areaCode(), post.fte(), BigDecimal::add);
        }
        List<Coverage> result = new ArrayList<>();
        for (String code : areaCodes) {
            long population = areas.population(code);
            BigDecimal fte = level == Level.WARD ? wardFte(areas, code, fteByArea) : boroughFte(areas, code, fteByArea);
            long people = peopleReferred.getOrDefault(code, 0L);
            BigDecimal annualised = BigDecimal.valueOf(people * 4).divide(BigDecimal.valueOf(quarters), SCALE, RoundingMode.HALF_UP);
            BigDecimal perFte = null;
            BigDecimal caseload = null;
            Status coverage = Status.NO_POSTS;
            Status caseloadStatus = Status.NO_POSTS;
            if (fte.signum() > 0) {
                perFte = BigDecimal.valueOf(population).divide(fte, SCALE, RoundingMode.HALF_UP);
                caseload = annualised.divide(fte, SCALE, RoundingMode.HALF_UP);
                coverage = against(perFte, POPULATION_PER_FTE_LOW, POPULATION_PER_FTE_HIGH);
                caseloadStatus = against(caseload, CASELOAD_LOW, CASELOAD_HIGH);
            }
            result.add(new Coverage(code, areas.name(code), population, fte.setScale(3, RoundingMode.HALF_UP),
                    round(perFte), coverage, people, round(annualised), round(caseload), caseloadStatus));
        }
        return result;
    }

    private static BigDecimal wardFte(AreaIndex areas, String ward, Map<String, BigDecimal> fteByArea) {
        BigDecimal own = fteByArea.getOrDefault(ward, BigDecimal.ZERO);
        String borough = areas.boroughOf(ward);
        BigDecimal boroughPosts = borough == null ? BigDecimal.ZERO : fteByArea.getOrDefault(borough, BigDecimal.ZERO);
        long boroughPopulation = borough == null ? 0 : areas.population(borough);
        if (boroughPosts.signum() == 0 || boroughPopulation == 0) {
            return own;
        }
        return own.add(boroughPosts.multiply(BigDecimal.valueOf(areas.population(ward)))
                .divide(BigDecimal.valueOf(boroughPopulation), SCALE, RoundingMode.HALF_UP));
    }

    private static BigDecimal boroughFte(AreaIndex areas, String borough, Map<String, BigDecimal> fteByArea) {
        BigDecimal fte = fteByArea.getOrDefault(borough, BigDecimal.ZERO);
        for (AreaIndex.Ward ward : areas.wardsOf(borough)) {
            fte = fte.add(fteByArea.getOrDefault(ward.code(), BigDecimal.ZERO));
        }
        return fte;
    }

    static Status against(BigDecimal value, BigDecimal low, BigDecimal high) {
        if (value.compareTo(low) < 0) {
            return Status.BELOW_TARGET;
        }
        return value.compareTo(high) > 0 ? Status.ABOVE_TARGET : Status.WITHIN_TARGET;
    }

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
