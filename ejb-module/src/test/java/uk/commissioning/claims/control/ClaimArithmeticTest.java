package uk.commissioning.claims.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.commissioning.money.Money;

class ClaimArithmeticTest {

    @Test
    void aUnitCostLineIsUnitsTimesTheContractedUnitCost() {
        // Waltham Forest link service: £110.00 a referral.
        assertEquals(Money.pounds("4950.00"), ClaimArithmetic.unitCostAmount(45, Money.pounds("110.00")));
        assertEquals(Money.pounds("187.50"), ClaimArithmetic.unitCostAmount(1, Money.pounds("187.50")));
    }

    @Test
    void whatRemainsIsTheLimitLessWhatOthersTakeNeverBelowZero() {
        assertEquals(Money.pounds("7500.00"), ClaimArithmetic.remaining(Money.pounds("30000.00"), Money.pounds("22500.00")));
        assertEquals(Money.pounds("0.00"), ClaimArithmetic.remaining(Money.pounds("30000.00"), Money.pounds("30000.00")));
        assertEquals(Money.pounds("0.00"), ClaimArithmetic.remaining(Money.pounds("100.00"), Money.pounds("150.00")));
    }

    @Test
    void aClaimSplitsAcrossFundsAsTheFundingSplitSaysToThePenny() {
        // Bexley: £80,000 CCG, £40,000 council. £100.00 claimed → £66.67 and £33.33 (the largest remainder to the CCG).
        Map<Long, Money> weights = new LinkedHashMap<>();
        weights.put(1L, Money.pounds("80000.00"));
        weights.put(2L, Money.pounds("40000.00"));
        Map<Long, Money> split = ClaimArithmetic.split(Money.pounds("100.00"), weights);
        assertEquals(Money.pounds("66.67"), split.get(1L));
        assertEquals(Money.pounds("33.33"), split.get(2L));
        Map<Long, Money> tranche = ClaimArithmetic.split(Money.pounds("30000.00"), weights);
        assertEquals(Money.pounds("20000.00"), tranche.get(1L));
        assertEquals(Money.pounds("10000.00"), tranche.get(2L));
        Map<Long, Money> odd = ClaimArithmetic.split(Money.pounds("0.01"), weights);
        assertEquals(Money.pounds("0.01"), odd.get(1L).plus(odd.get(2L)));
    }

    @Test
    void aSingleFundTakesTheWholeAmount() {
        assertEquals(Map.of(9L, Money.pounds("4950.00")),
                ClaimArithmetic.split(Money.pounds("4950.00"), Map.of(9L, Money.pounds("90000.00"))));
    }

    @Test
    void aRecoveryGoesBackToTheClaimsLinesInProportionToWhatEachHadApprovedToThePenny() {
        assertEquals(decimals("26.67", "13.33"), ClaimArithmetic.recoveredPerLine(new BigDecimal("40.00"),
                decimals("800.00", "400.00")));
        assertEquals(decimals("40.00"), ClaimArithmetic.recoveredPerLine(new BigDecimal("40"), decimals("1200.00")));
        assertEquals(decimals("0.00", "10.00"), ClaimArithmetic.recoveredPerLine(new BigDecimal("10.00"),
                Arrays.asList(null, new BigDecimal("5.00"))), "a line approved at nothing gets nothing back");
    }

    @Test
    void noRecoveryOrNothingApprovedGivesNothingBack() {
        assertEquals(decimals("0.00", "0.00"), ClaimArithmetic.recoveredPerLine(null, decimals("800.00", "400.00")));
        assertEquals(decimals("0.00"), ClaimArithmetic.recoveredPerLine(new BigDecimal("5.00"), decimals("0.00")));
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
