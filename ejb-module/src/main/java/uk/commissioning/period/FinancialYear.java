package uk.commissioning.period;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK public-sector financial year, 1 April to 31 March, written {@code 2019-20}.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear>, Serializable {

    private static final Pattern CODE = Pattern.compile("(\\d{4})[-/](\\d{2})");

    public FinancialYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("financial year out of range: " + startYear);
        }
    }

    /** Parses {@code 2019-20} (or {@code 2019/20}); the second part must be the year after the first. */
    public static FinancialYear parse(String text) {
        Matcher m = CODE.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a financial year such as 2019-20");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if ((start + 1) % 100 != end) {
            throw new IllegalArgumentException("'" + text + "' is not a financial year: "
                    + m.group(2) + " does not follow " + start);
        }
        return new FinancialYear(start);
    }

    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate startDate() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate endDate() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /** The year's last day once it is over, else {@code today}: the latest date the year's figures can be read at. */
    public LocalDate endOrEarlier(LocalDate today) {
        return today.isAfter(endDate()) ? endDate() : today;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate()) && !date.isAfter(endDate());
    }

    public Quarter quarter(int number) {
        return new Quarter(this, number);
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public String code() {
        return "%d-%02d".formatted(startYear, (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return code();
    }
}
