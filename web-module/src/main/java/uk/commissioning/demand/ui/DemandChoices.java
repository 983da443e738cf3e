package uk.commissioning.demand.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.commissioning.areas.control.AreaIndex;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.period.Quarter;

/** What the demand screens' filters offer (periods, boroughs) and who may read the demand reports. */
public final class DemandChoices {

    public static final String DEFAULT_PERIOD = "2019-20";

    /** A choice in a select: its value and what the person reads. */
    public record Option(String value, String label) implements Serializable {
    }

    private DemandChoices() {
    }

    /** A quarter ({@code 2019-20-Q2}) or a whole year ({@code 2019-20}). */
    public static DemandPeriod period(String code) {
        String text = code == null || code.isBlank() ? DEFAULT_PERIOD : code.strip();
        return text.toUpperCase(java.util.Locale.ROOT).contains("Q") ? DemandPeriod.of(Quarter.parse(text))
                : DemandPeriod.of(FinancialYear.parse(text));
    }

    /** Each financial year from 2018-19 to 2020-21, the whole year first and then its quarters; and the chosen one. */
    public static List<Option> periods(DemandPeriod chosen) {
        List<Option> options = new ArrayList<>();
        FinancialYear year = FinancialYear.parse("2018-19");
        for (int i = 0; i < 3; i++, year = year.next()) {
            add(options, DemandPeriod.of(year));
            for (int q = 1; q <= 4; q++) {
                add(options, DemandPeriod.of(year.quarter(q)));
            }
        }
        if (chosen != null && options.stream().noneMatch(o -> o.value().equals(chosen.code()))) {
            add(options, chosen);
        }
        return options;
    }

    private static void add(List<Option> options, DemandPeriod period) {
        options.add(new Option(period.code(), period.isYear() ? period.label() + " (whole year)" : period.label()));
    }

    public static List<Option> boroughs(AreaIndex areas) {
        return areas.boroughs().stream().sorted(Comparator.comparing(AreaIndex.Borough::name))
                .map(b -> new Option(b.code(), b.name())).toList();
    }

    /** Matching and outcomes: aggregate figures, so every person's role may read them (not an API token). */
    public static boolean mayRead(Viewer viewer) {
        return viewer.seesEverything() || viewer.is(Role.COMMISSIONER) || viewer.is(Role.BOARD_MEMBER)
                || viewer.is(Role.VCSE_FINANCE);
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
