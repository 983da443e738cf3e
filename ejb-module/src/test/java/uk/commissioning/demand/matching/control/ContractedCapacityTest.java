package uk.commissioning.demand.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.demand.DemandFixtures.HOUSING_ADVICE;
import static uk.commissioning.demand.DemandFixtures.PAUSED_HOUSING;
import static uk.commissioning.demand.DemandFixtures.SIX;
import static uk.commissioning.demand.DemandFixtures.WELLBEING;
import static uk.commissioning.demand.DemandFixtures.dec;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.commissioning.demand.DemandFixtures;
import uk.commissioning.demand.matching.control.ContractedCapacity.CapacityLine;
import uk.commissioning.demand.matching.control.ContractedCapacity.ContractLine;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;

/** 2019-20 Q2 runs from 1 July to 30 September 2019: 92 days. */
class ContractedCapacityTest {

    private static final Quarter Q2 = Quarter.parse("2019-20-Q2");
    private static final LocalDate YEAR_START = LocalDate.of(2019, 4, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2020, 3, 31);

    private static Map<Long, ServiceOffer> services() {
        Map<Long, ServiceOffer> services = new HashMap<>();
        for (ServiceOffer s : DemandFixtures.directory()) {
            services.put(s.id(), s);
        }
        return services;
    }

    private static List<CapacityLine> q2(ContractLine... lines) {
        return ContractedCapacity.perQuarter(List.of(Q2), List.of(lines), services(), SIX);
    }

    /** The lead buys the whole service (60 sessions), its subcontract 90: the larger, 90 ÷ 6 = 15.00 people, not 25. */
    @Test
    void countsAServiceBoughtByALeadAndItsSubcontractOnce() {
        List<CapacityLine> lines = q2(new ContractLine(1, "LEAD", null, YEAR_START, YEAR_END, WELLBEING.id(), null),
                new ContractLine(2, "SUB", 1L, YEAR_START, YEAR_END, WELLBEING.id(), 90));
        assertEquals(1, lines.size());
        assertEquals(dec("15.00"), lines.get(0).people());
        assertEquals(List.of("LEAD", "SUB"), lines.get(0).contracts());
    }

    /**
     * Contract 3 buys 6 places from 1 August: 61 of 92 days → 6 × 61/92 = 3.978…; contract 4 buys 12 but was terminated
     * effective 15 August: 46 days → 6.00. Separate purchases add up: 9.978… → 9.98 people.
     */
    @Test
    void proRatesByDaysToTheEffectiveEndAndAddsSeparateContracts() {
        LocalDate terminated = ContractedCapacity.effectiveEnd(YEAR_END, true, LocalDate.of(2019, 8, 15));
        List<CapacityLine> lines = q2(new ContractLine(3, "LATE", null, LocalDate.of(2019, 8, 1), YEAR_END, HOUSING_ADVICE.id(), 6),
                new ContractLine(4, "STOPPED", null, YEAR_START, terminated, HOUSING_ADVICE.id(), 12));
        assertEquals(dec("9.98"), lines.get(0).people());
    }

    @Test
    void theEffectiveEndIsTheClosingDateOnlyForAClosedContractThatStoppedEarly() {
        LocalDate early = LocalDate.of(2019, 10, 31);
        assertEquals(early, ContractedCapacity.effectiveEnd(YEAR_END, true, early));
        assertEquals(YEAR_END, ContractedCapacity.effectiveEnd(YEAR_END, false, early), "active: the closing date is not yet real");
        assertEquals(YEAR_END, ContractedCapacity.effectiveEnd(YEAR_END, true, LocalDate.of(2020, 5, 1)), "closed after its end");
        assertEquals(YEAR_END, ContractedCapacity.effectiveEnd(YEAR_END, true, null));
    }

    @Test
    void leavesOutPausedServicesAndContractsOutsideTheQuarter() {
        assertTrue(q2(new ContractLine(5, "PAUSED", null, YEAR_START, YEAR_END, PAUSED_HOUSING.id(), null)).isEmpty());
        assertTrue(q2(new ContractLine(6, "ENDED-Q1", null, YEAR_START, LocalDate.of(2019, 6, 30), HOUSING_ADVICE.id(), 12)).isEmpty());
    }

    /** Sessions become people and a person costs six sessions: £20.00 × 6 = £120.00; places are one each. */
    @Test
    void convertsSessionsToPeople() {
        assertEquals(dec("10.0000000000"), WELLBEING.people(dec("60"), SIX));
        assertEquals(Money.pounds("120.00"), WELLBEING.costPerPerson(SIX));
        assertEquals(Money.pounds("50.00"), HOUSING_ADVICE.costPerPerson(SIX));
        assertEquals(Money.pounds("130.00"), WELLBEING.costPerPerson(dec("6.5")));
    }
}
