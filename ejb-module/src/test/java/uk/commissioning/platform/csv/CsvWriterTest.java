package uk.commissioning.platform.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import uk.commissioning.money.Money;

class CsvWriterTest {

    /** What a one-column file holds after its header, for each text cell. */
    private static String textCells(String... values) {
        return written(csv -> {
            for (String value : values) {
                csv.text(value).endRow();
            }
        }, "value").substring("value\r\n".length());
    }

    private static String written(Consumer<CsvWriter> rows, String... header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = CsvWriter.utf8(out, header);
        rows.accept(csv);
        csv.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheHeaderThenEachRowEndingInCrLf() {
        assertEquals("line,column,reason\r\n3,nhs_number,fails the modulus 11 check\r\n4,,blank line\r\n",
                written(csv -> {
                    csv.number(3).text("nhs_number").text("fails the modulus 11 check").endRow();
                    csv.number(4).text("").text("blank line").endRow();
                }, "line", "column", "reason"));
    }

    @Test
    void quotesOnlyCellsWithACommaQuoteCrOrLfAndDoublesTheirQuotes() {
        assertEquals("plain text\r\n\"a, b\"\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\n\"'\rcarriage\"\r\n\"mid\rline\"\r\n",
                textCells("plain text", "a, b", "say \"hi\"", "two\nlines", "\rcarriage", "mid\rline"));
    }

    @Test
    void aQuotedCellKeepsItsLineBreaksSoTheRowSpansLines() {
        assertEquals("a,b\r\n\"first\r\nsecond\",2\r\n",
                written(csv -> csv.text("first\r\nsecond").number(2).endRow(), "a", "b"));
    }

    @Test
    void putsAQuoteBeforeTextThatASpreadsheetWouldRunAsAFormula() {
        assertEquals("'=1+2\r\n'+44 20 7946 0000\r\n'-20.00\r\n'@SUM(A1:A9)\r\n'\tindented\r\n",
                textCells("=1+2", "+44 20 7946 0000", "-20.00", "@SUM(A1:A9)", "\tindented"));
        assertEquals("\"'\r\"\r\n", textCells("\r"), "CR alone: the quote, then quoted for the CR");
        assertEquals("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"open\"\")\"\r\n",
                textCells("=HYPERLINK(\"http://x.test\",\"open\")"), "the guard, then RFC 4180 quoting");
    }

    @Test
    void onlyTheFirstCharacterCanStartAFormula() {
        assertEquals("a=b\r\nx-y\r\n2019-20-Q2\r\nname@example.org\r\n 'spaced'\r\n",
                textCells("a=b", "x-y", "2019-20-Q2", "name@example.org", " 'spaced'"));
    }

    @Test
    void numbersAndMoneyAreWrittenAsNumbersEvenWhenNegative() {
        assertEquals("n,d,big,money,negative_money\r\n-5,-0.25,1000,20000.00,-20.00\r\n",
                written(csv -> csv.number(-5).number(new BigDecimal("-0.25")).number(new BigDecimal("1E+3"))
                        .money(Money.pounds("20000")).money(Money.pounds("-20.00")).endRow(),
                        "n", "d", "big", "money", "negative_money"));
    }

    @Test
    void moneyIsItsPlainAmountInTheCurrencysMinorUnitWithoutASymbol() {
        assertEquals("gbp,jpy,eur\r\n1234567.89,1000,-0.50\r\n",
                written(csv -> csv.money(Money.pounds("1234567.89")).money(Money.of("1000", "JPY"))
                        .money(Money.of("-0.5", "EUR")).endRow(), "gbp", "jpy", "eur"));
    }

    @Test
    void writesDatesInIsoFormAndFlagsAsTrueOrFalse() {
        assertEquals("date,flag,other\r\n2019-04-01,true,false\r\n",
                written(csv -> csv.date(LocalDate.of(2019, 4, 1)).flag(true).flag(false).endRow(),
                        "date", "flag", "other"));
    }

    @Test
    void writesAMissingValueAsAnEmptyCell() {
        assertEquals("t,n,m,d\r\n,,,\r\n", written(csv -> csv.text(null).number((BigDecimal) null).money(null)
                .date(null).endRow(), "t", "n", "m", "d"));
    }

    @Test
    void writesUtf8WithoutAByteOrderMark() {
        byte[] bytes = written(csv -> csv.text("Łódź – café ☕ 😀").endRow(), "name").getBytes(StandardCharsets.UTF_8);
        assertArrayEquals("name".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(bytes, 4), "no BOM before the header");
        assertEquals("name\r\nŁódź – café ☕ 😀\r\n", new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void refusesARowThatIsNotAsWideAsTheHeader() {
        IllegalStateException narrow = assertThrows(IllegalStateException.class,
                () -> written(csv -> csv.number(1).endRow(), "a", "b"));
        assertEquals("a row of 1 cells under a header of 2", narrow.getMessage());
        assertThrows(IllegalStateException.class, () -> written(csv -> csv.number(1).number(2).number(3).endRow(), "a", "b"));
    }

    @Test
    void refusesAFileWithoutAHeader() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvWriter.utf8(new ByteArrayOutputStream()));
        assertEquals("a CSV file needs a header row naming its columns", e.getMessage());
    }

    /** 300,000 rows: bytes reach the stream as rows are written, not when the file is done. */
    @Test
    void streamsManyRowsWithoutHoldingTheFile() {
        CountingStream out = new CountingStream();
        CsvWriter csv = CsvWriter.utf8(out, "line", "column", "reason");
        long beforeFlush = 0;
        int rows = 300_000;
        for (int i = 1; i <= rows; i++) {
            csv.number(i).text("ward_code").text("=E05999999 is not a London ward").endRow();
            if (i == rows) {
                beforeFlush = out.count;
            }
        }
        csv.flush();
        long expected = "line,column,reason\r\n".length()
                + rows * (long) ",ward_code,'=E05999999 is not a London ward\r\n".length();
        for (int i = 1; i <= rows; i++) {
            expected += Integer.toString(i).length();
        }
        assertEquals(expected, out.count);
        assertTrue(out.count - beforeFlush < 64 * 1024, "at most a buffer is held back: " + (out.count - beforeFlush));
    }

    @Test
    void aFailedWriteIsAnUncheckedIoException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("the client went away");
            }
        };
        CsvWriter csv = CsvWriter.utf8(broken, "a");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, csv::flush);
        assertEquals("the client went away", e.getCause().getMessage());
    }

    private static final class CountingStream extends OutputStream {

        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
