package uk.commissioning.claims.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.PostingLine;
import uk.commissioning.money.Money;

class ClaimAccrualsTest {

    private static final java.util.Currency GBP = Money.pounds("0").currency();

    @Test
    void eachFundGetsAnAccruedAndOffsetPairThatSumsToZero() {
        List<PostingLine> lines = ClaimAccruals.accrualLines(List.of(
                new ClaimAccruals.Unpaid(7L, 1L, new BigDecimal("10026.67")),
                new ClaimAccruals.Unpaid(7L, 2L, new BigDecimal("5013.33"))), GBP);
        assertEquals(List.of(
                PostingLine.of(1L, Account.ACCRUED, Money.pounds("10026.67")),
                PostingLine.of(1L, Account.ACCRUAL_OFFSET, Money.pounds("-10026.67")),
                PostingLine.of(2L, Account.ACCRUED, Money.pounds("5013.33")),
                PostingLine.of(2L, Account.ACCRUAL_OFFSET, Money.pounds("-5013.33"))), lines);
    }

    @Test
    void aFundWhereTheClaimHoldsNothingUnpaidGetsNoLines() {
        assertTrue(ClaimAccruals.accrualLines(List.of(new ClaimAccruals.Unpaid(7L, 1L, new BigDecimal("0.00"))), GBP)
                .isEmpty(), "paid in full: nothing to accrue");
    }
}
