package uk.commissioning.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount of money in one currency, held to the currency's minor unit (pence for GBP).
 * Arithmetic refuses to mix currencies, because a pooled fund's figures must never silently add
 * pounds to euros.
 */
public final class Money implements Comparable<Money>, Serializable {

    public static final Currency GBP = Currency.getInstance("GBP");

    /**
     * The application's one currency setting: what anything new is priced in when it names none (a fund, an FCR
     * budget, a directory service, a link-worker post) and what the demand reports count in. The commissioners are UK
     * public bodies. Whatever already has a currency (a fund, a contract, a stored budget or service) prices in its own.
     */
    public static final Currency DEFAULT_CURRENCY = GBP;

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.currency = Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        int scale = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException(
                    "%s has more than %d decimal places for %s".formatted(amount.toPlainString(), scale, currency));
        }
        this.amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** An amount that must already be exact to the minor unit: {@code 20000.00} is fine, {@code 0.001} is refused. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), currency(currencyCode));
    }

    public static Money pounds(String amount) {
        return new Money(new BigDecimal(amount), GBP);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** ISO 4217 code to currency; an unknown code is an {@link IllegalArgumentException} naming it. */
    public static Currency currency(String code) {
        try {
            return Currency.getInstance(Objects.requireNonNull(code, "currency"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO 4217 currency code '" + code + "'");
        }
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isSameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    /**
     * This amount times a factor, rounded half-up to the minor unit: for pro-rata figures such as a contract's income
     * in one financial year. Where parts must add up to a whole, use {@link #allocate} instead.
     */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP), currency);
    }

    /**
     * Splits this amount by the given weights so that the parts add up exactly to the whole, each within a penny of
     * its exact share: a pooled fund's per-partner figures must sum to the fund's figure to the penny. The rule is
     * {@link #allocate(BigDecimal, List)}'s; a negative amount is split as its size, every part then negated.
     */
    public List<Money> allocate(List<BigDecimal> weights) {
        return allocate(amount, weights).stream().map(part -> new Money(part, currency)).toList();
    }

    /**
     * The one largest-remainder split, for money ({@link #allocate(List)}) and for quantities that are not money
     * (people to the hundredth): {@code whole} is cut into parts at its own scale, in proportion to the weights, that
     * add up to it exactly. Each part is first its exact share rounded down to the scale; the units left over (fewer
     * than there are parts) go one each to the parts whose exact shares lost the most, and where two lost the same,
     * to the earlier part, so the same figures always split the same way. Remainders are compared exactly, whatever
     * the weights' scale. Parts for non-negative weights are never negative, and a part of weight zero is zero.
     *
     * @throws IllegalArgumentException for no weights, a negative weight or weights that are all zero
     */
    public static List<BigDecimal> allocate(BigDecimal whole, List<BigDecimal> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("no weights to split by");
        }
        int weightScale = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal weight : weights) {
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("weights must not be negative: " + weights);
            }
            weightScale = Math.max(weightScale, weight.scale());
            total = total.add(weight);
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("weights must not all be zero: " + weights);
        }
        // Whole units of the scale split by the weights as whole numbers at one scale: integer arithmetic is exact, and
        // BigDecimal's division would cost matching (thousands of splits a report) twice as much.
        int scale = Math.max(whole.scale(), 0);
        BigInteger units = whole.abs().setScale(scale).unscaledValue();
        BigInteger sum = total.setScale(weightScale).unscaledValue();
        int n = weights.size();
        BigInteger[] parts = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger left = units;
        for (int i = 0; i < n; i++) {
            BigInteger[] shareAndRemainder = units.multiply(weights.get(i).setScale(weightScale).unscaledValue())
                    .divideAndRemainder(sum);
            parts[i] = shareAndRemainder[0];
            remainders[i] = shareAndRemainder[1];
            left = left.subtract(shareAndRemainder[0]);
        }
        if (left.signum() > 0) {
            Integer[] byRemainder = new Integer[n];
            Arrays.setAll(byRemainder, i -> i);
            Arrays.sort(byRemainder, (a, b) -> {
                int larger = remainders[b].compareTo(remainders[a]);
                return larger != 0 ? larger : Integer.compare(a, b);
            });
            for (int i = 0, spare = left.intValueExact(); i < spare; i++) {
                parts[byRemainder[i]] = parts[byRemainder[i]].add(BigInteger.ONE);
            }
        }
        List<BigDecimal> result = new ArrayList<>(n);
        for (BigInteger part : parts) {
            result.add(new BigDecimal(whole.signum() < 0 ? part.negate() : part, scale));
        }
        return result;
    }

    private void requireSameCurrency(Money other) {
        if (!isSameCurrencyAs(other)) {
            throw new MixedCurrencyException(this.currency, other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.equals(m.amount) && currency.equals(m.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    /** {@code GBP 20000.00}: unambiguous for logs; screens format with {@link #display()}. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    /** {@code £20,000.00} for GBP, {@code EUR 1,000.00} for others; negative amounts as {@code -£5.00}. */
    public String display() {
        String digits = String.format(java.util.Locale.UK, "%,." + currency.getDefaultFractionDigits() + "f", amount.abs());
        String symbol = GBP.equals(currency) ? "£" : currency.getCurrencyCode() + " ";
        return (isNegative() ? "-" : "") + symbol + digits;
    }
}
