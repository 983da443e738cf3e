package uk.commissioning.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import uk.commissioning.money.Money;

/**
 * A draft's input rules, checked in the domain for the API and the screens alike: each check notes the field at fault
 * (one problem a field), and {@link #enforce()} refuses the draft with all of them at once as
 * {@link Reason#INVALID_INPUT}. A check on a value that is missing passes; {@link #required} is the check for that.
 */
public final class InputRules {

    private final List<RuleViolation.FieldProblem> problems = new ArrayList<>();

    public InputRules required(String field, Object value) {
        return unless(value != null && !(value instanceof String text && text.isBlank()), field, "is required");
    }

    public InputRules notNegative(String field, BigDecimal value) {
        return unless(value == null || value.signum() >= 0, field, "must not be negative");
    }

    public InputRules notNegative(String field, Money value) {
        return notNegative(field, value == null ? null : value.amount());
    }

    /** A figure that must be given and not be negative: a headcount, a salary, a pool's amount. */
    public InputRules requiredNotNegative(String field, BigDecimal value) {
        return required(field, value).notNegative(field, value);
    }

    public InputRules requiredNotNegative(String field, Money value) {
        return required(field, value).notNegative(field, value);
    }

    public InputRules positive(String field, Money value) {
        return unless(value == null || value.isPositive(), field, "must be more than zero");
    }

    /** A rule of the draft's own: {@code message} for {@code field} unless {@code holds}. */
    public InputRules unless(boolean holds, String field, String message) {
        if (!holds && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new RuleViolation.FieldProblem(field, message));
        }
        return this;
    }

    /** Whether an earlier check already found {@code field} at fault (a later rule about it would only repeat that). */
    public boolean refused(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void enforce() {
        if (!problems.isEmpty()) {
            throw new RuleViolation(Reason.INVALID_INPUT, problems);
        }
    }

    /**
     * A value object read from what a person typed (a financial year, a quarter); {@code null} stays null. Text it
     * refuses is {@link Reason#INVALID_INPUT} for the field, with the value object's own words.
     */
    public static <T> T parse(String text, Function<String, T> parser, String field) {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(Reason.INVALID_INPUT, field, e.getMessage());
        }
    }

    /**
     * An amount a person typed, in the currency of what it prices; {@code null} (nothing typed) stays null. One finer
     * than the currency's minor unit (12.345 for GBP) is {@link Reason#INVALID_AMOUNT} for the field, so a screen
     * shows it typed and on the field, as the API's parser does.
     */
    public static Money amount(BigDecimal amount, Currency currency, String field) {
        if (amount == null) {
            return null;
        }
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(Reason.INVALID_AMOUNT, field, e.getMessage());
        }
    }
}
