package uk.commissioning.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.rules.RuleViolation.FieldProblem;

class RemittanceFileTest {

    private static RemittanceFile.Read read(String text) {
        return RemittanceFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEachLineWithItsNumber() {
        RemittanceFile.Read read = read("\uFEFFclaim_reference,fund_code,amount,paid_date,payment_reference\r\n"
                + "CLM-12,WF-POOL,3583.33,2019-07-15,BACS-1\r\n\r\n\"CLM-12\",\"WF-CCG\",1791.6,2019-07-16,\"BACS, 2\"\r\n");
        assertEquals(List.of(), read.problems());
        assertEquals(List.of(new RemittanceLine(2, "CLM-12", "WF-POOL", new BigDecimal("3583.33"), LocalDate.of(2019, 7, 15), "BACS-1"),
                new RemittanceLine(4, "CLM-12", "WF-CCG", new BigDecimal("1791.60"), LocalDate.of(2019, 7, 16), "BACS, 2")), read.lines());
        assertEquals(2, read.dataLines());
    }

    @Test
    void everyBadLineIsNamedWithEachOfItsFaults() {
        RemittanceFile.Read read = read("claim_reference,fund_code,amount,paid_date,payment_reference\n"
                + "12,F,£10.00,15/07/2019,\n"
                + "CLM-1,F,\"1,200.00\",2019-07-15,R\n"
                + "CLM-1,F,0.00,2019-02-30,R\n"
                + "CLM-1,F,10.001,2019-07-15,R\n"
                + "CLM-1,F,10.00\n"
                + "CLM-2,G,-5,2019-07-15,R\n");
        assertEquals(List.of("line 2", "line 3", "line 4", "line 5", "line 6", "line 7"),
                read.problems().stream().map(FieldProblem::field).toList());
        assertEquals("claim reference '12' is not of the form CLM-123; amount '£10.00' is not an amount such as 1200.00 "
                + "(no symbol, no commas); paid date '15/07/2019' is not a date such as 2019-07-15; payment reference must be "
                + "1 to 100 characters", read.problems().get(0).message());
        assertEquals("amount must be more than zero; paid date '2019-02-30' is not a date such as 2019-07-15",
                read.problems().get(2).message());
        assertEquals("has 3 cells; a remittance line has 5", read.problems().get(4).message());
        assertEquals(List.of(), read.lines());
    }

    @Test
    void aWrongHeaderOrNoLinesOrNotUtf8IsRefusedAsAWhole() {
        assertEquals(List.of(new FieldProblem("line 1", "the header must be claim_reference,fund_code,amount,paid_date,payment_reference")),
                read("claim,fund,amount,date,ref\nCLM-1,F,1.00,2019-07-15,R\n").problems());
        assertEquals(List.of(new FieldProblem("file", "has no remittance lines under its header")),
                read("claim_reference,fund_code,amount,paid_date,payment_reference\n\n").problems());
        assertEquals("file", RemittanceFile.read(new byte[]{(byte) 0xC3, (byte) 0x28}).problems().get(0).field());
    }
}
