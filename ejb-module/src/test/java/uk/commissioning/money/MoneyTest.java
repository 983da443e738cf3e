package uk.commissioning.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static Money gbp(String amount) {
        return Money.pounds(amount);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static List<BigDecimal> weights(String... weights) {
        return Arrays.stream(weights).map(BigDecimal::new).toList();
    }

    private static List<Money> pounds(String... amounts) {
        return Arrays.stream(amounts).map(Money::pounds).toList();
    }

    private static Money sum(List<Money> parts, Currency currency) {
        return parts.stream().reduce(Money.zero(currency), Money::plus);
    }

    @Nested
    class Scale {

        @Test
        void holdsPoundsToExactlyTwoDecimalPlaces() {
            assertEquals(new BigDecimal("20000.00"), gbp("20000").amount());
            assertEquals(2, gbp("20000").amount().scale());
            assertEquals(new BigDecimal("0.10"), gbp("0.1").amount());
        }

        @Test
        void dropsOnlyTrailingZerosBeyondThePenny() {
            assertEquals(new BigDecimal("0.01"), gbp("0.010").amount());
            assertEquals(new BigDecimal("12.30"), gbp("12.300000").amount());
        }

        @Test
        void refusesAFractionOfAPenny() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gbp("0.001"));
            assertTrue(e.getMessage().contains("0.001"), e.getMessage());
            assertTrue(e.getMessage().contains("2 decimal places"), e.getMessage());
        }

        @Test
        void refusesAFractionOfAPennyEvenOnALargeAmount() {
            assertThrows(IllegalArgumentException.class, () -> gbp("20000.005"));
        }

        @Test
        void followsTheCurrencysOwnMinorUnit() {
            assertEquals(new BigDecimal("1000"), Money.of("1000", "JPY").amount());
            assertThrows(IllegalArgumentException.class, () -> Money.of("1000.5", "JPY"));
            assertEquals(new BigDecimal("1.234"), Money.of("1.234", "BHD").amount());
            assertThrows(IllegalArgumentException.class, () -> Money.of("1.2345", "BHD"));
        }

        @Test
        void zeroIsHeldAtTheCurrencyScale() {
            Money zero = Money.zero(Money.GBP);
            assertEquals(new BigDecimal("0.00"), zero.amount());
            assertTrue(zero.isZero());
            assertFalse(zero.isNegative());
            assertFalse(zero.isPositive());
        }

        @Test
        void refusesMissingAmountOrCurrency() {
            assertThrows(NullPointerException.class, () -> Money.of((BigDecimal) null, Money.GBP));
            assertThrows(NullPointerException.class, () -> Money.of(BigDecimal.ONE, null));
        }
    }

    @Nested
    class Currencies {

        @Test
        void namesAnUnknownCurrencyCodeInTheMessage() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of("1.00", "ZZZ"));
            assertEquals("unknown ISO 4217 currency code 'ZZZ'", e.getMessage());
        }

        @Test
        void currencyCodesAreCaseSensitiveIsoCodes() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.currency("gbp"));
            assertEquals("unknown ISO 4217 currency code 'gbp'", e.getMessage());
        }

        @Test
        void resolvesAKnownCode() {
            assertEquals(Money.GBP, Money.currency("GBP"));
            assertEquals("EUR", eur("1").currencyCode());
            assertEquals(Currency.getInstance("EUR"), eur("1").currency());
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void addsAndSubtractsToThePenny() {
            assertEquals(gbp("0.30"), gbp("0.10").plus(gbp("0.20")));
            assertEquals(gbp("-0.10"), gbp("0.10").minus(gbp("0.20")));
            assertEquals(gbp("130000.00"), gbp("200000").minus(gbp("50000")).minus(gbp("20000")));
        }

        @Test
        void negatesAndReportsSign() {
            assertEquals(gbp("-5.00"), gbp("5").negate());
            assertTrue(gbp("-0.01").isNegative());
            assertTrue(gbp("0.01").isPositive());
            assertFalse(gbp("0.01").isNegative());
        }

        @Test
        void plusRefusesToMixCurrencies() {
            MixedCurrencyException e = assertThrows(MixedCurrencyException.class, () -> gbp("1").plus(eur("1")));
            assertEquals("cannot combine GBP with EUR", e.getMessage());
        }

        @Test
        void minusRefusesToMixCurrencies() {
            MixedCurrencyException e = assertThrows(MixedCurrencyException.class, () -> eur("1").minus(gbp("1")));
            assertEquals("cannot combine EUR with GBP", e.getMessage());
        }

        @Test
        void mixedCurrencyIsAlsoAnIllegalArgument() {
            assertThrows(IllegalArgumentException.class, () -> gbp("1").plus(eur("1")));
        }

        @Test
        void comparisonRefusesToMixCurrencies() {
            assertThrows(MixedCurrencyException.class, () -> gbp("1").compareTo(eur("1")));
            assertThrows(MixedCurrencyException.class, () -> gbp("2").isGreaterThan(eur("1")));
        }

        @Test
        void comparesByAmountWithinACurrency() {
            assertTrue(gbp("10.01").isGreaterThan(gbp("10.00")));
            assertFalse(gbp("10.00").isGreaterThan(gbp("10")));
            assertEquals(0, gbp("10").compareTo(gbp("10.00")));
            assertTrue(gbp("-1").compareTo(gbp("0")) < 0);
        }

        @Test
        void knowsWhetherTwoAmountsShareACurrency() {
            assertTrue(gbp("1").isSameCurrencyAs(gbp("2")));
            assertFalse(gbp("1").isSameCurrencyAs(eur("1")));
        }
    }

    @Nested
    class Equality {

        @Test
        void equalsRegardlessOfHowTheAmountWasWritten() {
            Money written = Money.of(new BigDecimal("20000.00"), Money.GBP);
            assertEquals(gbp("20000"), written);
            assertEquals(gbp("20000").hashCode(), written.hashCode());
            assertEquals(Money.of("20000.00", "GBP"), gbp("20000"));
        }

        @Test
        void differsByAPenny() {
            assertNotEquals(gbp("20000.01"), gbp("20000.00"));
        }

        @Test
        void differsByCurrency() {
            assertNotEquals(eur("20000"), gbp("20000"));
        }

        @Test
        void isNotEqualToABareNumber() {
            assertFalse(gbp("1").equals(new BigDecimal("1.00")));
        }
    }

    @Nested
    class Formatting {

        @Test
        void toStringIsCodeAndPlainAmount() {
            assertEquals("GBP 20000.00", gbp("20000").toString());
            assertEquals("GBP -5.00", gbp("-5").toString());
            assertEquals("GBP 10000000.00", gbp("1E+7").toString());
        }

        @Test
        void displaysPoundsWithSymbolAndThousandsSeparators() {
            assertEquals("£20,000.00", gbp("20000").display());
            assertEquals("£1,234,567.89", gbp("1234567.89").display());
            assertEquals("£0.00", Money.zero(Money.GBP).display());
        }

        @Test
        void displaysNegativeAmountsWithTheSignBeforeTheSymbol() {
            assertEquals("-£5.00", gbp("-5").display());
            assertEquals("-£20,000.01", gbp("-20000.01").display());
        }

        @Test
        void displaysOtherCurrenciesWithTheirCode() {
            assertEquals("EUR 1,000.00", eur("1000").display());
            assertEquals("-EUR 0.50", eur("-0.5").display());
            assertEquals("JPY 1,000", Money.of("1000", "JPY").display());
        }

        @Test
        void displayDoesNotDependOnTheServersDefaultLocale() {
            Locale before = Locale.getDefault();
            Locale beforeFormat = Locale.getDefault(Locale.Category.FORMAT);
            Locale beforeDisplay = Locale.getDefault(Locale.Category.DISPLAY);
            try {
                Locale.setDefault(Locale.GERMANY);
                assertEquals("£20,000.00", gbp("20000").display());
            } finally {
                Locale.setDefault(before);
                Locale.setDefault(Locale.Category.FORMAT, beforeFormat);
                Locale.setDefault(Locale.Category.DISPLAY, beforeDisplay);
            }
        }
    }

    @Nested
    class Allocation {

        @Test
        void splitsAHundredPoundsThreeWaysWithTheOddPennyToTheFirst() {
            List<Money> parts = gbp("100.00").allocate(weights("1", "1", "1"));
            assertEquals(pounds("33.34", "33.33", "33.33"), parts);
            assertEquals(gbp("100.00"), sum(parts, Money.GBP));
        }

        @Test
        void splitsANegativeAmountSymmetrically() {
            List<Money> parts = gbp("-100.00").allocate(weights("1", "1", "1"));
            assertEquals(pounds("-33.34", "-33.33", "-33.33"), parts);
            assertEquals(gbp("-100.00"), sum(parts, Money.GBP));
        }

        @Test
        void givesTheOddPennyOfAnEvenSplitToTheEarliestPart() {
            assertEquals(pounds("0.01", "0.00"), gbp("0.01").allocate(weights("50", "50")));
            assertEquals(pounds("5000.01", "5000.00"), gbp("10000.01").allocate(weights("50", "50")));
            assertEquals(pounds("-5000.01", "-5000.00"), gbp("-10000.01").allocate(weights("50", "50")));
        }

        @Test
        void givesLeftoverPenniesToTheLargestRemaindersNotTheEarliest() {
            // exact shares 0.011, 0.033, 0.056 → floors 0.01, 0.03, 0.05; the penny goes to the .006 remainder
            List<Money> parts = gbp("0.10").allocate(weights("1", "3", "5"));
            assertEquals(pounds("0.01", "0.03", "0.06"), parts);
        }

        @Test
        void splitsExactlyWhenTheWeightsDivideEvenly() {
            assertEquals(pounds("75.00", "25.00"), gbp("100").allocate(weights("3", "1")));
            assertEquals(pounds("120000.00", "60000.00"), gbp("180000").allocate(weights("2", "1")));
        }

        @Test
        void partsWithZeroWeightGetNothing() {
            assertEquals(pounds("0.00", "100.00", "0.00"), gbp("100").allocate(weights("0", "7", "0")));
        }

        @Test
        void weightsNeedNotBeWholeOrSumToAHundred() {
            List<Money> parts = gbp("1000.00").allocate(weights("66.6666666667", "33.3333333333"));
            assertEquals(pounds("666.67", "333.33"), parts);
        }

        @Test
        void partsAlwaysSumExactlyToTheWhole() {
            String[] amounts = {"0.00", "0.01", "0.02", "0.07", "1.00", "99.99", "100.00", "10000.01", "-333.33", "-0.05",
                    "1234567.89"};
            List<List<BigDecimal>> weightSets = List.of(
                    weights("1"), weights("1", "1"), weights("1", "1", "1"), weights("1", "2", "3", "4", "5", "6", "7"),
                    weights("33.3", "33.3", "33.4"), weights("0.1", "0.2"), weights("50", "50"), weights("7", "0", "13"));
            for (String amount : amounts) {
                for (List<BigDecimal> w : weightSets) {
                    List<Money> parts = gbp(amount).allocate(w);
                    assertEquals(w.size(), parts.size(), amount + " by " + w);
                    assertEquals(gbp(amount), sum(parts, Money.GBP), amount + " by " + w);
                }
            }
        }

        @Test
        void noPartDiffersFromItsExactShareByAPennyOrMore() {
            Money whole = gbp("1234.57");
            List<BigDecimal> w = weights("1", "2", "3", "4", "5", "6", "7");
            List<Money> parts = whole.allocate(w);
            for (int i = 0; i < parts.size(); i++) {
                BigDecimal exact = whole.amount().multiply(w.get(i)).divide(new BigDecimal("28"), 20,
                        java.math.RoundingMode.HALF_EVEN);
                BigDecimal difference = parts.get(i).amount().subtract(exact).abs();
                assertTrue(difference.compareTo(new BigDecimal("0.01")) < 0, "part " + i + " = " + parts.get(i));
            }
        }

        @Test
        void keepsTheCurrency() {
            List<Money> parts = eur("10.00").allocate(weights("1", "2"));
            assertEquals(List.of(eur("3.33"), eur("6.67")), parts);
        }

        @Test
        void splitsInWholeYenForACurrencyWithoutMinorUnits() {
            assertEquals(List.of(Money.of("34", "JPY"), Money.of("33", "JPY"), Money.of("33", "JPY")),
                    Money.of("100", "JPY").allocate(weights("1", "1", "1")));
        }

        @Test
        void aSinglePartTakesTheWhole() {
            assertEquals(pounds("1234.57"), gbp("1234.57").allocate(weights("0.3")));
            assertEquals(pounds("-0.01"), gbp("-0.01").allocate(weights("7")));
        }

        @Test
        void equalRemaindersGiveTheirPenniesToTheEarlierParts() {
            assertEquals(pounds("0.01", "0.01", "0.00"), gbp("0.02").allocate(weights("1", "1", "1")));
            // 5p by 1:2:1:2 → 5/6, 10/6, 5/6, 10/6 pence: floors 0, 1, 0, 1, remainders 5/6, 4/6, 5/6, 4/6; of the three
            // pence left, two go to the 5/6s and the third to the earlier 4/6
            assertEquals(pounds("0.01", "0.02", "0.01", "0.01"), gbp("0.05").allocate(weights("1", "2", "1", "2")));
        }

        @Test
        void comparesRemaindersExactlyHoweverFineTheWeights() {
            // the second weight is larger by 1e-20: its remainder is the larger, so the penny is its, not the earlier part's
            assertEquals(pounds("0.00", "0.01"), gbp("0.01").allocate(weights("1", "1.00000000000000000001")));
        }

        @Test
        void neverGivesANegativePartForNonNegativeWeights() {
            List<List<BigDecimal>> weightSets = List.of(weights("0", "1"), weights("1", "0", "0", "0", "0"),
                    weights("0.0001", "9999"), weights("1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1"));
            for (String amount : new String[] {"0.00", "0.01", "0.03", "5.00", "99999.99"}) {
                for (List<BigDecimal> w : weightSets) {
                    List<Money> parts = gbp(amount).allocate(w);
                    assertTrue(parts.stream().noneMatch(Money::isNegative), amount + " by " + w + ": " + parts);
                    assertEquals(gbp(amount), sum(parts, Money.GBP), amount + " by " + w);
                }
            }
        }

        @Test
        void splitsAQuantityThatIsNotMoneyAtItsOwnScale() {
            assertEquals(List.of(new BigDecimal("0.34"), new BigDecimal("0.33"), new BigDecimal("0.33")),
                    Money.allocate(new BigDecimal("1.00"), weights("1", "1", "1")));
            assertEquals(List.of(new BigDecimal("4"), new BigDecimal("3"), new BigDecimal("3")),
                    Money.allocate(new BigDecimal("10"), weights("1", "1", "1")), "whole numbers stay whole");
            assertEquals(List.of(new BigDecimal("0.000"), new BigDecimal("2.500")),
                    Money.allocate(new BigDecimal("2.500"), weights("0", "4")));
        }

        @Test
        void refusesAllZeroWeights() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> gbp("100").allocate(weights("0", "0")));
            assertEquals("weights must not all be zero: [0, 0]", e.getMessage());
        }

        @Test
        void refusesNegativeWeights() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> gbp("100").allocate(weights("150", "-50")));
            assertEquals("weights must not be negative: [150, -50]", e.getMessage());
        }

        @Test
        void refusesNoWeights() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gbp("100").allocate(List.of()));
            assertEquals("no weights to split by", e.getMessage());
        }
    }

    @Test
    void timesRoundsHalfUpToThePenny() {
        assertEquals(Money.pounds("41.67"), Money.pounds("125.00").times(new java.math.BigDecimal("0.33333")));
        assertEquals(Money.pounds("0.01"), Money.pounds("0.01").times(new java.math.BigDecimal("0.5")));
        assertEquals(Money.pounds("-7.50"), Money.pounds("-15.00").times(new java.math.BigDecimal("0.5")));
    }
}
