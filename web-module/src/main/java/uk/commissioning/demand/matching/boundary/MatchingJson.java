package uk.commissioning.demand.matching.boundary;

import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import uk.commissioning.areas.control.AreaIndex;
import uk.commissioning.demand.control.SmallNumbers.Count;
import uk.commissioning.demand.matching.control.LinkWorkerCoverage;
import uk.commissioning.demand.matching.control.LinkWorkerCoverage.Coverage;
import uk.commissioning.demand.matching.control.Matching;
import uk.commissioning.demand.matching.control.MatchingCalculator.Cell;
import uk.commissioning.demand.matching.control.MatchingCalculator.IdleService;
import uk.commissioning.demand.matching.control.MatchingCalculator.Totals;
import uk.commissioning.demand.matching.control.MatchingCalculator.UnitCostSource;
import uk.commissioning.demand.matching.control.MatchingDisclosure;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.csv.CsvWriter;

/**
 * The matching report on the wire (docs/API.md has the shape). Quantities of people (capacity, used, unmet, idle) are
 * decimals to the hundredth, utilisation a fraction to four places (0.8333 = 83.33%), money a decimal string in the
 * report's {@code currency}. A figure that does not exist (utilisation without capacity, a unit cost nobody knows) is
 * left out. Small numbers are hidden as {@link MatchingDisclosure} says: {@code exact} at the top tells whether they are,
 * and a hidden cell (or total, or coverage line) carries {@code suppressed} ("&lt;5" or "withheld") instead of the
 * referral-based figures.
 * <p>
 * London by ward for a year is some 38,000 cells, so the report is written as it is read, straight to the response,
 * and a cell carries only its own figures: what many cells share (area and need names, the borough of a ward, the
 * currency, where a unit cost comes from and the sentence saying so) is written once at the top and referred to by
 * code or index. That took the year by ward from 20 MB (530 bytes a cell) to under half of it.
 */
public final class MatchingJson {

    private static final JsonGeneratorFactory GENERATORS = jakarta.json.Json.createGeneratorFactory(Map.of());

    private MatchingJson() {
    }

    static StreamingOutput json(Matching.Report report) {
        return out -> {
            try (JsonGenerator g = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
                new Writer(g, report).report();
            }
        };
    }

    /** One report written to one generator. */
    private static final class Writer {

        private final JsonGenerator g;
        private final Matching.Report r;
        private final Currency currency;
        /** Each distinct unit-cost basis sentence → its index in unitCostBases (a sentence names its source too). */
        private final Map<String, Integer> bases = new LinkedHashMap<>();

        Writer(JsonGenerator g, Matching.Report r) {
            this.g = g;
            this.r = r;
            this.currency = r.totals().unfundedDemand().currency();
        }

        void report() {
            g.writeStartObject()
                    .write("period", r.period().code())
                    .write("periodLabel", r.period().label())
                    .write("from", r.period().from().toString())
                    .write("to", r.period().to().toString());
            strings("quarters", r.period().quarters().stream().map(Quarter::code).toList());
            g.write("level", r.level().name().toLowerCase(Locale.ROOT));
            optional("borough", r.borough());
            optional("need", r.need());
            g.write("exact", r.disclosure().isExact());
            g.write("sessionsPerPerson", r.sessionsPerPerson())
                    .write("currency", currency.getCurrencyCode());
            g.writeStartObject("targets")
                    .write("populationPerFteLow", LinkWorkerCoverage.POPULATION_PER_FTE_LOW)
                    .write("populationPerFteHigh", LinkWorkerCoverage.POPULATION_PER_FTE_HIGH)
                    .write("caseloadPerFteLow", LinkWorkerCoverage.CASELOAD_LOW)
                    .write("caseloadPerFteHigh", LinkWorkerCoverage.CASELOAD_HIGH)
                    .writeEnd();
            g.writeStartObject("needs");
            r.needNames().forEach(g::write);
            g.writeEnd();
            areas();
            Map<String, UnitCostSource> sources = new LinkedHashMap<>();
            for (List<Cell> cells : List.of(r.cells(), r.yearTotals())) {
                for (Cell c : cells) {
                    if (sources.putIfAbsent(c.unitCostBasis(), c.unitCostSource()) == null) {
                        bases.put(c.unitCostBasis(), bases.size());
                    }
                }
            }
            g.writeStartArray("unitCostBases");
            sources.forEach((basis, source) -> g.writeStartObject().write("source", source.name()).write("basis", basis)
                    .writeEnd());
            g.writeEnd();

            g.writeStartArray("cells");
            r.cells().forEach(this::cell);
            g.writeEnd();
            if (r.period().isYear()) {
                g.writeStartArray("yearTotals");
                r.yearTotals().forEach(this::cell);
                g.writeEnd();
            }
            totals(r.totals());
            g.writeStartArray("coverage");
            r.coverage().forEach(this::coverage);
            g.writeEnd();
            g.writeStartArray("idleServices");
            r.idleServices().forEach(this::idleService);
            g.writeEnd();
            g.writeEnd();
        }

        /**
         * Every borough and ward the report names (in cells, coverage and idle services' areas): a borough's name, a
         * ward's name and borough. Codes the reference data does not know are left out.
         */
        private void areas() {
            AreaIndex areas = r.areas();
            TreeMap<String, String> boroughs = new TreeMap<>();
            TreeMap<String, AreaIndex.Ward> wards = new TreeMap<>();
            Consumer<String> named = code -> {
                AreaIndex.Ward ward = areas.ward(code);
                if (ward != null) {
                    wards.put(code, ward);
                    boroughs.put(ward.boroughCode(), areas.name(ward.boroughCode()));
                } else if (areas.isBorough(code)) {
                    boroughs.put(code, areas.name(code));
                }
            };
            String last = null;
            for (List<Cell> cells : List.of(r.cells(), r.yearTotals())) {
                for (Cell c : cells) {
                    // Cells come area by area within a quarter: one lookup per run of an area, not per cell.
                    if (!c.areaCode().equals(last)) {
                        named.accept(c.areaCode());
                        last = c.areaCode();
                    }
                }
            }
            r.coverage().forEach(c -> named.accept(c.areaCode()));
            r.idleServices().forEach(s -> s.areas().forEach(named));
            g.writeStartObject("boroughs");
            boroughs.forEach(g::write);
            g.writeEnd();
            g.writeStartObject("wards");
            wards.forEach((code, ward) -> g.writeStartObject(code).write("name", ward.name())
                    .write("borough", ward.boroughCode()).writeEnd());
            g.writeEnd();
        }

        /** A suppressed cell ({@link MatchingDisclosure}) says how it reads and leaves out what its referrals make. */
        private void cell(Cell c) {
            g.writeStartObject()
                    .write("period", c.period())
                    .write("areaCode", c.areaCode())
                    .write("needCode", c.needCode());
            if (c.wardNotGiven()) {
                g.write("wardNotGiven", true);
            }
            boolean hidden = r.disclosure().hides(c);
            if (hidden) {
                g.write("suppressed", r.disclosure().referrals(c).text());
            } else {
                g.write("referrals", c.referrals());
            }
            g.write("capacity", c.capacity());
            if (!hidden) {
                g.write("usedCapacity", c.usedCapacity());
                optional("utilisation", c.utilisation());
                g.write("unmet", c.unmet());
            }
            g.write("idleCapacity", c.idleCapacity());
            optional("unitCost", c.unitCost());
            g.write("unitCostBasis", bases.get(c.unitCostBasis()));
            if (!hidden) {
                optional("unfundedDemand", c.unfundedDemand());
            }
            g.writeEnd();
        }

        private void totals(Totals t) {
            Count referrals = r.disclosure().grandTotal(r.period().code(), t.referrals());
            g.writeStartObject("totals");
            if (referrals.isHidden()) {
                g.write("suppressed", referrals.text());
            } else {
                g.write("referrals", t.referrals());
            }
            g.write("capacity", t.capacity());
            if (!referrals.isHidden()) {
                g.write("usedCapacity", t.usedCapacity());
                optional("utilisation", t.utilisation());
                g.write("unmet", t.unmet());
            }
            g.write("idleCapacity", t.idleCapacity());
            if (!referrals.isHidden()) {
                optional("unfundedDemand", t.unfundedDemand());
                g.write("unmetWithoutUnitCost", t.unmetWithoutUnitCost());
            }
            g.writeEnd();
        }

        private void coverage(Coverage c) {
            g.writeStartObject()
                    .write("areaCode", c.areaCode())
                    .write("population", c.population())
                    .write("fte", c.fte());
            optional("populationPerFte", c.populationPerFte());
            g.write("coverageStatus", c.coverageStatus().name());
            Count people = r.disclosure().peopleReferred(c);
            if (people.isHidden()) {
                g.write("suppressed", people.text());
            } else {
                g.write("peopleReferred", c.peopleReferred())
                        .write("annualisedCaseload", c.annualisedCaseload());
                optional("caseloadPerFte", c.caseloadPerFte());
            }
            g.write("caseloadStatus", c.caseloadStatus().name())
                    .writeEnd();
        }

        private void idleService(IdleService s) {
            g.writeStartObject()
                    .write("serviceId", s.serviceId())
                    .write("serviceName", s.name());
            optional("providerName", s.providerName());
            strings("contracts", s.contracts());
            g.write("capacity", s.capacity());
            strings("needs", s.needs());
            strings("areas", s.areas());
            g.writeEnd();
        }

        private void strings(String name, Collection<String> values) {
            g.writeStartArray(name);
            values.forEach(g::write);
            g.writeEnd();
        }

        private void optional(String name, String value) {
            if (value != null) {
                g.write(name, value);
            }
        }

        private void optional(String name, BigDecimal value) {
            if (value != null) {
                g.write(name, value);
            }
        }

        /** An amount as a decimal string: every amount of the report is in its {@code currency}. */
        private void optional(String name, Money value) {
            if (value != null) {
                if (!value.currency().equals(currency)) {
                    throw new IllegalStateException(name + " is in " + value.currencyCode() + ", the report in " + currency);
                }
                g.write(name, value.amount().toPlainString());
            }
        }
    }

    private static final String[] CSV_HEADER = {"period", "area_code", "area_name", "borough_code", "ward_not_given",
            "need_code", "need_name", "referrals", "capacity", "used_capacity", "utilisation", "unmet", "idle_capacity",
            "unit_cost", "unit_cost_source", "unfunded_demand", "currency"};

    /** One line per cell (quarter cells, then a year's totals), money to two places, with a header line. */
    static StreamingOutput csv(Matching.Report report) {
        return out -> {
            CsvWriter csv = CsvWriter.utf8(out, CSV_HEADER);
            for (List<Cell> cells : List.of(report.cells(), report.yearTotals())) {
                for (Cell c : cells) {
                    csv.text(c.period()).text(c.areaCode()).text(c.areaName()).text(c.boroughCode())
                            .flag(c.wardNotGiven()).text(c.needCode()).text(c.needName());
                    if (report.disclosure().hides(c)) {
                        // What is made from the referrals would give them back: left empty, as on the screen.
                        csv.text(report.disclosure().referrals(c).text()).number(c.capacity()).text(null).text(null)
                                .text(null).number(c.idleCapacity()).money(c.unitCost()).text(c.unitCostSource().name())
                                .text(null);
                    } else {
                        csv.number(c.referrals()).number(c.capacity()).number(c.usedCapacity()).number(c.utilisation())
                                .number(c.unmet()).number(c.idleCapacity()).money(c.unitCost()).text(c.unitCostSource().name())
                                .money(c.unfundedDemand());
                    }
                    csv.text(c.unitCost() == null ? "" : c.unitCost().currencyCode()).endRow();
                }
            }
            csv.flush();
        };
    }
}
