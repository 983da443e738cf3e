package uk.commissioning.payments.control;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import uk.commissioning.money.Money;
import uk.commissioning.payments.entity.PaymentLine;
import uk.commissioning.platform.csv.CsvWriter;

/**
 * The payment file for the finance system (docs/PAYMENTS.md): a header, one row per claim per fund, and a last
 * control row whose first cell is {@value #CONTROL} (no organisation identifier is), carrying the run's reference, the
 * control total in the amount column and the count of payment rows in the claim_reference column, so a finance system
 * can add up the rows it read and compare both before it pays anything. Every row has the same nine cells.
 */
public final class PaymentFile {

    public static final String CONTROL = "CONTROL";

    public static final String[] HEADER = {"payee_org_id", "payee_name", "bank_reference", "amount", "currency",
            "claim_reference", "fund_code", "cost_centre", "quarter"};

    private PaymentFile() {
    }

    /** The count and control total of a file's rows: what the run records and the control row says. */
    public record Control(int count, Money total) {
        public static Control of(List<PaymentLine> lines, java.util.Currency currency) {
            Money total = lines.stream().map(PaymentLine::amount).reduce(Money.zero(currency), Money::plus);
            return new Control(lines.size(), total);
        }
    }

    public static void write(String runReference, String upToQuarter, java.util.Currency currency, List<PaymentLine> lines,
                             OutputStream out) {
        CsvWriter csv = CsvWriter.utf8(out, HEADER);
        for (PaymentLine line : lines) {
            csv.text(line.payeeOrgId()).text(line.payeeName()).text(PaymentLine.bankReference(line.payeeOrgId()))
                    .money(line.amount()).text(line.amount().currencyCode()).text(line.claimReference())
                    .text(line.fundCode()).text(line.costCentre()).text(line.quarter().label()).endRow();
        }
        Control control = Control.of(lines, currency);
        csv.text(CONTROL).text(runReference).text(null).money(control.total()).text(currency.getCurrencyCode())
                .number(control.count()).text(null).text(null).text(upToQuarter).endRow();
        csv.flush();
    }

    /** A control row's count and total as a finance system would read them back (for tests and checks). */
    public static Control readControl(List<String> controlRow, java.util.Currency currency) {
        if (controlRow.size() != HEADER.length || !CONTROL.equals(controlRow.get(0))) {
            throw new IllegalArgumentException("not a control row: " + controlRow);
        }
        return new Control(Integer.parseInt(controlRow.get(5)), Money.of(new BigDecimal(controlRow.get(3)), currency));
    }
}
