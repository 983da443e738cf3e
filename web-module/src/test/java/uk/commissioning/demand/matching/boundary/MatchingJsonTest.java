package uk.commissioning.demand.matching.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.commissioning.areas.control.AreaIndex;
import uk.commissioning.contracts.entity.CapacityUnit;
import uk.commissioning.contracts.entity.ServiceStatus;
import uk.commissioning.demand.control.DemandPeriod;
import uk.commissioning.demand.matching.control.ContractedCapacity.CapacityLine;
import uk.commissioning.demand.matching.control.LinkWorkerCoverage;
import uk.commissioning.demand.matching.control.Matching;
import uk.commissioning.demand.matching.control.MatchingCalculator.Demand;
import uk.commissioning.demand.matching.control.MatchingCalculator.Level;
import uk.commissioning.demand.matching.control.MatchingCalculator.Matrix;
import uk.commissioning.demand.matching.control.MatchingCalculator;
import uk.commissioning.demand.matching.control.MatchingDisclosure;
import uk.commissioning.demand.matching.control.ServiceOffer;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;

/**
 * The matching report on the wire, for DemandApiIT's Sutton quarter with some capacity added: Beddington North has 3
 * housing and 1 debt referral, Beddington South 3 housing, Sutton without a ward 5 housing. An active housing service
 * in Beddington South (6 places at £40.00) is the directory's only housing service; nothing offers debt advice.
 * South housing: capacity 6.00 for 3 referrals → used 3.00, utilisation 0.5000, no unmet; North housing: unmet 3.00 ×
 * £40.00 (the directory's price) = £120.00; Sutton without a ward: 5.00 × £40.00 = £200.00; North debt: unmet 1.00,
 * no unit cost, so no unfunded figure. Totals: 12 referrals, unmet 9.00, unfunded £320.00, 1.00 unmet unpriced.
 */
class MatchingJsonTest {

    private static final String SUTTON = "E09000029";
    private static final String NORTH = "E05000555";
    private static final String SOUTH = "E05000556";
    private static final Quarter Q2 = Quarter.parse("2017-18-Q2");
    private static final ServiceOffer SHELTER = new ServiceOffer(1, "Shelter drop-in", 10L, "Sutton Advice", CapacityUnit.PLACES,
            6, Money.pounds("40.00"), ServiceStatus.ACTIVE, Set.of("HOUSING"), Set.of(SOUTH));

    /** @param exact as an administrator sees it (else a commissioner: small numbers hidden) */
    private static Matching.Report report(boolean exact) {
        AreaIndex areas = new AreaIndex(List.of(new AreaIndex.Borough(SUTTON, "Sutton")),
                List.of(new AreaIndex.Ward(NORTH, "Beddington North", SUTTON, 10672, new BigDecimal("20.1")),
                        new AreaIndex.Ward(SOUTH, "Beddington South", SUTTON, 11000, new BigDecimal("15.3"))));
        Map<String, String> needs = new LinkedHashMap<>();
        needs.put("HOUSING", "Housing");
        needs.put("WELFARE_BENEFITS_DEBT", "Welfare benefits and debt");
        DemandPeriod period = DemandPeriod.of(Q2);
        Matrix matrix = new MatchingCalculator(areas, needs, List.of(SHELTER), BigDecimal.valueOf(6), Money.GBP).match(period,
                List.of(new Demand(Q2, NORTH, "HOUSING", 3), new Demand(Q2, NORTH, "WELFARE_BENEFITS_DEBT", 1),
                        new Demand(Q2, SOUTH, "HOUSING", 3), new Demand(Q2, SUTTON, "HOUSING", 5)),
                List.of(new CapacityLine(Q2, SHELTER, new BigDecimal("6.00"), List.of("SUT-1"))));
        var cells = matrix.cells(Level.WARD, SUTTON, null);
        var coverage = LinkWorkerCoverage.of(areas, Level.WARD, List.of(NORTH, SOUTH),
                List.of(new LinkWorkerCoverage.Post(NORTH, new BigDecimal("1.0"))), Map.of(NORTH, 2L), 1);
        return new Matching.Report(period, Level.WARD, SUTTON, null, BigDecimal.valueOf(6), cells, List.of(),
                matrix.totals(cells), coverage, List.of(), areas, needs, MatchingDisclosure.of(cells, List.of(), exact));
    }

    private static JsonObject written(Matching.Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatchingJson.json(report).write(out);
        return Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
    }

    private static JsonObject cell(JsonObject json, String area, String need) {
        return json.getJsonArray("cells").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("areaCode").equals(area) && c.getString("needCode").equals(need)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + area + " " + need));
    }

    @Test
    void everyFigureOfACellIsWrittenAndWhatCellsShareOnlyOnce() throws IOException {
        JsonObject json = written(report(true));
        JsonObject south = cell(json, SOUTH, "HOUSING");
        assertEquals(Json.createObjectBuilder().add("period", "2017-18-Q2").add("areaCode", SOUTH).add("needCode", "HOUSING")
                .add("referrals", 3).add("capacity", new BigDecimal("6.00")).add("usedCapacity", new BigDecimal("3.00"))
                .add("utilisation", new BigDecimal("0.5000")).add("unmet", new BigDecimal("0.00"))
                .add("idleCapacity", new BigDecimal("0.00")).add("unitCost", "40.00")
                .add("unitCostBasis", south.getInt("unitCostBasis")).add("unfundedDemand", "0.00").build(), south);
        JsonArray bases = json.getJsonArray("unitCostBases");
        assertEquals(Json.createObjectBuilder().add("source", "CONTRACTED").add("basis", "contracted services in this cell")
                .build(), bases.getJsonObject(south.getInt("unitCostBasis")));

        JsonObject northHousing = cell(json, NORTH, "HOUSING");
        assertEquals("40.00", northHousing.getString("unitCost"));
        assertEquals("120.00", northHousing.getString("unfundedDemand"));
        assertEquals(Json.createObjectBuilder().add("source", "DIRECTORY")
                .add("basis", "no contracted capacity: 1 active directory service(s) offering Housing").build(),
                bases.getJsonObject(northHousing.getInt("unitCostBasis")));
        assertEquals(3, bases.size(), "one sentence per basis, however many cells share it: " + bases);

        assertEquals("GBP", json.getString("currency"));
        assertEquals("Sutton", json.getJsonObject("boroughs").getString(SUTTON));
        assertEquals(Json.createObjectBuilder().add("name", "Beddington North").add("borough", SUTTON).build(),
                json.getJsonObject("wards").getJsonObject(NORTH));
        assertEquals("Welfare benefits and debt", json.getJsonObject("needs").getString("WELFARE_BENEFITS_DEBT"));
    }

    @Test
    void missingFiguresAreLeftOut() throws IOException {
        JsonObject json = written(report(true));
        JsonObject debt = cell(json, NORTH, "WELFARE_BENEFITS_DEBT");
        assertFalse(debt.containsKey("utilisation"), "no capacity: " + debt);
        assertFalse(debt.containsKey("unitCost"), "nothing offers debt advice: " + debt);
        assertFalse(debt.containsKey("unfundedDemand"), debt.toString());
        assertEquals(Json.createObjectBuilder().add("source", "NONE")
                .add("basis", "unknown: no contracted capacity and no active directory service offers Welfare benefits and debt")
                .build(), json.getJsonArray("unitCostBases").getJsonObject(debt.getInt("unitCostBasis")));
        assertFalse(json.containsKey("need"), "no need filter");
        assertFalse(json.containsKey("yearTotals"), "a quarter has no year totals");
        JsonObject southCoverage = json.getJsonArray("coverage").getJsonObject(1);
        assertEquals(SOUTH, southCoverage.getString("areaCode"));
        assertEquals("NO_POSTS", southCoverage.getString("coverageStatus"));
        assertFalse(southCoverage.containsKey("populationPerFte"), southCoverage.toString());
    }

    @Test
    void aBoroughsCountsWithoutAWardAreMarkedOnlyOnTheirOwnRow() throws IOException {
        JsonObject json = written(report(true));
        assertTrue(cell(json, SUTTON, "HOUSING").getBoolean("wardNotGiven"));
        assertFalse(cell(json, NORTH, "HOUSING").containsKey("wardNotGiven"));
        assertEquals(12, json.getJsonObject("totals").getInt("referrals"));
        JsonObject totals = json.getJsonObject("totals");
        assertEquals(new BigDecimal("9.00"), totals.getJsonNumber("unmet").bigDecimalValue());
        assertEquals("320.00", totals.getString("unfundedDemand"));
        assertEquals(new BigDecimal("1.00"), totals.getJsonNumber("unmetWithoutUnitCost").bigDecimalValue());
    }

    @Test
    void outsideAdministratorsACellOfOneToFourReferralsSaysSoAndLeavesOutWhatItsReferralsMake() throws IOException {
        JsonObject json = written(report(false));
        assertFalse(json.getBoolean("exact"));
        JsonObject south = cell(json, SOUTH, "HOUSING");
        assertEquals(Json.createObjectBuilder().add("period", "2017-18-Q2").add("areaCode", SOUTH).add("needCode", "HOUSING")
                .add("suppressed", "<5").add("capacity", new BigDecimal("6.00")).add("idleCapacity", new BigDecimal("0.00"))
                .add("unitCost", "40.00").add("unitCostBasis", south.getInt("unitCostBasis")).build(), south,
                "3 referrals: neither they nor capacity used, utilisation, unmet or unfunded demand (each gives them back)");
        assertEquals("<5", cell(json, NORTH, "WELFARE_BENEFITS_DEBT").getString("suppressed"));
        assertEquals(5, cell(json, SUTTON, "HOUSING").getInt("referrals"), "5 is shown");
        assertEquals(12, json.getJsonObject("totals").getInt("referrals"));
        JsonObject northCoverage = json.getJsonArray("coverage").getJsonObject(0);
        assertEquals("<5", northCoverage.getString("suppressed"), northCoverage.toString());
        assertFalse(northCoverage.containsKey("peopleReferred") || northCoverage.containsKey("annualisedCaseload"),
                northCoverage.toString());
        assertTrue(written(report(true)).getBoolean("exact"));
    }

    @Test
    void theCsvWritesHowASuppressedCellReadsAndLeavesItsReferralFiguresEmpty() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatchingJson.csv(report(false)).write(out);
        String south = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("," + SOUTH + ",") && l.contains("HOUSING"))
                .findFirst().orElseThrow();
        assertEquals("2017-18-Q2,E05000556,Beddington South,E09000029,false,HOUSING,Housing,<5,6.00,,,,0.00,40.00,CONTRACTED,,GBP",
                south);
    }
}
