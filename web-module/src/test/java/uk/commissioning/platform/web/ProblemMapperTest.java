package uk.commissioning.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ejb.EJBException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation.FieldProblem;
import uk.commissioning.rules.RuleViolation;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    /** The statuses each reason answered with while Reason carried them; the mapper took them over unchanged. */
    @Test
    void eachReasonAnswersWithTheStatusItAlwaysHad() {
        Map<Reason, Integer> statuses = new EnumMap<>(Reason.class);
        for (Reason r : List.of(Reason.INSUFFICIENT_REMAINING_BUDGET, Reason.INSUFFICIENT_BALANCE, Reason.QUARTER_CLOSED,
                Reason.QUARTER_ALREADY_CLOSED, Reason.QUARTER_OUT_OF_ORDER, Reason.SELF_APPROVAL, Reason.NOT_PENDING, Reason.ALREADY_REVERSED,
                Reason.CANNOT_REVERSE_REVERSAL, Reason.FUND_CLOSED, Reason.DUPLICATE, Reason.WRONG_STATUS,
                Reason.ALLOCATION_EXCEEDED, Reason.SUBCONTRACTS_EXCEED_LEAD, Reason.STALE_VERSION, Reason.CLAIM_EXCEEDS_REMAINING,
                Reason.PAYMENT_RUN_IN_PROGRESS)) {
            statuses.put(r, 409);
        }
        for (Reason r : List.of(Reason.MIXED_CURRENCY, Reason.UNBALANCED_ENTRY, Reason.SAME_FUND, Reason.RISK_SHARES_INVALID,
                Reason.NOT_A_PARTNER, Reason.WRONG_ORGANISATION_TYPE, Reason.OUTSIDE_FINANCIAL_YEAR, Reason.WEAK_PASSWORD,
                Reason.FCR_DRIVERS_INVALID, Reason.FUNDING_SPLIT_INVALID, Reason.SCHEDULE_INVALID, Reason.PERIOD_INVALID,
                Reason.DECISION_REQUIRED, Reason.DECISION_OF_ANOTHER_ORGANISATION, Reason.INVALID_AMOUNT, Reason.NO_CHANGE, Reason.SERVICE_NOT_PROVIDERS,
                Reason.WRONG_FUND_TYPE, Reason.REMITTANCE_MISMATCH)) {
            statuses.put(r, 422);
        }
        statuses.put(Reason.NOT_YOUR_ORGANISATION, 403);
        statuses.put(Reason.PSEUDONYM_KEY_MISSING, 503);
        statuses.put(Reason.INVALID_INPUT, 400);
        statuses.put(Reason.FILE_TOO_LARGE, 413);
        statuses.put(Reason.UNSUPPORTED_FILE_TYPE, 415);
        assertEquals(Reason.values().length, statuses.size(), "every reason has its expected status here");
        statuses.forEach((reason, status) -> {
            Problem problem = mapper.problemFor(new EJBException(new RuleViolation(reason, "amount", "no")));
            assertEquals(status, problem.status(), reason.name());
        });
    }

    @Test
    void aRuleViolationNamesItsReasonAndField() {
        Problem problem = mapper.problemFor(new RuleViolation(Reason.INVALID_AMOUNT, "amount", "amount must be more than zero"));
        assertEquals("INVALID_AMOUNT", problem.reason());
        assertEquals("amount", problem.field());
        assertEquals("https://commissioning.example/problems/invalid-amount", problem.type());
    }

    /** A remittance refused for several lines lists each line with its own message, under the rule's reason. */
    @Test
    void aRuleBrokenOnSeveralLinesListsEveryLine() {
        Problem problem = mapper.problemFor(new RuleViolation(Reason.REMITTANCE_MISMATCH, List.of(
                new FieldProblem("line 2", "amount £1,000.00 does not match the £1,200.00 scheduled"),
                new FieldProblem("line 4", "CLM-9 / F1 is not in this payment run"))));
        assertEquals(422, problem.status());
        assertEquals("REMITTANCE_MISMATCH", problem.reason());
        assertEquals("line 2", problem.field());
        assertEquals(List.of(new FieldError("line 2", "amount £1,000.00 does not match the £1,200.00 scheduled"),
                new FieldError("line 4", "CLM-9 / F1 is not in this payment run")), problem.errors());
    }

    /** A draft's input rules read to a client exactly as input the API could not parse: 400, every field, no reason. */
    @Test
    void brokenInputRulesAreAnInvalidRequestListingEveryField() {
        Problem problem = mapper.problemFor(new RuleViolation(Reason.INVALID_INPUT, List.of(
                new FieldProblem("minAward", "must not be negative"), new FieldProblem("areas", "is required: …"))));
        assertEquals(400, problem.status());
        assertEquals("https://commissioning.example/problems/invalid-request", problem.type());
        assertNull(problem.reason());
        assertEquals("minAward", problem.field());
        assertEquals(List.of(new FieldError("minAward", "must not be negative"), new FieldError("areas", "is required: …")),
                problem.errors());
        assertEquals("2 fields are invalid: minAward, areas", problem.detail());
    }
}
