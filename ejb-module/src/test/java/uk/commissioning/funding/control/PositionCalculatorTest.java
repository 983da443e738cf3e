package uk.commissioning.funding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.commissioning.funding.control.FundPosition.Figures;
import uk.commissioning.funding.control.FundPosition.PartnerFigures;
import uk.commissioning.funding.control.PositionCalculator.Partner;
import uk.commissioning.funding.entity.RiskShareType;
import uk.commissioning.ledger.control.AccountBalance;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.money.Money;

class PositionCalculatorTest {

    private static final Currency GBP = Money.GBP;
    private static final LocalDate AS_OF = LocalDate.of(2020, 3, 31);

    // ---- builders -------------------------------------------------------------------------------------------

    private static Money gbp(String amount) {
        return Money.pounds(amount);
    }

    /** A balance that is not partner-specific. */
    private static AccountBalance balance(Account account, String amount) {
        return new AccountBalance(account, null, new BigDecimal(amount));
    }

    /** Money put in by a partner: a credit (negative) on FUNDING carrying the partner. */
    private static AccountBalance contribution(long partnerId, String amount) {
        return new AccountBalance(Account.FUNDING, partnerId, new BigDecimal(amount).negate());
    }

    private static Partner fixed(long id, String pct) {
        return new Partner(id, "GB-CHC-10000" + id, "Fixed partner " + id, RiskShareType.FIXED, new BigDecimal(pct));
    }

    private static Partner variable(long id) {
        return new Partner(id, "GB-COH-0000000" + id, "Variable partner " + id, RiskShareType.VARIABLE, null);
    }

    private static FundPosition compute(boolean pooled, List<Partner> partners, AccountBalance... balances) {
        return PositionCalculator.compute(7L, "SP-2019-01", AS_OF, GBP, pooled, partners, List.of(balances));
    }

    private static Figures figures(String budget, String allocated, String committed, String claimed, String approved,
                                   String paid, String accrued, String remaining, String forecastOutturn) {
        return new Figures(gbp(budget), gbp(allocated), gbp(committed), gbp(claimed), gbp(approved), gbp(paid),
                gbp(accrued), gbp(remaining), gbp(forecastOutturn), gbp(paid), gbp("0.00"));
    }

    private static Map<Account, Money> balances(Object... accountAmountPairs) {
        Map<Account, Money> map = new EnumMap<>(Account.class);
        for (int i = 0; i < accountAmountPairs.length; i += 2) {
            map.put((Account) accountAmountPairs[i], gbp((String) accountAmountPairs[i + 1]));
        }
        return map;
    }

    private static PartnerFigures partner(FundPosition position, long id) {
        return position.partners().stream().filter(p -> p.organisationId() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no partner " + id + " in " + position.partners()));
    }

    private static List<Money> column(FundPosition position, Function<Figures, Money> figure) {
        return position.partners().stream().map(p -> figure.apply(p.figures())).toList();
    }

    private static List<Money> pounds(String... amounts) {
        return Arrays.stream(amounts).map(Money::pounds).toList();
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }

    private static final Map<String, Function<Figures, Money>> EVERY_FIGURE = new LinkedHashMap<>();

    static {
        EVERY_FIGURE.put("budget", Figures::budget);
        EVERY_FIGURE.put("allocated", Figures::allocated);
        EVERY_FIGURE.put("committed", Figures::committed);
        EVERY_FIGURE.put("claimed", Figures::claimed);
        EVERY_FIGURE.put("approved", Figures::approved);
        EVERY_FIGURE.put("paid", Figures::paid);
        EVERY_FIGURE.put("accrued", Figures::accrued);
        EVERY_FIGURE.put("remaining", Figures::remaining);
        EVERY_FIGURE.put("forecastOutturn", Figures::forecastOutturn);
    }

    private static void assertPartnersSumToTheFund(FundPosition position) {
        EVERY_FIGURE.forEach((name, figure) -> {
            Money sum = column(position, figure).stream().reduce(Money.zero(GBP), Money::plus);
            assertEquals(figure.apply(position.total()), sum, name + " split " + column(position, figure));
        });
        BigDecimal pctSum = position.partners().stream().map(PartnerFigures::sharePct)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(pctSum.subtract(new BigDecimal("100")).abs().compareTo(new BigDecimal("0.05")) <= 0,
                "shares add to " + pctSum);
    }

    // ---- fund totals ----------------------------------------------------------------------------------------

    @Nested
    class Totals {

        @Test
        void glaDD2419BudgetIsWhatIsLeftAvailablePlusWhatIsAllocated() {
            FundPosition position = compute(false, List.of(variable(1)),
                    contribution(1, "200000.00"),
                    balance(Account.AVAILABLE, "200000.00"),
                    balance(Account.AVAILABLE, "-50000.00"),
                    balance(Account.AVAILABLE, "-20000.00"),
                    balance(Account.ALLOCATED, "50000.00"));

            Figures total = position.total();
            assertEquals(gbp("180000.00"), total.budget());
            assertEquals(gbp("50000.00"), total.allocated());
            assertEquals(gbp("130000.00"), total.remaining());
            assertEquals(gbp("0.00"), total.forecastOutturn(), "an earmark is not spend");
            assertEquals(figures("180000", "50000", "0", "0", "0", "0", "0", "130000", "0"), total);
        }

        @Test
        void glaDD2419SinglePartnerCarriesTheWholeFund() {
            FundPosition position = compute(false, List.of(variable(1)),
                    contribution(1, "200000.00"),
                    balance(Account.AVAILABLE, "200000.00"),
                    balance(Account.AVAILABLE, "-50000.00"),
                    balance(Account.AVAILABLE, "-20000.00"),
                    balance(Account.ALLOCATED, "50000.00"));

            assertEquals(1, position.partners().size());
            PartnerFigures gla = partner(position, 1);
            assertEquals(pct("100.00"), gla.sharePct());
            assertEquals(gbp("200000.00"), gla.contributed());
            assertEquals(position.total(), gla.figures());
        }

        @Test
        void carriesFundIdentityAndDate() {
            FundPosition position = compute(false, List.of(), balance(Account.AVAILABLE, "1.00"));
            assertEquals(7L, position.fundId());
            assertEquals("SP-2019-01", position.fundCode());
            assertEquals(AS_OF, position.asOf());
        }

        @Test
        void lifecycleFiguresAreCumulative() {
            Figures f = PositionCalculator.figures(balances(
                    Account.COMMITTED, "100", Account.CLAIMED, "30", Account.APPROVED, "20", Account.PAID, "10"), GBP);

            assertEquals(gbp("10.00"), f.paid());
            assertEquals(gbp("30.00"), f.approved());
            assertEquals(gbp("60.00"), f.claimed());
            assertEquals(gbp("160.00"), f.committed());
            assertEquals(gbp("160.00"), f.allocated());
            assertEquals(gbp("0.00"), f.remaining());
            assertEquals(gbp("160.00"), f.budget());
            assertEquals(gbp("160.00"), f.forecastOutturn());
        }

        @Test
        void scheduledSitsBetweenApprovedAndPaidAndReceivableStaysInTheCommitment() {
            // £1,000 approved: £600 in a payment file, of which £400 confirmed paid, and £50 of an earlier payment
            // reclaimed as an overpayment.
            Figures f = PositionCalculator.figures(balances(Account.APPROVED, "400", Account.SCHEDULED, "200",
                    Account.PAID, "350", Account.RECEIVABLE, "50"), GBP);

            assertEquals(gbp("350.00"), f.paid());
            assertEquals(gbp("550.00"), f.scheduled(), "scheduled includes what was since paid");
            assertEquals(gbp("950.00"), f.approved(), "approved includes scheduled and paid");
            assertEquals(gbp("50.00"), f.receivable());
            assertEquals(gbp("1000.00"), f.committed(), "what is owed back returns to the commitment when recovered");
            assertEquals(gbp("1000.00"), f.budget());
        }

        @Test
        void forecastOutturnIsPaidPlusApprovedPlusClaimedPlusOutstandingCommitments() {
            // £90,000 contracts: £20,000 paid, £15,000 approved awaiting payment, £5,000 claimed awaiting decision,
            // £50,000 committed not yet claimed; £10,000 earmarked but not contracted does not count.
            Figures f = PositionCalculator.figures(balances(Account.AVAILABLE, "25000", Account.ALLOCATED, "10000",
                    Account.COMMITTED, "50000", Account.CLAIMED, "5000", Account.APPROVED, "15000", Account.PAID, "20000"), GBP);

            assertEquals(gbp("90000.00"), f.forecastOutturn());
            assertEquals(gbp("40000.00"), f.claimed(), "claimed includes what was since approved and paid");
            assertEquals(gbp("35000.00"), f.approved());
            assertEquals(gbp("125000.00"), f.budget());
        }

        @Test
        void allocatedIncludesMoneyAllocatedButNotYetCommitted() {
            Figures f = PositionCalculator.figures(balances(Account.ALLOCATED, "40", Account.COMMITTED, "100",
                    Account.CLAIMED, "30", Account.APPROVED, "20", Account.PAID, "10"), GBP);

            assertEquals(gbp("200.00"), f.allocated());
            assertEquals(gbp("160.00"), f.committed());
            assertEquals(gbp("200.00"), f.budget());
            assertEquals(gbp("160.00"), f.forecastOutturn(), "the 40 allocated but not committed is not forecast");
        }

        @Test
        void budgetIsRemainingPlusAllocatedAndRemainingIsTheAvailableBalance() {
            Figures f = PositionCalculator.figures(balances(Account.AVAILABLE, "50", Account.ALLOCATED, "40",
                    Account.COMMITTED, "100", Account.CLAIMED, "30", Account.APPROVED, "20", Account.PAID, "10"), GBP);

            assertEquals(figures("250", "200", "160", "60", "30", "10", "0", "50", "160"), f);
            assertEquals(f.budget().minus(f.allocated()), f.remaining());
        }

        @Test
        void accrualsAreAMemoOutsideTheBudget() {
            Figures f = PositionCalculator.figures(balances(Account.AVAILABLE, "100", Account.APPROVED, "25",
                    Account.ACCRUED, "25", Account.ACCRUAL_OFFSET, "-25"), GBP);

            assertEquals(gbp("25.00"), f.accrued());
            assertEquals(gbp("125.00"), f.budget());
            assertEquals(gbp("25.00"), f.allocated());
            assertEquals(gbp("100.00"), f.remaining());
        }

        @Test
        void contributionsThemselvesDoNotCountTowardsTheBudget() {
            Figures f = PositionCalculator.figures(balances(Account.FUNDING, "-500", Account.AVAILABLE, "500"), GBP);
            assertEquals(gbp("500.00"), f.budget());
        }

        @Test
        void anEmptyLedgerIsAllZeroInTheFundsCurrency() {
            Currency eur = Money.currency("EUR");
            Figures f = PositionCalculator.figures(Map.of(), eur);
            Money zero = Money.zero(eur);
            assertEquals(new Figures(zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, zero), f);
        }

        @Test
        void mergesSeveralBalancesOnTheSameAccount() {
            FundPosition position = compute(false, List.of(),
                    balance(Account.COMMITTED, "100.10"), balance(Account.COMMITTED, "-0.10"),
                    balance(Account.PAID, "0.01"), balance(Account.PAID, "0.02"));
            assertEquals(gbp("100.03"), position.total().committed());
            assertEquals(gbp("0.03"), position.total().paid());
        }
    }

    // ---- splitting between partners ------------------------------------------------------------------------

    @Nested
    class Partners {

        private FundPosition pooledFixedFiftyFifty() {
            return compute(true, List.of(fixed(1, "50"), fixed(2, "50")),
                    contribution(1, "150000.00"),
                    contribution(2, "150000.00"),
                    balance(Account.AVAILABLE, "300000.00"),
                    balance(Account.AVAILABLE, "-10000.01"),
                    balance(Account.ALLOCATED, "10000.01"));
        }

        @Test
        void splitsPooledAllocationToThePennyByRiskShare() {
            FundPosition position = pooledFixedFiftyFifty();

            assertEquals(gbp("10000.01"), position.total().allocated());
            assertEquals(pounds("5000.01", "5000.00"), column(position, Figures::allocated));
            assertEquals(gbp("5000.01"), partner(position, 1).figures().allocated());
            assertEquals(gbp("5000.00"), partner(position, 2).figures().allocated());
            assertEquals(gbp("10000.01"),
                    partner(position, 1).figures().allocated().plus(partner(position, 2).figures().allocated()));
        }

        @Test
        void reportsWhatEachPooledPartnerContributed() {
            FundPosition position = pooledFixedFiftyFifty();

            assertEquals(gbp("150000.00"), partner(position, 1).contributed());
            assertEquals(gbp("150000.00"), partner(position, 2).contributed());
            assertEquals(pct("50.00"), partner(position, 1).sharePct());
            assertEquals(pct("50.00"), partner(position, 2).sharePct());
            assertEquals(pounds("150000.00", "150000.00"), column(position, Figures::budget));
        }

        @Test
        void everyPooledFigureSplitsExactly() {
            assertPartnersSumToTheFund(pooledFixedFiftyFifty());
        }

        @Test
        void eachPartnersRemainingIsItsBudgetLessItsAllocation() {
            FundPosition position = pooledFixedFiftyFifty();
            for (PartnerFigures p : position.partners()) {
                Figures f = p.figures();
                assertEquals(f.budget().minus(f.allocated()), f.remaining(), "partner " + p.organisationId());
            }
        }

        @Test
        void sharesPooledVariableRiskByContribution() {
            FundPosition position = compute(true, List.of(variable(1), variable(2)),
                    contribution(1, "120000.00"),
                    contribution(2, "60000.00"),
                    balance(Account.AVAILABLE, "180000.00"),
                    balance(Account.AVAILABLE, "-100.00"),
                    balance(Account.ALLOCATED, "100.00"));

            assertEquals(pct("66.67"), partner(position, 1).sharePct());
            assertEquals(pct("33.33"), partner(position, 2).sharePct());
            assertEquals(pounds("120000.00", "60000.00"), column(position, Figures::budget));
            assertEquals(pounds("66.67", "33.33"), column(position, Figures::allocated));
            assertEquals(pounds("119933.33", "59966.67"), column(position, Figures::remaining));
            assertEquals(gbp("120000.00"), partner(position, 1).contributed());
            assertEquals(gbp("60000.00"), partner(position, 2).contributed());
            assertPartnersSumToTheFund(position);
        }

        @Test
        void variableWeightsAreTheContributionShareOfTheVariablePool() {
            Map<Long, Money> contributed = new LinkedHashMap<>();
            contributed.put(1L, gbp("120000"));
            contributed.put(2L, gbp("60000"));
            List<BigDecimal> weights = PositionCalculator.shares(true, List.of(variable(1), variable(2)), contributed, GBP);
            assertEquals(List.of(new BigDecimal("66.6666666667"), new BigDecimal("33.3333333333")), weights);
        }

        @Test
        void fixedPartnersTakeTheirShareAndVariablePartnersShareTheRestByContribution() {
            FundPosition position = compute(true, List.of(fixed(1, "60"), variable(2), variable(3)),
                    contribution(1, "10000.00"),
                    contribution(2, "30000.00"),
                    contribution(3, "10000.00"),
                    balance(Account.AVAILABLE, "49000.00"),
                    balance(Account.COMMITTED, "1000.00"));

            assertEquals(List.of(pct("60.00"), pct("30.00"), pct("10.00")),
                    position.partners().stream().map(PartnerFigures::sharePct).toList());
            assertEquals(pounds("30000.00", "15000.00", "5000.00"), column(position, Figures::budget));
            assertEquals(pounds("600.00", "300.00", "100.00"), column(position, Figures::committed));
            assertEquals(pounds("10000.00", "30000.00", "10000.00"),
                    position.partners().stream().map(PartnerFigures::contributed).toList());
            assertPartnersSumToTheFund(position);
        }

        @Test
        void aFundThatIsNotPooledIgnoresRiskSharesAndSplitsByContribution() {
            FundPosition position = compute(false, List.of(fixed(1, "50"), fixed(2, "50")),
                    contribution(1, "300.00"),
                    contribution(2, "100.00"),
                    balance(Account.AVAILABLE, "400.00"));

            assertEquals(pct("75.00"), partner(position, 1).sharePct());
            assertEquals(pct("25.00"), partner(position, 2).sharePct());
            assertEquals(pounds("300.00", "100.00"), column(position, Figures::budget));
        }

        @Test
        void partnersShareEquallyWhileNobodyHasContributed() {
            FundPosition position = compute(false, List.of(variable(1), variable(2), variable(3)),
                    balance(Account.AVAILABLE, "100.00"));

            assertEquals(pounds("33.34", "33.33", "33.33"), column(position, Figures::budget));
            assertEquals(List.of(pct("33.33"), pct("33.33"), pct("33.33")),
                    position.partners().stream().map(PartnerFigures::sharePct).toList());
            assertEquals(pounds("0.00", "0.00", "0.00"),
                    position.partners().stream().map(PartnerFigures::contributed).toList());
        }

        @Test
        void aPartnerThatHasNotContributedGetsNoShareOfAFundSplitByContribution() {
            FundPosition position = compute(false, List.of(variable(1), variable(2)),
                    contribution(1, "500.00"),
                    balance(Account.AVAILABLE, "500.00"));

            assertEquals(pct("100.00"), partner(position, 1).sharePct());
            assertEquals(pct("0.00"), partner(position, 2).sharePct());
            assertEquals(pounds("500.00", "0.00"), column(position, Figures::budget));
        }

        @Test
        void contributedIsNetOfMoneyReturnedToThePartner() {
            FundPosition position = compute(false, List.of(variable(1)),
                    contribution(1, "200000.00"),
                    contribution(1, "-20000.00"),
                    balance(Account.AVAILABLE, "180000.00"));

            assertEquals(gbp("180000.00"), partner(position, 1).contributed());
        }

        @Test
        void aContributorMissingFromThePartnerListIsAddedAsAVariablePartner() {
            FundPosition position = compute(false, List.of(variable(1)),
                    contribution(1, "100.00"),
                    contribution(9, "300.00"),
                    balance(Account.AVAILABLE, "400.00"));

            assertEquals(List.of(1L, 9L), position.partners().stream().map(PartnerFigures::organisationId).toList());
            PartnerFigures unlisted = partner(position, 9);
            assertNull(unlisted.orgId());
            assertNull(unlisted.name());
            assertEquals(gbp("300.00"), unlisted.contributed());
            assertEquals(pct("75.00"), unlisted.sharePct());
            assertEquals(gbp("300.00"), unlisted.figures().budget());
        }

        @Test
        void keepsEachPartnersIdentity() {
            FundPosition position = compute(false, List.of(variable(1), fixed(2, "40")), contribution(1, "1.00"),
                    balance(Account.AVAILABLE, "1.00"));

            assertEquals("GB-COH-00000001", partner(position, 1).orgId());
            assertEquals("Variable partner 1", partner(position, 1).name());
            assertEquals("GB-CHC-100002", partner(position, 2).orgId());
            assertEquals("Fixed partner 2", partner(position, 2).name());
        }

        @Test
        void aFundWithNoPartnersAndNoContributionsHasNoSplit() {
            FundPosition position = compute(false, List.of(), balance(Account.AVAILABLE, "100.00"));
            assertEquals(List.of(), position.partners());
            assertEquals(gbp("100.00"), position.total().budget());
        }

        @Test
        void pooledFixedPartnersWithoutPercentagesShareEqually() {
            List<Partner> partners = List.of(
                    new Partner(1L, null, null, RiskShareType.FIXED, null),
                    new Partner(2L, null, null, RiskShareType.FIXED, null));
            FundPosition position = compute(true, partners, balance(Account.AVAILABLE, "0.03"));
            assertEquals(pounds("0.02", "0.01"), column(position, Figures::budget));
            assertEquals(pct("50.00"), partner(position, 1).sharePct());
        }

        @Test
        void negativeFiguresSplitToThePennyToo() {
            FundPosition position = compute(true, List.of(fixed(1, "50"), fixed(2, "50")),
                    balance(Account.AVAILABLE, "-0.01"));
            assertEquals(pounds("-0.01", "0.00"), column(position, Figures::remaining));
            assertPartnersSumToTheFund(position);
        }

        @Test
        void everyFigureSplitsExactlyForAwkwardThirds() {
            List<AccountBalance> ledger = new ArrayList<>(List.of(
                    contribution(1, "100000.00"), contribution(2, "100000.00"), contribution(3, "100000.01"),
                    balance(Account.AVAILABLE, "123456.78"), balance(Account.ALLOCATED, "0.07"),
                    balance(Account.COMMITTED, "1000.01"), balance(Account.CLAIMED, "333.33"),
                    balance(Account.APPROVED, "0.02"), balance(Account.PAID, "99.99"),
                    balance(Account.ACCRUED, "0.05"), balance(Account.ACCRUAL_OFFSET, "-0.05")));
            FundPosition position = PositionCalculator.compute(1L, "F", AS_OF, GBP, false,
                    List.of(variable(1), variable(2), variable(3)), ledger);
            assertPartnersSumToTheFund(position);
        }
    }
}
