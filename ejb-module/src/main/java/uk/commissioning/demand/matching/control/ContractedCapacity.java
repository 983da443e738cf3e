package uk.commissioning.demand.matching.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.commissioning.period.Quarter;

/**
 * How many people the contracts buy from each service in each quarter. A contract line buys its units a quarter (or,
 * when it names none, the service's whole capacity), pro rata to the days of the quarter the contract runs, up to its
 * effective end (an ended or terminated contract stops on the closing variation's effective date). A lead contract and
 * its subcontracts are one purchase: when both name the same service the larger of their units counts, never the sum;
 * separate contracts buying one service add up. Only ACTIVE directory services count. Pure, unit-tested.
 */
public final class ContractedCapacity {

    private static final int SCALE = 10;

    /**
     * One service on one contract.
     *
     * @param leadContractId the lead contract of a subcontract, else null
     * @param end            the effective end: see {@link #effectiveEnd}
     * @param unitsPerQuarter null: the service's whole capacity
     */
    public record ContractLine(long contractId, String reference, Long leadContractId, LocalDate start, LocalDate end,
                               long serviceId, Integer unitsPerQuarter) {

        long purchase() {
            return leadContractId == null ? contractId : leadContractId;
        }
    }

    /** A service's contracted capacity in one quarter, in people to the hundredth, and the contracts buying it. */
    public record CapacityLine(Quarter quarter, ServiceOffer service, BigDecimal people, List<String> contracts) {
    }

    private ContractedCapacity() {
    }

    /**
     * The last day a contract delivers: its end date, or for an ENDED or TERMINATED contract the effective date of the
     * variation that closed it, when that is earlier.
     */
    public static LocalDate effectiveEnd(LocalDate endDate, boolean closed, LocalDate closedOn) {
        return closed && closedOn != null && closedOn.isBefore(endDate) ? closedOn : endDate;
    }

    /** Every service with contracted capacity in each quarter, in quarter then service order. */
    public static List<CapacityLine> perQuarter(List<Quarter> quarters, List<ContractLine> lines,
                                                Map<Long, ServiceOffer> services, BigDecimal sessionsPerPerson) {
        List<CapacityLine> result = new ArrayList<>();
        for (Quarter quarter : quarters) {
            // service → purchase → the largest pro-rated units any contract of that purchase buys
            Map<Long, Map<Long, BigDecimal>> units = new TreeMap<>();
            Map<Long, TreeSet<String>> references = new TreeMap<>();
            for (ContractLine line : lines) {
                ServiceOffer service = services.get(line.serviceId());
                BigDecimal fraction = fractionOf(quarter, line.start(), line.end());
                if (service == null || !service.isActive() || fraction.signum() == 0) {
                    continue;
                }
                int bought = line.unitsPerQuarter() == null ? service.capacityPerQuarter() : line.unitsPerQuarter();
                BigDecimal proRata = BigDecimal.valueOf(bought).multiply(fraction);
                units.computeIfAbsent(line.serviceId(), s -> new TreeMap<>()).merge(line.purchase(), proRata, BigDecimal::max);
                references.computeIfAbsent(line.serviceId(), s -> new TreeSet<>()).add(line.reference());
            }
            for (Map.Entry<Long, Map<Long, BigDecimal>> entry : units.entrySet()) {
                ServiceOffer service = services.get(entry.getKey());
                BigDecimal total = entry.getValue().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal people = service.people(total, sessionsPerPerson).setScale(2, RoundingMode.HALF_UP);
                result.add(new CapacityLine(quarter, service, people, List.copyOf(references.get(entry.getKey()))));
            }
        }
        return result;
    }

    /** The share of the quarter's days from {@code start} to {@code end} inclusive (0 when they do not overlap). */
    static BigDecimal fractionOf(Quarter quarter, LocalDate start, LocalDate end) {
        LocalDate from = start.isAfter(quarter.startDate()) ? start : quarter.startDate();
        LocalDate to = end.isBefore(quarter.endDate()) ? end : quarter.endDate();
        if (to.isBefore(from)) {
            return BigDecimal.ZERO;
        }
        long overlap = ChronoUnit.DAYS.between(from, to) + 1;
        long days = ChronoUnit.DAYS.between(quarter.startDate(), quarter.endDate()) + 1;
        return overlap == days ? BigDecimal.ONE
                : BigDecimal.valueOf(overlap).divide(BigDecimal.valueOf(days), SCALE, RoundingMode.HALF_UP);
    }
}
