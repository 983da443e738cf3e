package uk.commissioning.contracts.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.commissioning.money.Money.pounds;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.commissioning.contracts.entity.FcrDraft.ActivityDraft;
import uk.commissioning.contracts.entity.FcrDraft.CostLineDraft;
import uk.commissioning.contracts.entity.FullCostRecovery.OverheadPool;
import uk.commissioning.money.Money;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation.FieldProblem;
import uk.commissioning.rules.RuleViolation;

/** The FCR budget's input rules, the one check the API and the FCR screen both rely on. */
class FcrDraftTest {

    @Test
    void aCompleteBudgetPasses() {
        assertDoesNotThrow(() -> draft(pools(pounds("12000.00")), new BigDecimal("2"), List.of(
                activity("Link service", "2", List.of(staff("1.0", pounds("28000.00")), other(pounds("1800.00"))))))
                .enforceInputRules());
    }

    @Test
    void refusesEveryMissingOrNegativeFigureNamedAsTheApiNamesIt() {
        Map<OverheadPool, Money> pools = pools(pounds("12000.00"));
        pools.put(OverheadPool.FUNDRAISING, pounds("-1.00"));
        pools.remove(OverheadPool.CENTRAL_FUNCTIONS);
        FcrDraft draft = draft(pools, null, List.of(activity(" ", "-1", List.of(staff("-0.5", null), other(null)))));

        RuleViolation refused = assertThrows(RuleViolation.class, draft::enforceInputRules);
        assertEquals(Reason.INVALID_INPUT, refused.reason());
        assertEquals(List.of(
                new FieldProblem("centralFunctions", "is required"),
                new FieldProblem("fundraising", "must not be negative"),
                new FieldProblem("totalHeadcount", "is required"),
                new FieldProblem("activities[0].name", "is required"),
                new FieldProblem("activities[0].headcount", "must not be negative"),
                new FieldProblem("activities[0].lines[0].fte", "must not be negative"),
                new FieldProblem("activities[0].lines[0].salary", "is required"),
                new FieldProblem("activities[0].lines[1].amount", "is required")), refused.problems());
    }

    @Test
    void aBudgetNeedsAnActivity() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> draft(pools(pounds("0.00")), BigDecimal.ZERO, List.of()).enforceInputRules());
        assertEquals("activities", refused.field());
    }

    @Test
    void aPoolOrLineInAnotherCurrencyIsNamedNotAServerError() {
        Money euros = Money.of(new BigDecimal("500.00"), java.util.Currency.getInstance("EUR"));
        Map<OverheadPool, Money> pools = pools(pounds("12000.00"));
        pools.put(OverheadPool.FUNDRAISING, euros);
        FcrDraft poolInEuros = draft(pools, new BigDecimal("2"), List.of(
                activity("Link service", "2", List.of(other(pounds("1800.00"))))));
        RuleViolation refused = assertThrows(RuleViolation.class, poolInEuros::requireOneCurrency);
        assertEquals(Reason.MIXED_CURRENCY, refused.reason());
        assertEquals("fundraising", refused.field());

        FcrDraft lineInEuros = draft(pools(pounds("12000.00")), new BigDecimal("2"), List.of(
                activity("Link service", "2", List.of(staff("1.0", pounds("28000.00")), other(euros)))));
        assertEquals("activities[0].lines[1].amount",
                assertThrows(RuleViolation.class, lineInEuros::requireOneCurrency).field());
        assertDoesNotThrow(draft(pools(pounds("1.00")), BigDecimal.ONE, List.of(
                activity("Link service", "1", List.of(staff("1.0", pounds("28000.00")))))) ::requireOneCurrency);
    }

    private static Map<OverheadPool, Money> pools(Money each) {
        Map<OverheadPool, Money> pools = new EnumMap<>(OverheadPool.class);
        for (OverheadPool pool : OverheadPool.values()) {
            pools.put(pool, each);
        }
        return pools;
    }

    private static FcrDraft draft(Map<OverheadPool, Money> pools, BigDecimal headcount, List<ActivityDraft> activities) {
        return new FcrDraft(Money.GBP, pools, headcount, new BigDecimal("1.0"), activities);
    }

    private static ActivityDraft activity(String name, String headcount, List<CostLineDraft> lines) {
        return new ActivityDraft(name, null, new BigDecimal(headcount), new BigDecimal("1.0"), null, lines);
    }

    private static CostLineDraft staff(String fte, Money salary) {
        return new CostLineDraft(CostCategory.STAFF, "Link worker", new BigDecimal(fte), salary, new BigDecimal("20"), null);
    }

    private static CostLineDraft other(Money amount) {
        return new CostLineDraft(CostCategory.TRAVEL, "Travel", null, null, null, amount);
    }
}
