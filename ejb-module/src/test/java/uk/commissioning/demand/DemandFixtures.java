package uk.commissioning.demand;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.commissioning.areas.control.AreaIndex;
import uk.commissioning.contracts.entity.CapacityUnit;
import uk.commissioning.contracts.entity.ServiceStatus;
import uk.commissioning.demand.matching.control.ServiceOffer;
import uk.commissioning.money.Money;

/**
 * A tiny London for the demand tests. Borough Alpha (E09000001) has wards North (E05000001, 6,000 people, IMD 30) and
 * South (E05000002, 4,000 people, IMD 10); borough Beta (E09000002) has one ward, Centre (E05000003, 10,000 people,
 * IMD 20). Alpha's population-weighted IMD score is (6000×30 + 4000×10) / 10000 = 22.
 */
public final class DemandFixtures {

    public static final String ALPHA = "E09000001";
    public static final String NORTH = "E05000001";
    public static final String SOUTH = "E05000002";
    public static final String BETA = "E09000002";
    public static final String CENTRE = "E05000003";

    public static final String MENTAL = "MENTAL_WELLBEING";
    public static final String HOUSING = "HOUSING";
    public static final String DIGITAL = "DIGITAL_INCLUSION";
    public static final String ARTS = "ARTS_CREATIVITY";

    public static final BigDecimal SIX = BigDecimal.valueOf(6);

    private DemandFixtures() {
    }

    public static AreaIndex areas() {
        return new AreaIndex(List.of(new AreaIndex.Borough(ALPHA, "Alpha"), new AreaIndex.Borough(BETA, "Beta")),
                List.of(new AreaIndex.Ward(NORTH, "North", ALPHA, 6000, new BigDecimal("30")),
                        new AreaIndex.Ward(SOUTH, "South", ALPHA, 4000, new BigDecimal("10")),
                        new AreaIndex.Ward(CENTRE, "Centre", BETA, 10000, new BigDecimal("20"))));
    }

    /** Arts has no name here on purpose: a need the reference list does not know is shown by its code. */
    public static Map<String, String> needNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(HOUSING, "Housing");
        names.put(MENTAL, "Mental wellbeing");
        names.put(DIGITAL, "Digital inclusion");
        return names;
    }

    public static ServiceOffer service(long id, String name, CapacityUnit unit, int capacity, String unitCost, ServiceStatus status,
                                Set<String> needs, Set<String> areas) {
        return new ServiceOffer(id, name, 100 + id, "Provider " + id, unit, capacity, Money.pounds(unitCost), status, needs, areas);
    }

    /** 60 sessions a quarter at £20.00: 10 people at £120.00 each with 6 sessions a person. */
    public static final ServiceOffer WELLBEING = service(1, "Wellbeing groups", CapacityUnit.SESSIONS, 60, "20.00",
            ServiceStatus.ACTIVE, Set.of(MENTAL), Set.of(ALPHA));
    public static final ServiceOffer HOUSING_ADVICE = service(2, "Housing advice", CapacityUnit.PLACES, 12, "50.00",
            ServiceStatus.ACTIVE, Set.of(HOUSING), Set.of(NORTH, CENTRE));
    public static final ServiceOffer DIGITAL_DROP_IN = service(3, "Digital drop-in", CapacityUnit.REFERRALS, 9, "30.00",
            ServiceStatus.ACTIVE, Set.of(DIGITAL), Set.of(BETA));
    /** In the directory only: 8 places at £40.00. */
    public static final ServiceOffer HOUSING_DROP_IN = service(4, "Housing drop-in", CapacityUnit.PLACES, 8, "40.00",
            ServiceStatus.ACTIVE, Set.of(HOUSING), Set.of(ALPHA));
    /** Paused, so it prices nothing. */
    public static final ServiceOffer PAUSED_HOUSING = service(5, "Paused housing clinic", CapacityUnit.PLACES, 100, "10.00",
            ServiceStatus.PAUSED, Set.of(HOUSING), Set.of(ALPHA));

    public static List<ServiceOffer> directory() {
        return List.of(WELLBEING, HOUSING_ADVICE, DIGITAL_DROP_IN, HOUSING_DROP_IN, PAUSED_HOUSING);
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
