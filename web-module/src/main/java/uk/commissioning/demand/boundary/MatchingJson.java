package uk.commissioning.demand.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.util.List;
import uk.commissioning.demand.control.LinkWorkerCoverage;
import uk.commissioning.demand.control.LinkWorkerCoverage.Coverage;
import uk.commissioning.demand.control.Matching;
import uk.commissioning.demand.control.MatchingCalculator.Cell;
import uk.commissioning.demand.control.MatchingCalculator.IdleService;
import uk.commissioning.demand.control.MatchingCalculator.Totals;
import uk.commissioning.platform.web.Json.MoneyJson;

/**
 * The matching report on the wire. Quantities of people (capacity, used, unmet, idle) are decimals to the hundredth,
 * utilisation a fraction to four places (0.8333 = 83.33%), money {@code {"amount":"120.00","currency":"GBP"}}. A figure
 * that does not exist (utilisation without capacity, a unit cost nobody knows) is null, never left out.
 */
public final class MatchingJson {

    private MatchingJson() {
    }

    @JsonbNillable
    public record ReportJson(String period, String periodLabel, String from, String to, List<String> quarters, String level,
                      String borough, String need, BigDecimal sessionsPerPerson, TargetsJson targets,
                      List<CellJson> cells, List<CellJson> yearTotals, TotalsJson totals, List<CoverageJson> coverage,
                      List<IdleServiceJson> idleServices) {

        static ReportJson of(Matching.Report r) {
            return new ReportJson(r.period().code(), r.period().label(), r.period().from().toString(),
                    r.period().to().toString(), r.period().quarters().stream().map(q -> q.code()).toList(),
                    r.level().name().toLowerCase(java.util.Locale.ROOT), r.borough(), r.need(), r.sessionsPerPerson(),
                    TargetsJson.NHS_PLAN, r.cells().stream().map(CellJson::of).toList(),
                    r.yearTotals().stream().map(CellJson::of).toList(), TotalsJson.of(r.totals()),
                    r.coverage().stream().map(CoverageJson::of).toList(),
                    r.idleServices().stream().map(IdleServiceJson::of).toList());
        }
    }

    /** The NHS plan's ranges the coverage statuses compare with. */
    public record TargetsJson(BigDecimal populationPerFteLow, BigDecimal populationPerFteHigh, BigDecimal caseloadPerFteLow,
                       BigDecimal caseloadPerFteHigh) {
        static final TargetsJson NHS_PLAN = new TargetsJson(LinkWorkerCoverage.POPULATION_PER_FTE_LOW,
                LinkWorkerCoverage.POPULATION_PER_FTE_HIGH, LinkWorkerCoverage.CASELOAD_LOW, LinkWorkerCoverage.CASELOAD_HIGH);
    }

    @JsonbNillable
    public record CellJson(String period, String areaCode, String areaName, String boroughCode, boolean wardNotGiven,
                    String needCode, String needName, long referrals, BigDecimal capacity, BigDecimal usedCapacity,
                    BigDecimal utilisation, BigDecimal unmet, BigDecimal idleCapacity, MoneyJson unitCost,
                    String unitCostSource, String unitCostBasis, MoneyJson unfundedDemand) {

        static CellJson of(Cell c) {
            return new CellJson(c.period(), c.areaCode(), c.areaName(), c.boroughCode(), c.wardNotGiven(), c.needCode(),
                    c.needName(), c.referrals(), c.capacity(), c.usedCapacity(), c.utilisation(), c.unmet(),
                    c.idleCapacity(), MoneyJson.of(c.unitCost()), c.unitCostSource().name(), c.unitCostBasis(),
                    MoneyJson.of(c.unfundedDemand()));
        }
    }

    @JsonbNillable
    public record TotalsJson(long referrals, BigDecimal capacity, BigDecimal usedCapacity, BigDecimal utilisation,
                      BigDecimal unmet, BigDecimal idleCapacity, MoneyJson unfundedDemand, BigDecimal unmetWithoutUnitCost) {

        static TotalsJson of(Totals t) {
            return new TotalsJson(t.referrals(), t.capacity(), t.usedCapacity(), t.utilisation(), t.unmet(),
                    t.idleCapacity(), MoneyJson.of(t.unfundedDemand()), t.unmetWithoutUnitCost());
        }
    }

    @JsonbNillable
    public record CoverageJson(String areaCode, String areaName, long population, BigDecimal fte, BigDecimal populationPerFte,
                        String coverageStatus, long peopleReferred, BigDecimal annualisedCaseload,
                        BigDecimal caseloadPerFte, String caseloadStatus) {

        static CoverageJson of(Coverage c) {
            return new CoverageJson(c.areaCode(), c.areaName(), c.population(), c.fte(), c.populationPerFte(),
                    c.coverageStatus().name(), c.peopleReferred(), c.annualisedCaseload(), c.caseloadPerFte(),
                    c.caseloadStatus().name());
        }
    }

    public record IdleServiceJson(long serviceId, String serviceName, String providerName, List<String> contracts,
                           BigDecimal capacity, List<String> needs, List<String> areas) {

        static IdleServiceJson of(IdleService s) {
            return new IdleServiceJson(s.serviceId(), s.name(), s.providerName(), s.contracts(), s.capacity(),
                    List.copyOf(s.needs()), List.copyOf(s.areas()));
        }
    }

    private static final String[] CSV_HEADER = {"period", "area_code", "area_name", "borough_code", "ward_not_given",
            "need_code", "need_name", "referrals", "capacity", "used_capacity", "utilisation", "unmet", "idle_capacity",
            "unit_cost", "unit_cost_source", "unfunded_demand", "currency"};

    /** One line per cell (quarter cells, then a year's totals), money to two places, with a header line. */
    static String csv(Matching.Report report) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_HEADER)).append("\r\n");
        for (List<Cell> cells : List.of(report.cells(), report.yearTotals())) {
            for (Cell c : cells) {
                String currency = c.unitCost() != null ? c.unitCost().currencyCode() : "";
                line(out, c.period(), c.areaCode(), c.areaName(), c.boroughCode(), String.valueOf(c.wardNotGiven()),
                        c.needCode(), c.needName(), String.valueOf(c.referrals()), plain(c.capacity()),
                        plain(c.usedCapacity()), plain(c.utilisation()), plain(c.unmet()), plain(c.idleCapacity()),
                        c.unitCost() == null ? "" : plain(c.unitCost().amount()), c.unitCostSource().name(),
                        c.unfundedDemand() == null ? "" : plain(c.unfundedDemand().amount()), currency);
            }
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static void line(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields[i] == null ? "" : fields[i];
            boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0;
            out.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        out.append("\r\n");
    }
}
