package uk.commissioning.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.money.Money;
import uk.commissioning.payments.entity.PaymentLine;
import uk.commissioning.period.Quarter;

class PaymentFileTest {

    private static final Quarter Q1 = Quarter.parse("2019-20 Q1");

    private static PaymentLine line(long claim, long fund, String amount, String fundCode) {
        return new PaymentLine(7L, claim, fund, "GB-CHC-1234567", "Hub, \"Community\" Ltd", Money.pounds(amount), fundCode,
                fundCode, Q1, 1L);
    }

    @Test
    void oneRowPerClaimPerFundThenAControlRowWithTheCountAndTotal() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PaymentFile.write("PAYRUN-7", Q1.label(), Money.GBP, List.of(line(12, 3, "3583.33", "WF-POOL"),
                line(12, 4, "1791.67", "WF-CCG"), line(15, 3, "0.01", "WF-POOL")), out);
        List<String> rows = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(5, rows.size());
        assertEquals("payee_org_id,payee_name,bank_reference,amount,currency,claim_reference,fund_code,cost_centre,quarter", rows.get(0));
        assertEquals("GB-CHC-1234567,\"Hub, \"\"Community\"\" Ltd\",BANK-REF-GB-CHC-1234567,3583.33,GBP,CLM-12,WF-POOL,WF-POOL,2019-20 Q1",
                rows.get(1));
        assertEquals("CONTROL,PAYRUN-7,,5375.01,GBP,3,,,2019-20 Q1", rows.get(4));
        PaymentFile.Control control = PaymentFile.readControl(Arrays.asList(rows.get(4).split(",", -1)), Money.GBP);
        assertEquals(new PaymentFile.Control(3, Money.pounds("5375.01")), control);
    }

    @Test
    void anEmptyRunStillHasItsControlRow() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PaymentFile.write("PAYRUN-8", Q1.label(), Money.GBP, List.of(), out);
        assertEquals(List.of(String.join(",", PaymentFile.HEADER), "CONTROL,PAYRUN-8,,0.00,GBP,0,,,2019-20 Q1"),
                Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\r\n")));
    }

    @Test
    void aPaymentRowIsNotAControlRow() {
        assertThrows(IllegalArgumentException.class, () -> PaymentFile.readControl(List.of("GB-CHC-1", "x", "y", "1.00", "GBP",
                "CLM-1", "F", "F", "2019-20 Q1"), Money.GBP));
    }
}
