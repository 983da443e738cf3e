package uk.commissioning.demand.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.commissioning.demand.control.AreaIndex;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.security.entity.Role;
import uk.commissioning.security.entity.Viewer;

/** What the demand screens' filters offer (periods, boroughs) and who may read the demand reports. */
final class DemandChoices {

    static final String DEFAULT_PERIOD = "2019-20";

    /** A choice in a select: its value and what the person reads. */
    public record Option(String value, String label) implements Serializable {
    }

    private DemandChoices() {
    }

    /** A quarter ({@code 2019-20-Q2}) or a whole year ({@code 2019-20}). */
    static DemandPeriod period(String code) {
        String text = code == null || code.isBlank() ? DEFAULT_PERIOD : code.strip();
        return text.toUpperCase(java.util.Locale.ROOT).contains("Q") ? DemandPeriod.of(Quarter.parse(text))
                : DemandPeriod.of(FinancialYear.parse(text));
    }

    /** The address's period, or (said in a message) the default when it is not a quarter or a year. */
    static DemandPeriod periodOrDefault(String code) {
        try {
            return period(code);
        } catch (IllegalArgumentException e) {
            Messages.error("'" + code + "' is not a quarter such as 2019-20-Q2 or a year such as 2019-20; showing "
                    + DEFAULT_PERIOD + ".");
            return period(null);
        }
    }

    /** The address's borough code in capitals, or (said in a message when it is not one) null for every borough. */
    static String boroughOrAll(String code, AreaIndex areas) {
        String borough = blankToNull(code);
        if (borough == null) {
            return null;
        }
        borough = borough.toUpperCase(java.util.Locale.ROOT);
        if (!areas.isBorough(borough)) {
            Messages.error("'" + code + "' is not a London borough code (E09…); showing every borough.");
            return null;
        }
        return borough;
    }

    /** Each financial year from 2018-19 to 2020-21, the whole year first and then its quarters; and the chosen one. */
    static List<Option> periods(DemandPeriod chosen) {
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

    static List<Option> boroughs(AreaIndex areas) {
        return areas.boroughs().stream().sorted(Comparator.comparing(AreaIndex.Borough::name))
                .map(b -> new Option(b.code(), b.name())).toList();
    }

    /** Matching and outcomes: aggregate figures, so every person's role may read them (not an API token). */
    static boolean mayRead(Viewer viewer) {
        return viewer.seesEverything() || viewer.is(Role.COMMISSIONER) || viewer.is(Role.BOARD_MEMBER)
                || viewer.is(Role.VCSE_FINANCE);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
