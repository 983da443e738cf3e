package uk.commissioning.payments.control;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.commissioning.rules.RuleViolation.FieldProblem;

/**
 * Reads a remittance file (docs/PAYMENTS.md): UTF-8 CSV with the header
 * {@code claim_reference,fund_code,amount,paid_date,payment_reference}, one line per payment made. Amounts are plain
 * decimals to the penny ({@code 1200.00}; no symbol, no thousands separator), dates ISO ({@code 2019-07-15}).
 * Every line is read; each one that cannot be is a problem naming it ({@code line 3}), and the good lines are still
 * returned so that the checks against the run can name their faults too.
 */
public final class RemittanceFile {

    public static final List<String> HEADER = List.of("claim_reference", "fund_code", "amount", "paid_date", "payment_reference");

    private RemittanceFile() {
    }

    public record Read(List<RemittanceLine> lines, List<FieldProblem> problems, int dataLines) {
    }

    public static Read read(byte[] bytes) {
        List<RemittanceLine> lines = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new FieldProblem("file", "is not UTF-8 text"));
            return new Read(lines, problems, 0);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] rows = text.split("\r?\n", -1);
        List<String> header = rows.length == 0 ? List.of() : cells(rows[0]).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(HEADER)) {
            problems.add(new FieldProblem("line 1", "the header must be " + String.join(",", HEADER)));
            return new Read(lines, problems, 0);
        }
        int dataLines = 0;
        for (int i = 1; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            dataLines++;
            int lineNo = i + 1;
            String field = "line " + lineNo;
            List<String> cells = cells(rows[i]);
            if (cells.size() != HEADER.size()) {
                problems.add(new FieldProblem(field, "has " + cells.size() + " cells; a remittance line has " + HEADER.size()));
                continue;
            }
            List<String> faults = new ArrayList<>();
            String claim = cells.get(0).strip();
            String fund = cells.get(1).strip();
            if (!claim.matches("CLM-\\d{1,18}")) {
                faults.add("claim reference '" + claim + "' is not of the form CLM-123");
            }
            if (fund.isEmpty()) {
                faults.add("fund code is missing");
            }
            BigDecimal amount = amount(cells.get(2).strip(), faults);
            LocalDate paid = date(cells.get(3).strip(), faults);
            String reference = cells.get(4).strip();
            if (reference.isEmpty() || reference.length() > 100) {
                faults.add("payment reference must be 1 to 100 characters");
            }
            if (faults.isEmpty()) {
                lines.add(new RemittanceLine(lineNo, claim, fund, amount, paid, reference));
            } else {
                problems.add(new FieldProblem(field, String.join("; ", faults)));
            }
        }
        if (dataLines == 0) {
            problems.add(new FieldProblem("file", "has no remittance lines under its header"));
        }
        return new Read(lines, problems, dataLines);
    }

    private static BigDecimal amount(String text, List<String> faults) {
        if (!text.matches("\\d{1,15}(\\.\\d{1,2})?")) {
            faults.add("amount '" + text + "' is not an amount such as 1200.00 (no symbol, no commas)");
            return null;
        }
        BigDecimal amount = new BigDecimal(text).setScale(2);
        if (amount.signum() <= 0) {
            faults.add("amount must be more than zero");
        }
        return amount;
    }

    private static LocalDate date(String text, List<String> faults) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            faults.add("paid date '" + text + "' is not a date such as 2019-07-15");
            return null;
        }
    }

    /** Splits one CSV row: commas, with double-quoted cells ("" for a quote inside). */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
