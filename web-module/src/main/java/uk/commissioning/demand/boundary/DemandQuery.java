package uk.commissioning.demand.boundary;

import java.util.Locale;
import uk.commissioning.areas.control.AreaIndex;
import uk.commissioning.areas.control.Areas;
import uk.commissioning.contracts.control.NeedCategories;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.web.RequestFields;

/** The query parameters the demand reports share: a quarter or a year, a borough, a need; faults reported by field. */
public final class DemandQuery {


    private DemandQuery() {
    }

    /** Exactly one of {@code quarter} (2019-20-Q2) and {@code year} (2019-20). */
    public static DemandPeriod period(RequestFields query, String quarter, String year) {
        String q = blankToNull(quarter);
        String y = blankToNull(year);
        if (q != null && y != null) {
            return query.reject("year", "give a quarter or a year, not both");
        }
        if (q == null && y == null) {
            return query.reject("quarter", "is required: a quarter such as 2019-20-Q2, or instead a year such as 2019-20");
        }
        return q != null ? query.parse("quarter", q, s -> DemandPeriod.of(Quarter.parse(s)), null)
                : query.parse("year", y, s -> DemandPeriod.of(FinancialYear.parse(s)), null);
    }

    /**
     * The code of a London borough the reference data knows, given by its code or its name ({@link
     * AreaIndex#boroughCode}); null when not given. The report answers with the code.
     */
    public static String borough(RequestFields query, String borough, Areas areas) {
        String text = blankToNull(borough);
        return text == null ? null : query.parse("borough", text, areas.index()::boroughCode, null);
    }

    /** A need category code on the reference list, or null when not given. */
    public static String need(RequestFields query, String need, NeedCategories needs) {
        String code = blankToNull(need);
        if (code == null) {
            return null;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (needs.all().stream().noneMatch(n -> n.code().equals(upper))) {
            return query.reject("need", "'" + code + "' is not a need category code (GET /api/need-categories)");
        }
        return upper;
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
