package uk.commissioning.microcommissioning.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.commissioning.money.Money.pounds;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.microcommissioning.control.Proposals.Request;
import uk.commissioning.money.Money;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation.FieldProblem;
import uk.commissioning.rules.RuleViolation;

/** A proposal request's input rules: the one place the API and the proposals screen both take them from. */
class ProposalRequestTest {

    private static final DemandPeriod YEAR = DemandPeriod.of(FinancialYear.parse("2019-20"));

    @Test
    void theScreensDefaultsAreAValidRequest() {
        assertDoesNotThrow(() -> request(List.of("E09000026"), Money.of(Request.DEFAULT_MIN_AWARD, Money.GBP),
                Money.of(Request.DEFAULT_MAX_AWARD, Money.GBP), null).enforceInputRules());
    }

    @Test
    void rejectsANegativeMinimumAwardAndEveryOtherFieldAtFaultAtOnce() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> request(List.of("E09000026", "E05011237"),
                pounds("-1.00"), pounds("0.00"), pounds("-5.00")).enforceInputRules());
        assertEquals(Reason.INVALID_INPUT, refused.reason());
        assertEquals(List.of(new FieldProblem("areas", "give all borough codes or all ward codes, not a mix"),
                new FieldProblem("minAward", "must not be negative"), new FieldProblem("maxAward", "must be more than zero"),
                new FieldProblem("amount", "must be more than zero")), refused.problems());
    }

    @Test
    void theMaximumAwardIsAtLeastTheMinimum() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> request(List.of("E09000026"), pounds("600.00"), pounds("500.00"), null).enforceInputRules());
        assertEquals(List.of(new FieldProblem("maxAward", "must be at least minAward")), refused.problems());
    }

    @Test
    void aPotPeriodNeedsAreasAndAwardsAreRequired() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> new Request(null, null, List.of(), List.of(), null, null, true, null).enforceInputRules());
        assertEquals(List.of("fundId", "period", "needs", "areas", "minAward", "maxAward"),
                refused.problems().stream().map(FieldProblem::field).toList());
    }

    private static Request request(List<String> areas, Money minAward, Money maxAward, Money amount) {
        return new Request(6L, YEAR, List.of("HOUSING"), areas, minAward, maxAward, true, amount);
    }
}
