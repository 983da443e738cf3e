package uk.commissioning.demand.outcomes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.demand.DemandFixtures.dec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.commissioning.demand.DemandFixtures;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Group;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.ItemSummary;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Ons4Item;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Pairs;
import uk.commissioning.demand.outcomes.control.OutcomeCalculator.Row;

/**
 * Four referrals to "Wellbeing groups" (service 1), a free-text "Shelter drop-in" and one naming no service:
 * <pre>
 * R1 mental wellbeing + loneliness, COMPLETED: satisfied 4→6, worthwhile 5→7, happy 4→6, anxious 7→4,
 *    SWEMWBS 19.25→23.21 (+3.96: meaningful), 6 sessions
 * R2 mental wellbeing, COMPLETED: satisfied 5→6, worthwhile 5→(none), happy 3→5, anxious 6→6,
 *    SWEMWBS 20.00→22.00 (+2.00: not meaningful), 4 sessions
 * R3 mental wellbeing, DID_NOT_ATTEND: no scores, 0 sessions recorded
 * R4 loneliness, ACCEPTED: nothing else
 * Wellbeing × mental wellbeing (R1–R3): 3 referrals, 2 completed, 1 did not attend.
 *   satisfied: 2 pairs, before (4+5)/2 = 4.50, after 6.00, change +1.50
 *   worthwhile: 1 pair (R2 has no after), 5.00 → 7.00, +2.00
 *   happy: 2 pairs, 3.50 → 5.50, +2.00;   anxious: 2 pairs, 6.50 → 5.00, −1.50 (lower is better)
 *   SWEMWBS: 2 pairs, before 39.25/2 = 19.625 → 19.63, after 45.21/2 = 22.605 → 22.61, change 5.96/2 = 2.98,
 *   1 of 2 improving by 3 or more: 0.5000
 *   attendance: 3 people with sessions recorded, 10 sessions, mean 3.33
 * Wellbeing × loneliness (R1, R4): 2 referrals, 1 completed, 1 accepted; satisfied 1 pair +2.00; SWEMWBS share 1.0000;
 *   attendance 1 person (R4 has none recorded), 6 sessions.
 * </pre>
 */
class OutcomeCalculatorTest {

    private static final BigDecimal MEANINGFUL = dec("3");
    private static final String MENTAL = DemandFixtures.MENTAL;
    private static final String LONELINESS = "LONELINESS_ISOLATION";
    private static final String HOUSING = DemandFixtures.HOUSING;

    /** One referral as the database would sum it: a group of one. Scores in ONS4 item order, before then after. */
    private static Group referral(Long serviceId, String serviceName, String needs, String outcome, Integer[] ons4,
                                  String swemwbsBefore, String swemwbsAfter, Integer sessions) {
        Map<Ons4Item, Pairs> pairs = new EnumMap<>(Ons4Item.class);
        for (Ons4Item item : Ons4Item.values()) {
            Integer before = ons4[item.ordinal() * 2];
            Integer after = ons4[item.ordinal() * 2 + 1];
            pairs.put(item, before == null || after == null ? Pairs.NONE
                    : new Pairs(1, BigDecimal.valueOf(before), BigDecimal.valueOf(after)));
        }
        Pairs swemwbs = swemwbsBefore == null || swemwbsAfter == null ? Pairs.NONE
                : new Pairs(1, dec(swemwbsBefore), dec(swemwbsAfter));
        boolean improving = swemwbs.pairs() == 1 && dec(swemwbsAfter).subtract(dec(swemwbsBefore)).compareTo(MEANINGFUL) >= 0;
        return new Group(serviceId, serviceName, serviceId == null ? null : "Provider " + serviceId,
                Arrays.asList(needs.split(";")), 1, is(outcome, "ACCEPTED"), is(outcome, "DECLINED"),
                is(outcome, "DID_NOT_ATTEND"), is(outcome, "COMPLETED"), pairs, swemwbs, improving ? 1 : 0,
                sessions == null ? 0 : 1, sessions == null ? 0 : sessions);
    }

    private static long is(String outcome, String expected) {
        return outcome.equals(expected) ? 1 : 0;
    }

    private static final Integer[] NO_SCORES = new Integer[8];

    private static List<Row> rows() {
        List<Group> groups = new ArrayList<>();
        groups.add(referral(1L, "Wellbeing groups", MENTAL + ";" + LONELINESS, "COMPLETED",
                new Integer[] {4, 6, 5, 7, 4, 6, 7, 4}, "19.25", "23.21", 6));
        groups.add(referral(1L, "Wellbeing groups", MENTAL, "COMPLETED",
                new Integer[] {5, 6, 5, null, 3, 5, 6, 6}, "20.00", "22.00", 4));
        groups.add(referral(1L, "Wellbeing groups", MENTAL, "DID_NOT_ATTEND", NO_SCORES, null, null, 0));
        groups.add(referral(1L, "Wellbeing groups", LONELINESS, "ACCEPTED", NO_SCORES, null, null, null));
        groups.add(referral(null, "Shelter drop-in", HOUSING, "ACCEPTED", NO_SCORES, null, null, null));
        groups.add(referral(null, null, HOUSING, "DECLINED", NO_SCORES, null, null, null));
        Map<String, String> needNames = new LinkedHashMap<>();
        needNames.put(HOUSING, "Housing");
        needNames.put(LONELINESS, "Loneliness and isolation");
        needNames.put(MENTAL, "Mental wellbeing");
        return OutcomeCalculator.summarise(groups, needNames);
    }

    private static Row row(Long serviceId, String serviceName, String need) {
        return rows().stream().filter(r -> java.util.Objects.equals(r.serviceId(), serviceId)
                        && java.util.Objects.equals(r.serviceName(), serviceName) && r.needCode().equals(need))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + serviceName + " " + need));
    }

    private static void assertItem(ItemSummary item, long pairs, String before, String after, String change) {
        assertEquals(pairs, item.pairs(), "pairs");
        assertEquals(dec(before), item.meanBefore(), "mean before");
        assertEquals(dec(after), item.meanAfter(), "mean after");
        assertEquals(dec(change), item.meanChange(), "mean change");
    }

    @Test
    void reportsEachOns4QuestionOnItsOwnOverCompletePairs() {
        Row mental = row(1L, "Wellbeing groups", MENTAL);
        assertEquals(3, mental.referrals());
        assertEquals(2, mental.completed());
        assertEquals(1, mental.didNotAttend());
        assertEquals(0, mental.accepted());
        assertItem(mental.ons4().get(Ons4Item.SATISFIED), 2, "4.50", "6.00", "1.50");
        assertItem(mental.ons4().get(Ons4Item.WORTHWHILE), 1, "5.00", "7.00", "2.00");
        assertItem(mental.ons4().get(Ons4Item.HAPPY), 2, "3.50", "5.50", "2.00");
        assertItem(mental.ons4().get(Ons4Item.ANXIOUS), 2, "6.50", "5.00", "-1.50");
        assertTrue(mental.ons4().get(Ons4Item.ANXIOUS).lowerIsBetter(), "a fall in anxiety is an improvement");
        assertFalse(mental.ons4().get(Ons4Item.HAPPY).lowerIsBetter());
    }

    @Test
    void summarisesSwemwbsWithTheShareImprovingMeaningfully() {
        Row mental = row(1L, "Wellbeing groups", MENTAL);
        assertEquals(2, mental.swemwbs().pairs());
        assertEquals(dec("19.63"), mental.swemwbs().meanBefore());
        assertEquals(dec("22.61"), mental.swemwbs().meanAfter());
        assertEquals(dec("2.98"), mental.swemwbs().meanChange());
        assertEquals(1, mental.swemwbs().improving());
        assertEquals(dec("0.5000"), mental.swemwbs().shareImproving());
    }

    @Test
    void countsAttendanceOnlyWhereItWasRecorded() {
        Row mental = row(1L, "Wellbeing groups", MENTAL);
        assertEquals(3, mental.attendance().people());
        assertEquals(10, mental.attendance().totalSessions());
        assertEquals(dec("3.33"), mental.attendance().meanSessions());
        Row loneliness = row(1L, "Wellbeing groups", LONELINESS);
        assertEquals(1, loneliness.attendance().people());
        assertEquals(dec("6.00"), loneliness.attendance().meanSessions());
    }

    @Test
    void countsAReferralUnderEachOfItsNeeds() {
        Row loneliness = row(1L, "Wellbeing groups", LONELINESS);
        assertEquals(2, loneliness.referrals());
        assertEquals(1, loneliness.completed());
        assertEquals(1, loneliness.accepted());
        assertItem(loneliness.ons4().get(Ons4Item.SATISFIED), 1, "4.00", "6.00", "2.00");
        assertEquals(dec("1.0000"), loneliness.swemwbs().shareImproving());
        assertEquals("Loneliness and isolation", loneliness.needName());
    }

    @Test
    void leavesMeansEmptyWhereThereAreNoPairsAndListsUnnamedServicesLast() {
        Row shelter = row(null, "Shelter drop-in", HOUSING);
        assertNull(shelter.ons4().get(Ons4Item.SATISFIED).meanChange());
        assertEquals(0, shelter.swemwbs().pairs());
        assertNull(shelter.swemwbs().shareImproving());
        assertNull(shelter.attendance().meanSessions());
        List<String> order = rows().stream().map(r -> r.serviceName() + "/" + r.needCode()).toList();
        assertEquals(List.of("Shelter drop-in/" + HOUSING, "Wellbeing groups/" + LONELINESS, "Wellbeing groups/" + MENTAL,
                "null/" + HOUSING), order);
    }

    @Test
    void addsUpReferralsToAFreeTextServiceAndReferralsNamingNoServiceThoughTheyHaveNoProvider() {
        List<Group> groups = List.of(
                referral(null, "Shelter drop-in", HOUSING, "ACCEPTED", NO_SCORES, null, null, null),
                referral(null, "Shelter drop-in", HOUSING + ";" + MENTAL, "COMPLETED", NO_SCORES, null, null, 2),
                referral(null, null, HOUSING, "DECLINED", NO_SCORES, null, null, null),
                referral(null, null, HOUSING, "DID_NOT_ATTEND", NO_SCORES, null, null, null));
        Map<String, String> needNames = new LinkedHashMap<>();
        needNames.put(HOUSING, "Housing");
        needNames.put(MENTAL, "Mental wellbeing");
        List<Row> rows = OutcomeCalculator.summarise(groups, needNames);
        assertEquals(List.of("Shelter drop-in/" + HOUSING + "/2", "Shelter drop-in/" + MENTAL + "/1", "null/" + HOUSING + "/2"),
                rows.stream().map(r -> r.serviceName() + "/" + r.needCode() + "/" + r.referrals()).toList());
        assertNull(rows.get(0).providerName());
        assertEquals(1, rows.get(0).completed());
        assertEquals(1, rows.get(2).declined());
        assertEquals(1, rows.get(2).didNotAttend());
    }

    @Test
    void aChangeOverFewerThanTheMinimumPairsIsTooFewToTell() {
        Row mental = row(1L, "Wellbeing groups", MENTAL);
        assertEquals(OutcomeCalculator.Direction.TOO_FEW_TO_TELL, mental.ons4().get(Ons4Item.SATISFIED).direction(),
                "+1.50 over 2 pairs is not called better");
        assertEquals(OutcomeCalculator.Direction.TOO_FEW_TO_TELL,
                OutcomeCalculator.Direction.of(OutcomeCalculator.MIN_PAIRS_FOR_DIRECTION - 1, dec("2.00"), false));
        assertEquals(OutcomeCalculator.Direction.BETTER,
                OutcomeCalculator.Direction.of(OutcomeCalculator.MIN_PAIRS_FOR_DIRECTION, dec("0.40"), false));
        assertEquals(OutcomeCalculator.Direction.BETTER,
                OutcomeCalculator.Direction.of(12, dec("-0.40"), true), "for anxiety a fall is better");
        assertEquals(OutcomeCalculator.Direction.WORSE, OutcomeCalculator.Direction.of(12, dec("-0.40"), false));
        assertEquals(OutcomeCalculator.Direction.NO_CHANGE, OutcomeCalculator.Direction.of(12, dec("0.00"), false));
    }

    @Test
    void outsideTheProviderSmallCountsReadUnderFiveAndMeansOverFewerThanFivePairsAreNotShown() {
        OutcomeCalculator.Shown mental = OutcomeCalculator.disclose(row(1L, "Wellbeing groups", MENTAL), false);
        assertEquals("<5", mental.referrals().text());
        assertEquals("<5", mental.completed().text());
        assertEquals("0", mental.accepted().text());
        assertNull(mental.referrals().value());
        OutcomeCalculator.ShownItem satisfied = mental.ons4().get(Ons4Item.SATISFIED);
        assertEquals("<5", satisfied.pairs().text());
        assertNull(satisfied.meanBefore(), "the mean of two people's answers is not shown");
        assertEquals(OutcomeCalculator.Direction.TOO_FEW_TO_TELL, satisfied.direction());
        assertNull(mental.swemwbs().meanChange());
        assertNull(mental.attendance().totalSessions());
    }

    @Test
    void anAdministratorOrTheProviderSeesTheExactRow() {
        OutcomeCalculator.Shown mental = OutcomeCalculator.disclose(row(1L, "Wellbeing groups", MENTAL), true);
        assertTrue(mental.exact());
        assertEquals(3L, mental.referrals().value());
        assertEquals(dec("4.50"), mental.ons4().get(Ons4Item.SATISFIED).meanBefore());
        assertEquals(10L, mental.attendance().totalSessions());
    }
    @Test
    void aRowHidesSomethingOnlyWhenACountWasActuallyHidden() {
        assertTrue(OutcomeCalculator.disclose(row(1L, "Wellbeing groups", MENTAL), false).hidesAny());
        assertFalse(OutcomeCalculator.disclose(row(1L, "Wellbeing groups", MENTAL), true).hidesAny(), "exact: nothing hidden");
        Map<Ons4Item, Pairs> noPairs = new EnumMap<>(Ons4Item.class);
        for (Ons4Item item : Ons4Item.values()) {
            noPairs.put(item, Pairs.NONE);
        }
        Group fiveDeclined = new Group(2L, "Debt advice", "Provider 2", List.of(HOUSING), 5, 0, 5, 0, 0, noPairs, Pairs.NONE,
                0, 0, 0);
        Row large = OutcomeCalculator.summarise(List.of(fiveDeclined), Map.of(HOUSING, "Housing")).get(0);
        assertFalse(OutcomeCalculator.disclose(large, false).hidesAny(),
                "five referrals and zeros: a commissioner sees every count, so the page need not explain hiding");
    }
}
