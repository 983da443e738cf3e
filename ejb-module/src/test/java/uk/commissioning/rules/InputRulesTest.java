package uk.commissioning.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.commissioning.money.Money.pounds;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;
import uk.commissioning.rules.RuleViolation.FieldProblem;

class InputRulesTest {

    @Test
    void refusesWithEveryFieldAtFaultOnceEach() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> new InputRules()
                .required("name", " ")
                .requiredNotNegative("headcount", new BigDecimal("-1"))
                .requiredNotNegative("salary", (Money) null)
                .positive("amount", pounds("0.00"))
                .unless(false, "headcount", "a second complaint about a field already at fault is not added")
                .enforce());
        assertEquals(Reason.INVALID_INPUT, refused.reason());
        assertEquals(List.of(new FieldProblem("name", "is required"), new FieldProblem("headcount", "must not be negative"),
                new FieldProblem("salary", "is required"), new FieldProblem("amount", "must be more than zero")),
                refused.problems());
        assertEquals("name", refused.field());
        assertEquals("name is required; headcount must not be negative; salary is required; amount must be more than zero",
                refused.getMessage());
    }

    @Test
    void aMissingValuePassesEveryCheckButRequired() {
        assertDoesNotThrow(() -> new InputRules().notNegative("fte", (BigDecimal) null).positive("amount", null).enforce());
    }

    @Test
    void anAmountTypedFinerThanPenceIsAnInvalidAmountOnItsField() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> InputRules.amount(new BigDecimal("12.345"), Money.GBP, "amount"));
        assertEquals(Reason.INVALID_AMOUNT, refused.reason());
        assertEquals("amount", refused.field());
        assertEquals(pounds("12.30"), InputRules.amount(new BigDecimal("12.3"), Money.GBP, "amount"));
        assertNull(InputRules.amount(null, Money.GBP, "amount"));
    }

    @Test
    void textAValueObjectRefusesIsInvalidInputInItsOwnWords() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> InputRules.parse("2019-20-Q5", Quarter::parse, "quarter"));
        assertEquals(Reason.INVALID_INPUT, refused.reason());
        assertEquals("quarter", refused.field());
        assertEquals(Quarter.parse("2019-20-Q3"), InputRules.parse("2019-20-Q3", Quarter::parse, "quarter"));
    }
}
