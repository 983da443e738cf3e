package uk.commissioning.contracts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.commissioning.money.Money.pounds;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.commissioning.contracts.entity.FundingSplit.Payer;
import uk.commissioning.contracts.entity.FundingSplit.Payers;
import uk.commissioning.contracts.entity.FundingSplit.Share;
import uk.commissioning.money.Money;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

class FundingSplitTest {

    private static final Currency GBP = Money.GBP;
    private static final long CCG = 1;
    private static final long COUNCIL = 2;
    private static final long POOL = 3;
    private static final long EURO_FUND = 4;

    /** The funds the caller may use; any other is "not found", as the real lookup says of another tenant's fund. */
    private final List<Long> lookedUp = new ArrayList<>();
    private final Payers payers = (fundId, field) -> {
        lookedUp.add(fundId);
        Payer payer = Map.of(CCG, new Payer(CCG, "CCG-SP", GBP), COUNCIL, new Payer(COUNCIL, "LBB-PH", GBP),
                POOL, new Payer(POOL, "WF-POOL", GBP), EURO_FUND, new Payer(EURO_FUND, "EU-FUND", Currency.getInstance("EUR")))
                .get(fundId);
        if (payer == null) {
            throw new NotFoundException(field, "fund", fundId);
        }
        return payer;
    };

    private static FundingShare share(long fundId, String pounds) {
        return new FundingShare(fundId, null, Money.pounds(pounds));
    }

    private static List<Money> amounts(FundingSplit split) {
        return split.shares().stream().map(Share::amount).toList();
    }

    private static List<Long> funds(FundingSplit split) {
        return split.shares().stream().map(Share::fundId).toList();
    }

    private static RuleViolation refusal(Runnable split) {
        return assertThrows(RuleViolation.class, split::run);
    }

    @Test
    void keepsEachShareWithItsEarmarkAndItsPlaceInTheRequest() {
        FundingSplit split = FundingSplit.forContract(List.of(share(CCG, "80000.00"),
                new FundingShare(COUNCIL, 42L, pounds("40000.00"))), pounds("120000.00"), payers);

        assertEquals(List.of(new Share(0, CCG, null, pounds("80000.00")), new Share(1, COUNCIL, 42L, pounds("40000.00"))),
                split.shares());
        assertEquals("funding[1]", split.shares().get(1).field());
    }

    @Test
    void refusesSharesThatDoNotAddUpToTheContractValue() {
        RuleViolation refused = refusal(() -> FundingSplit.forContract(List.of(share(CCG, "80000.00"), share(COUNCIL, "39999.99")),
                pounds("120000.00"), payers));

        assertEquals(Reason.FUNDING_SPLIT_INVALID, refused.reason());
        assertEquals("funding", refused.field());
        assertEquals("the funds' shares add up to £119,999.99 but the contract is worth £120,000.00", refused.getMessage());
    }

    @Test
    void refusesSharesThatDoNotAddUpToAVariationsNewValueInTheVariationsWords() {
        RuleViolation refused = refusal(() -> FundingSplit.forVariation(List.of(share(CCG, "90000.00")), pounds("100000.00"), payers));

        assertEquals("the funds' shares add up to £90,000.00 but the new value is £100,000.00", refused.getMessage());
    }

    @Test
    void refusesAContractThatNamesNoFund() {
        RuleViolation refused = refusal(() -> FundingSplit.forContract(List.of(), pounds("100.00"), payers));

        assertEquals(Reason.FUNDING_SPLIT_INVALID, refused.reason());
        assertEquals("name at least one fund that pays for the contract", refused.getMessage());
    }

    @Test
    void refusesAFundNamedTwiceAtTheSecondMention() {
        RuleViolation refused = refusal(() -> FundingSplit.forContract(List.of(share(CCG, "50.00"), share(CCG, "50.00")),
                pounds("100.00"), payers));

        assertEquals(Reason.FUNDING_SPLIT_INVALID, refused.reason());
        assertEquals("funding[1].fundId", refused.field());
        assertEquals("CCG-SP is named twice", refused.getMessage());
    }

    @Test
    void refusesAZeroShareInANewContract() {
        RuleViolation refused = refusal(() -> FundingSplit.forContract(List.of(share(CCG, "100.00"), share(COUNCIL, "0.00")),
                pounds("100.00"), payers));

        assertEquals(Reason.INVALID_AMOUNT, refused.reason());
        assertEquals("funding[1].amount", refused.field());
        assertEquals("must be more than zero", refused.getMessage());
    }

    @Test
    void letsAVariationBringAFundDownToZero() {
        FundingSplit split = FundingSplit.forVariation(List.of(share(CCG, "100.00"), share(COUNCIL, "0.00")), pounds("100.00"), payers);

        assertEquals(List.of(pounds("100.00"), pounds("0.00")), amounts(split));
    }

    @Test
    void refusesANegativeShareEvenInAVariation() {
        RuleViolation refused = refusal(() -> FundingSplit.forVariation(List.of(share(CCG, "110.00"), share(COUNCIL, "-10.00")),
                pounds("100.00"), payers));

        assertEquals(Reason.INVALID_AMOUNT, refused.reason());
        assertEquals("funding[1].amount", refused.field());
        assertEquals("a fund's share cannot be negative", refused.getMessage());
    }

    @Test
    void refusesAShareInAnotherCurrencyThanItsFund() {
        RuleViolation refused = refusal(() -> FundingSplit.forContract(List.of(new FundingShare(CCG, null, Money.of("100.00", "EUR"))),
                pounds("100.00"), payers));

        assertEquals(Reason.MIXED_CURRENCY, refused.reason());
        assertEquals("funding[0].amount", refused.field());
        assertEquals("fund CCG-SP is in GBP, not EUR", refused.getMessage());
    }

    @Test
    void aFundTheCallerMayNotUseIsNotFoundBeforeItsAmountIsLookedAt() {
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> FundingSplit.forContract(List.of(share(99, "-1.00")), pounds("100.00"), payers));

        assertEquals("funding[0].fundId", missing.field());
    }

    @Test
    void reportsTheFirstShareAtFaultWithoutLookingUpTheRest() {
        RuleViolation refused = refusal(() -> FundingSplit.forContract(List.of(share(CCG, "0.00"), share(99, "100.00")),
                pounds("100.00"), payers));

        assertEquals("funding[0].amount", refused.field());
        assertEquals(List.of(CCG), lookedUp);
    }

    @Test
    void rescalingKeepsTheProportionsAndGivesTheLeftoverPennyToTheLargestRemainder() {
        FundingSplit current = new FundingSplit(List.of(new Share(0, CCG, null, pounds("80000.00")),
                new Share(1, COUNCIL, 7L, pounds("40000.00"))));

        FundingSplit rescaled = current.rescaledTo(pounds("100000.00"));

        assertEquals(List.of(pounds("66666.67"), pounds("33333.33")), amounts(rescaled));
        assertEquals(7L, rescaled.shares().get(1).allocationId(), "a share keeps the earmark it draws on");
    }

    @Test
    void rescalingLeavesAFundThatPaysNothingAtNothing() {
        FundingSplit current = new FundingSplit(List.of(new Share(0, CCG, null, pounds("0.00")),
                new Share(1, COUNCIL, null, pounds("30.00")), new Share(2, POOL, null, pounds("10.00"))));

        FundingSplit rescaled = current.rescaledTo(pounds("100.01"));

        assertEquals(List.of(COUNCIL, POOL), funds(rescaled));
        assertEquals(List.of(pounds("75.01"), pounds("25.00")), amounts(rescaled));
    }

    @Test
    void aSingleFundTakesTheWholeNewValue() {
        FundingSplit current = new FundingSplit(List.of(new Share(0, POOL, null, pounds("90000.00"))));

        assertEquals(List.of(pounds("95000.00")), amounts(current.rescaledTo(pounds("95000.00"))));
    }

    @Test
    void aNewSplitBringsEveryFundItNoLongerNamesToZeroAfterItsOwnShares() {
        FundingSplit current = new FundingSplit(List.of(new Share(0, CCG, null, pounds("60.00")),
                new Share(1, COUNCIL, null, pounds("40.00"))));
        FundingSplit requested = FundingSplit.forVariation(List.of(share(POOL, "50.00"), share(COUNCIL, "70.00")),
                pounds("120.00"), payers);

        FundingSplit next = requested.replacing(current);

        assertEquals(List.of(POOL, COUNCIL, CCG), funds(next));
        assertEquals(List.of(pounds("50.00"), pounds("70.00"), pounds("0.00")), amounts(next));
    }
}
