package uk.commissioning.demand.matching.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.demand.control.NeedBits;
import uk.commissioning.demand.matching.control.MatchingCalculator.Demand;
import uk.commissioning.period.Quarter;

/**
 * What matching takes from its one pass over a period's referrals: the database counts referrals per quarter × ward ×
 * need set (× service), and this splits each count over the needs of the set, so a referral naming several needs
 * counts once under each (as one row per referral and need did before the needs became a bit set). The services
 * seen are those some referral of the period named, for the idle-services list. Pure, unit-tested.
 * <p>
 * Counts are kept in one array per area (quarter × bit) rather than one map entry per cell: the scan returns some
 * hundred thousand groups for a million referrals, and this is the per-row work.
 */
final class DemandScan {

    private final NeedBits needs;
    private final List<Quarter> quarters;
    private final Map<LocalDate, Integer> quarterIndex = new HashMap<>();
    private final Map<String, long[]> countsByArea = new HashMap<>();
    private final Set<Long> services = new HashSet<>();
    private String lastArea;
    private long[] lastCounts;

    DemandScan(NeedBits needs, DemandPeriod period) {
        this.needs = needs;
        this.quarters = period.quarters();
        for (int i = 0; i < quarters.size(); i++) {
            quarterIndex.put(quarters.get(i).startDate(), i);
        }
    }

    /**
     * One group of the scan: {@code referrals} referrals filed in the quarter starting {@code quarterStart}, in the
     * area, naming the needs of {@code needMask}. A quarter outside the period is ignored.
     */
    void add(LocalDate quarterStart, String area, long needMask, long referrals) {
        Integer quarter = quarterIndex.get(quarterStart);
        if (quarter == null || referrals <= 0) {
            return;
        }
        // Groups arrive mostly in area order, so the last area's counts are usually the ones wanted.
        long[] counts = area.equals(lastArea) ? lastCounts
                : countsByArea.computeIfAbsent(area, a -> new long[quarters.size() * NeedBits.BITS]);
        lastArea = area;
        lastCounts = counts;
        int base = quarter * NeedBits.BITS;
        for (long rest = needMask; rest != 0; rest &= rest - 1) {
            int bit = Long.numberOfTrailingZeros(rest);
            if (bit >= NeedBits.BITS) {
                needs.code(bit);   // refuses the sign bit, which no category can hold
            }
            counts[base + bit] += referrals;
        }
    }

    /** A service some referral of the period named. */
    void referredTo(long serviceId) {
        services.add(serviceId);
    }

    /** The counts per quarter × area × need code (every bit checked against the categories). */
    List<Demand> demand() {
        List<Demand> demand = new ArrayList<>();
        countsByArea.forEach((area, counts) -> {
            for (int q = 0; q < quarters.size(); q++) {
                for (int bit = 0; bit < NeedBits.BITS; bit++) {
                    long referrals = counts[q * NeedBits.BITS + bit];
                    if (referrals > 0) {
                        demand.add(new Demand(quarters.get(q), area, needs.code(bit), referrals));
                    }
                }
            }
        });
        return demand;
    }

    Set<Long> referredServices() {
        return services;
    }
}
