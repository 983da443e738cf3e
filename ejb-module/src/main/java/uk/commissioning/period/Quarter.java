package uk.commissioning.period;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a UK financial year: Q1 April–June, Q2 July–September, Q3 October–December,
 * Q4 January–March. Written {@code 2019-20 Q3} on screen and {@code 2019-20-Q3} in URLs and storage.
 */
public record Quarter(FinancialYear year, int number) implements Comparable<Quarter>, Serializable {

    private static final Pattern CODE = Pattern.compile("(\\d{4}[-/]\\d{2})[ -]?Q([1-4])", Pattern.CASE_INSENSITIVE);

    public Quarter {
        if (year == null) {
            throw new IllegalArgumentException("financial year is required");
        }
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, not " + number);
        }
    }

    /**
     * Accepts {@code 2019-20-Q3}, {@code 2019-20 Q3} and {@code 2019/20 Q3}; refuses anything else in words a person
     * reads on screen and in the API's field messages alike, with the example in the screen form.
     */
    public static Quarter parse(String text) {
        Matcher m = CODE.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(refusal(text));
        }
        return new Quarter(FinancialYear.parse(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** "'2019-20 Q5' is not a quarter; write it like 2019-20 Q3". */
    public static String refusal(String text) {
        return "'" + (text == null ? "" : text.strip()) + "' is not a quarter; write it like 2019-20 Q3";
    }

    public static Quarter containing(LocalDate date) {
        FinancialYear year = FinancialYear.containing(date);
        int monthsIntoYear = (date.getMonthValue() + 8) % 12; // April = 0 … March = 11
        return new Quarter(year, monthsIntoYear / 3 + 1);
    }

    public LocalDate startDate() {
        return year.startDate().plusMonths(3L * (number - 1));
    }

    public LocalDate endDate() {
        return startDate().plusMonths(3).minusDays(1);
    }

    /** Inclusive at both ends: 31 December is in Q3. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate()) && !date.isAfter(endDate());
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year.next(), 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(new FinancialYear(year.startYear() - 1), 4) : new Quarter(year, number - 1);
    }

    /** Storage and URL form, {@code 2019-20-Q3}; sorts in time order as text. */
    public String code() {
        return year.code() + "-Q" + number;
    }

    /** Screen form, {@code 2019-20 Q3}. */
    public String label() {
        return year.code() + " Q" + number;
    }

    @Override
    public int compareTo(Quarter o) {
        int byYear = year.compareTo(o.year);
        return byYear != 0 ? byYear : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return label();
    }
}
