package uk.commissioning.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;

/** How the screens write money (£20,000.00), dates (17 Dec 2019), times, quarters (2019-20 Q3), decimals and percentages. */
@Named("fmt")
@ApplicationScoped
public class Format {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    public String money(Money money) {
        return money == null ? "" : money.display();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String quarter(String code) {
        return code == null ? "" : Quarter.parse(code).label();
    }

    public String quarterOf(LocalDate date) {
        return date == null ? "" : Quarter.containing(date).label();
    }

    /** A count with thousands separators (12,345). */
    public String count(long value) {
        return String.format(Locale.UK, "%,d", value);
    }

    /**
     * People counted in whole numbers (189.79 → 190, half up). Capacity is shared among cells to the hundredth of a
     * person so that sums come out exact; the exact figure is kept for totals and shown by {@link #exactPeople}.
     */
    public String people(BigDecimal value) {
        return value == null ? "" : String.format(Locale.UK, "%,d", value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }

    /** A tooltip for a whole number of people: "189.79 exactly, as capacity is shared to the hundredth of a person". */
    public String exactPeople(BigDecimal value) {
        return value == null || value.stripTrailingZeros().scale() <= 0 ? ""
                : decimal(value) + " exactly: capacity is shared among areas and needs to the hundredth of a person";
    }

    /** A decimal to two places with thousands separators (12,345.50); empty for none. */
    public String decimal(BigDecimal value) {
        return value == null ? "" : String.format(Locale.UK, "%,.2f", value);
    }

    /** A fraction as a percentage to one place (0.8333 → 83.3%); empty for none. */
    public String percent(BigDecimal fraction) {
        return fraction == null ? "" : String.format(Locale.UK, "%.1f%%", fraction.movePointRight(2));
    }

    /** Enum constants as words: POOLED_FUND → Pooled fund. */
    public String words(Object constant) {
        if (constant == null) {
            return "";
        }
        String text = constant.toString().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
