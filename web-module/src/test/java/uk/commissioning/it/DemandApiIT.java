package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.it.Api.obj;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Demand imports through the API on the real WAR: exact counts and an exact error report for a file with known good
 * and bad rows, a header that rejects the whole file, a file with no valid rows, re-imports that add nothing, and
 * who may upload and see what. Each test uses source systems of its own, so tests sharing a database never meet.
 * Every import also waits for its job run and checks the batch runtime's own counts against the import's: the reader
 * reads every line after the header, the processor never filters one (a rejected line is an item the writer records),
 * so READ_COUNT = WRITE_COUNT = the import's read = written + skipped, and FILTER_COUNT = 0.
 */
class DemandApiIT extends ApiIT {

    static final String COMMISSIONER = "dan.reeves";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String HEADER = "source_system,referral_id,referral_date,nhs_number,person_id,age_band,ward_code,"
            + "referral_source,needs,service_id,outcome,swemwbs_before,swemwbs_after\n";

    @Test
    void aFileWithGoodAndBadRowsGivesExactCountsAndAnExactErrorReport() {
        String source = unique("IT-MIXED");
        String csv = HEADER
                + source + ",R1,2019-05-14,943 476 5919,,65-74,E05009317,GP,Housing;Mental wellbeing,,COMPLETED,19.25,23.21\n"
                + source + ",R2,2019-05-14,9434765918,,65-74,E05009317,GP,Housing,,ACCEPTED,,\n"
                + "\n"
                + source + ",R3,2019-06-01,,px-1,25-34,E05999999,Postman,Plumbing,,maybe,,\n"
                + source + ",R4,2019-07-02,,px-2,18-24,E05009323,self,365500004,,did not attend,,\n"
                + source + ",R5,2019-07-02,,px-3,18-24,E05009323,GP,HOUSING\n"
                + source + ",\"R6,2019-07-02\n";
        JsonObject done = importAndWait(COMMISSIONER, csv, "referrals");
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(7, done.getJsonNumber("totalLines").longValue());
        assertEquals(7, done.getJsonNumber("read").longValue());
        assertEquals(2, done.getJsonNumber("written").longValue());
        assertEquals(5, done.getJsonNumber("skipped").longValue());
        JsonObject run = lastRun(done);
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals("COMPLETED", run.getString("exitStatus"), run.toString());
        assertEquals(List.of("header", "rows", "completion"), stepNames(run));
        assertEquals("VALID", BatchJobs.step(run, "header").getString("exitStatus"));
        JsonObject rows = BatchJobs.step(run, "rows");
        assertEquals(7, BatchJobs.count(rows, "read"), rows.toString());
        assertEquals(7, BatchJobs.count(rows, "write"), rows.toString());
        assertEquals(0, BatchJobs.count(rows, "filter"), rows.toString());
        assertEquals(1, BatchJobs.count(rows, "commit"), "one chunk: " + rows);
        assertEquals(0, BatchJobs.count(rows, "rollback"), rows.toString());
        assertEquals("COMPLETED", BatchJobs.step(run, "completion").getString("exitStatus"));
        assertEquals(COMMISSIONER, run.getString("startedBy"));
        assertEquals("""
                line,column,reason
                3,nhs_number,fails the modulus 11 check
                4,,blank line
                5,ward_code,E05999999 is not a London ward
                5,referral_source,"'Postman' is not a referral source (GP, SELF, SOCIAL_CARE, HOSPITAL_DISCHARGE, JOBCENTRE, VCSE, OTHER)"
                5,needs,unknown need category 'Plumbing'
                5,outcome,"must be ACCEPTED, DECLINED, DID_NOT_ATTEND or COMPLETED"
                7,,has 9 fields; the header has 13
                8,,not a CSV line: a quoted field is not closed on this line
                """, errorsCsv(done));
        JsonObject held = holding(source);
        assertEquals(2, held.getJsonNumber("referrals").longValue());
        assertEquals("2019-05-14", held.getString("firstReferral"));
        assertEquals("2019-07-02", held.getString("lastReferral"));
    }

    @Test
    void reimportingTheSameFileAddsNothingAndALaterFileUpdatesTheReferral() {
        String source = unique("IT-AGAIN");
        String csv = HEADER
                + source + ",R1,2019-05-14,,p-1,65-74,E05009317,GP,Housing,,ACCEPTED,,\n"
                + source + ",R2,2019-05-15,,p-2,65-74,E05009317,GP,Housing,,ACCEPTED,,\n"
                + source + ",R2,2019-05-15,,p-2,65-74,E05009317,GP,Housing,,COMPLETED,,\n";
        assertEquals(3, importAndWait(COMMISSIONER, csv, null).getJsonNumber("written").longValue());
        assertEquals(2, holding(source).getJsonNumber("referrals").longValue(), "a later line for the same referral replaces it");
        JsonObject again = importAndWait(COMMISSIONER, csv, null);
        assertEquals("COMPLETED", again.getString("status"));
        assertEquals(2, holding(source).getJsonNumber("referrals").longValue(), "the same file again adds nothing");
        assertEquals(2, holding(source).getJsonNumber("people").longValue());
    }

    /** A column named like a formula comes back in the report with a quote in front, so a spreadsheet shows it. */
    @Test
    void aWrongHeaderRejectsTheWholeFileBeforeAnyRowIsWritten() {
        String source = unique("IT-HEADER");
        String csv = "source_system,referral_id,referral_date,nhs_number,age_band,ward,referral_source,needs,outcome,outcome,"
                + "\"=HYPERLINK(\"\"http://x.test\"\",\"\"open\"\")\"\n"
                + source + ",R1,2019-05-14,,65-74,E05009317,GP,Housing,ACCEPTED,ACCEPTED,\n";
        JsonObject done = importAndWait(COMMISSIONER, csv, "referrals");
        assertEquals("FAILED", done.getString("status"));
        assertEquals("the header was rejected: no row was read", done.getString("failureReason"));
        assertEquals(0, done.getJsonNumber("read").longValue());
        JsonObject run = lastRun(done);
        assertEquals("COMPLETED", run.getString("status"), "the job ran as designed: " + run);
        assertEquals("REJECTED", run.getString("exitStatus"), run.toString());
        assertEquals(List.of("header"), stepNames(run), "no row was read: " + run);
        assertEquals("REJECTED", BatchJobs.step(run, "header").getString("exitStatus"));
        assertEquals(0, BatchJobs.count(BatchJobs.step(run, "header"), "read"));
        assertEquals("""
                line,column,reason
                1,ward,unknown column for the referrals format (docs/DEMAND-FORMATS.md lists the columns)
                1,outcome,the column is named twice
                1,"'=hyperlink(""http://x.test"",""open"")",unknown column for the referrals format (docs/DEMAND-FORMATS.md lists the columns)
                1,ward_code,required column missing
                """, errorsCsv(done));
        assertTrue(api.get(COMMISSIONER, "api/demand/holdings").expect(200).array().stream()
                .noneMatch(h -> h.asJsonObject().getString("sourceSystem").equals(source)));
    }

    @Test
    void aFileWithNoValidRowsEndsFailedWithItsReport() {
        String source = unique("IT-NONE");
        String csv = "source_system,quarter,area_code,need,referral_source,count\n"
                + source + ",2019-20 Q5,E09000030,Housing,GP,4\n"
                + source + ",2019-20 Q1,E09000030,Housing,GP,-4\n";
        JsonObject done = importAndWait(COMMISSIONER, csv, null);
        assertEquals("aggregate", done.getString("format"), "told from the header");
        assertEquals("FAILED", done.getString("status"));
        assertEquals("no valid rows: every line was rejected", done.getString("failureReason"));
        assertEquals(2, done.getJsonNumber("skipped").longValue());
        JsonObject run = lastRun(done);
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals("FAILED", run.getString("exitStatus"), "the import's outcome: " + run);
        JsonObject rows = BatchJobs.step(run, "rows");
        assertEquals(2, BatchJobs.count(rows, "read"), rows.toString());
        assertEquals(2, BatchJobs.count(rows, "write"), rows.toString());
        assertEquals(0, BatchJobs.count(rows, "filter"), rows.toString());
        assertEquals("""
                line,column,reason
                2,quarter,'2019-20 Q5' is not a quarter; write it like 2019-20 Q3
                3,count,must be from 0 to 10000000
                """, errorsCsv(done));
    }

    @Test
    void anOrganisationsTokenUploadsOthersOrganisationsImportsAreNotFoundAndBoardMembersCannotUpload() {
        long poplar = api.get("admin", "api/organisations").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals("Poplar Wellbeing Partnership")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String token = api.post("admin", "api/tokens", obj().add("organisationId", poplar)
                .add("name", "Link-worker system " + UUID.randomUUID()).build()).expect(201).json().getString("token");
        String source = unique("IT-TOKEN");
        String aggregate = "source_system,quarter,area_code,need,referral_source,count\n"
                + source + ",2019-20 Q1,E05009317,Housing,GP,4\n";
        JsonObject accepted = api.postCsvWithToken(token, "api/demand/imports", aggregate).expect(202).json();
        long id = accepted.getJsonNumber("id").longValue();
        JsonObject run = new BatchJobs(api, "sam.patel").awaitEnded(accepted.getString("jobRunsUrl"), WAIT);
        assertEquals("COMPLETED", run.getString("status"), "visible to the organisation's people: " + run);
        JsonObject done = waitUntilFinished("sam.patel", id);
        assertEquals("COMPLETED", done.getString("status"), "visible to the organisation's people: " + done);
        assertEquals(404, api.get(COMMISSIONER, "api/demand/imports/" + id).status(), "another organisation's import");
        assertEquals(0, api.get(COMMISSIONER, "api/job-runs?key=demand-import:" + id).expect(200).array().size(),
                "another organisation's runs are not listed");
        assertEquals(404, api.get(COMMISSIONER, "api/job-runs/" + run.getJsonNumber("id")).status(), "nor found");
        assertTrue(api.get(COMMISSIONER, "api/job-runs").expect(200).array().stream()
                .noneMatch(r -> r.asJsonObject().getJsonNumber("id").equals(run.getJsonNumber("id"))));
        assertEquals(1, api.get("admin", "api/job-runs?key=demand-import:" + id).expect(200).array().size());
        assertEquals(200, api.get("admin", "api/job-runs/" + run.getJsonNumber("id")).status());
        assertEquals(404, api.getCsv(COMMISSIONER, "api/demand/imports/" + id + "/errors.csv").status());
        assertEquals(200, api.get("admin", "api/demand/imports/" + id).status());
        assertEquals(403, api.postCsv("ruth.adeyemi", "api/demand/imports", aggregate).status(), "a board member");
        JsonObject badFormat = api.postCsv(COMMISSIONER, "api/demand/imports?format=xlsx", aggregate).expect(400).json();
        assertEquals("format", badFormat.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    /**
     * A hand-made dataset in Sutton, 2017-18 Q2 (no demo data, service or contract there, and no other test uses that
     * borough or year), so every figure is known by hand:
     * <ul>
     * <li>Beddington North (E05000555): 3 referrals naming HOUSING (one also names WELFARE_BENEFITS_DEBT) by 2 people
     *     (M1 and M2 carry the same NHS number, written two ways);</li>
     * <li>Beddington South (E05000556): 1 referral naming HOUSING;</li>
     * <li>an aggregate count of 5 HOUSING referrals for the borough as a whole, and 2 for Beddington South.</li>
     * </ul>
     * Ward view, HOUSING: North 3, South 1 + 2 = 3, "Sutton (ward not given)" 5; DEBT: North 1. Borough view, HOUSING:
     * 3 + 3 + 5 = 11; DEBT 1. No contracted capacity: capacity 0, unmet = referrals, no utilisation, unfunded demand =
     * unmet × the unit cost the directory gives the need. People referred in North: 2.
     */
    /** The proposal request's input rules are the domain's; the API still answers them as an invalid request. */
    @Test
    void aProposalWithANegativeMinimumAwardOrMixedAreasIsAnInvalidRequestNamingEachField() {
        JsonObject refused = api.post("omar.haddad", "api/demand/proposals", obj().add("fundId", 1).add("year", "2019-20")
                .add("needs", jakarta.json.Json.createArrayBuilder().add("HOUSING"))
                .add("areas", jakarta.json.Json.createArrayBuilder().add("E09000026").add("E05011237"))
                .add("minAward", Api.gbp("-1.00")).add("maxAward", Api.gbp("500.00")).build()).expect(400).json();
        assertEquals(java.util.List.of("areas", "minAward"), refused.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList(), refused.toString());
        assertEquals("must not be negative", refused.getJsonArray("errors").getJsonObject(1).getString("message"));
        assertFalse(refused.containsKey("reason"), "an invalid request, not a broken business rule");
    }

    @Test
    void matchingFiguresForAHandMadeDatasetEqualTheHandComputedValues() {
        String source = unique("IT-MATCH");
        String referrals = HEADER
                + source + ",M1,2017-07-03,943 476 5919,,65-74,E05000555,GP,HOUSING;WELFARE_BENEFITS_DEBT,,ACCEPTED,,\n"
                + source + ",M2,2017-08-15,9434765919,,65-74,E05000555,GP,Housing,,COMPLETED,20.00,24.50\n"
                + source + ",M3,2017-09-30,,sutton-7,25-34,E05000555,SELF,HOUSING,,DECLINED,,\n"
                + source + ",M4,2017-09-01,,sutton-8,25-34,E05000556,VCSE,HOUSING,,ACCEPTED,,\n"
                + source + ",M5,2017-10-01,,sutton-9,25-34,E05000556,VCSE,HOUSING,,ACCEPTED,,\n";   // Q3: not counted
        assertEquals(5, importAndWait(COMMISSIONER, referrals, null).getJsonNumber("written").longValue());
        String counts = "source_system,quarter,area_code,need,referral_source,count\n"
                + source + ",2017-18 Q2,E09000029,HOUSING,GP,5\n"
                + source + ",2017-18 Q2,E05000556,HOUSING,GP,2\n";
        assertEquals(2, importAndWait(COMMISSIONER, counts, null).getJsonNumber("written").longValue());

        // Exact counts: an administrator's view (anyone else sees 1 to 4 as "<5", below).
        JsonObject wards = api.get("admin", "api/demand/matching?quarter=2017-18-Q2&level=ward&borough=E09000029")
                .expect(200).json();
        assertTrue(wards.getBoolean("exact"));
        assertCell(wards, "E05000555", "HOUSING", 3);
        assertCell(wards, "E05000555", "WELFARE_BENEFITS_DEBT", 1);
        assertCell(wards, "E05000556", "HOUSING", 3);
        assertCell(wards, "E09000029", "HOUSING", 5);
        JsonObject notGiven = cell(wards, "E09000029", "HOUSING");
        assertTrue(notGiven.getBoolean("wardNotGiven"));
        assertFalse(cell(wards, "E05000555", "HOUSING").containsKey("wardNotGiven"), "only a borough's own row has it");
        assertEquals(4, wards.getJsonArray("cells").size(), "no other Sutton cells: " + wards.getJsonArray("cells"));
        assertEquals("Sutton", wards.getJsonObject("boroughs").getString("E09000029"));
        JsonObject north = wards.getJsonObject("wards").getJsonObject("E05000555");
        assertEquals("Beddington North", north.getString("name"));
        assertEquals("E09000029", north.getString("borough"));
        assertEquals("Housing", wards.getJsonObject("needs").getString("HOUSING"));
        assertEquals("GBP", wards.getString("currency"));
        JsonObject northCoverage = wards.getJsonArray("coverage").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("areaCode").equals("E05000555")).findFirst().orElseThrow();
        assertEquals(2, northCoverage.getJsonNumber("peopleReferred").intValue(), "M1 and M2 are one person");
        assertEquals(10672, northCoverage.getJsonNumber("population").longValue());

        JsonObject commissioner = api.get("priya.shah", "api/demand/matching?quarter=2017-18-Q2&level=ward&borough=E09000029")
                .expect(200).json();
        assertFalse(commissioner.getBoolean("exact"));
        JsonObject northHousing = cell(commissioner, "E05000555", "HOUSING");
        assertEquals("<5", northHousing.getString("suppressed"), northHousing.toString());
        assertFalse(northHousing.containsKey("referrals") || northHousing.containsKey("unmet")
                || northHousing.containsKey("unfundedDemand"), "3 referrals, and what is made of them, are hidden: " + northHousing);
        assertEquals("<5", cell(commissioner, "E05000555", "WELFARE_BENEFITS_DEBT").getString("suppressed"));
        assertEquals("<5", cell(commissioner, "E05000556", "HOUSING").getString("suppressed"));
        assertEquals(5, cell(commissioner, "E09000029", "HOUSING").getInt("referrals"), "5 is shown");
        JsonObject northPeople = commissioner.getJsonArray("coverage").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("areaCode").equals("E05000555")).findFirst().orElseThrow();
        assertEquals("<5", northPeople.getString("suppressed"), northPeople.toString());
        assertFalse(northPeople.containsKey("peopleReferred"), northPeople.toString());
        String commissionerCsv = api.getCsv("priya.shah", "api/demand/matching.csv?quarter=2017-18-Q2&level=ward&borough=E09000029")
                .expect(200).body();
        assertTrue(commissionerCsv.lines().anyMatch(line -> line.startsWith("2017-18-Q2,E05000555,Beddington North,E09000029,false,"
                + "HOUSING,Housing,<5,0.00,,,,")), commissionerCsv);

        JsonObject boroughs = api.get("priya.shah", "api/demand/matching?quarter=2017-18-Q2&level=borough&need=HOUSING")
                .expect(200).json();
        assertCell(boroughs, "E09000029", "HOUSING", 11);
        assertEquals(1, boroughs.getJsonArray("cells").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("areaCode").equals("E09000029")).count());

        String csv = api.getCsv("priya.shah", "api/demand/matching.csv?quarter=2017-18-Q2&level=borough&need=HOUSING")
                .expect(200).body();
        assertTrue(csv.lines().anyMatch(line -> line.startsWith("2017-18-Q2,E09000029,Sutton,E09000029,false,HOUSING,Housing,11,0.00,")),
                csv);
    }

    static JsonObject cell(JsonObject matching, String area, String need) {
        return matching.getJsonArray("cells").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("areaCode").equals(area) && c.getString("needCode").equals(need)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + area + " " + need + " in " + matching.getJsonArray("cells")));
    }

    /**
     * No contracted capacity in Sutton: capacity 0, everything unmet, no utilisation; the unit cost is the directory's
     * for the need (or none), and the unfunded demand unmet × unit cost.
     */
    static void assertCell(JsonObject matching, String area, String need, int referrals) {
        JsonObject cell = cell(matching, area, need);
        assertEquals(referrals, cell.getJsonNumber("referrals").intValue(), cell.toString());
        assertEquals(0, cell.getJsonNumber("capacity").bigDecimalValue().signum(), cell.toString());
        assertEquals(referrals, cell.getJsonNumber("unmet").bigDecimalValue().intValueExact(), cell.toString());
        assertFalse(cell.containsKey("utilisation"), cell.toString());
        JsonObject basis = matching.getJsonArray("unitCostBases").getJsonObject(cell.getInt("unitCostBasis"));
        if (cell.containsKey("unitCost")) {
            assertEquals("DIRECTORY", basis.getString("source"), cell.toString());
            assertTrue(basis.getString("basis").startsWith("no contracted capacity: "), basis.toString());
            assertEquals(new BigDecimal(cell.getString("unitCost")).multiply(BigDecimal.valueOf(referrals)).setScale(2),
                    new BigDecimal(cell.getString("unfundedDemand")), cell.toString());
        } else {
            assertEquals("NONE", basis.getString("source"), cell.toString());
            assertTrue(basis.getString("basis").startsWith("unknown: "), basis.toString());
            assertFalse(cell.containsKey("unfundedDemand"), cell.toString());
        }
    }

    /**
     * Uploads and waits for the job run to end (then the import has finished too: its last step decides it), and
     * checks the runtime's counts against the import's.
     */
    JsonObject importAndWait(String user, String csv, String format) {
        JsonObject accepted = api.postCsv(user, "api/demand/imports" + (format == null ? "" : "?format=" + format), csv)
                .expect(202).json();
        JsonObject run = new BatchJobs(api, user).awaitEnded(accepted.getString("jobRunsUrl"), WAIT);
        JsonObject done = waitUntilFinished(user, accepted.getJsonNumber("id").longValue());
        assertEquals("demand-import", run.getString("job"));
        assertEquals("demand-import:" + done.getJsonNumber("id"), run.getString("key"));
        long read = done.getJsonNumber("read").longValue();
        run.getJsonArray("steps").stream().map(JsonValue::asJsonObject).filter(step -> step.getString("step").equals("rows"))
                .forEach(rows -> {
                    assertEquals(read, BatchJobs.count(rows, "read"), "the runtime read each line the import counts: " + rows);
                    assertEquals(done.getJsonNumber("written").longValue() + done.getJsonNumber("skipped").longValue(),
                            BatchJobs.count(rows, "write") + BatchJobs.count(rows, "filter"), rows.toString());
                });
        return done;
    }

    /** The import's newest job run (ended, once importAndWait has returned). */
    JsonObject lastRun(JsonObject imported) {
        return new BatchJobs(api, COMMISSIONER).runs(imported.getString("jobRunsUrl")).getJsonObject(0);
    }

    static List<String> stepNames(JsonObject run) {
        return run.getJsonArray("steps").stream().map(step -> step.asJsonObject().getString("step")).toList();
    }

    JsonObject waitUntilFinished(String user, long id) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonObject status = api.get(user, "api/demand/imports/" + id).expect(200).json();
            String state = status.getString("status");
            if (state.equals("COMPLETED") || state.equals("FAILED")) {
                return status;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("import " + id + " did not finish: " + status);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The error report, its CRLF line ends (every export's, docs/DEMAND-FORMATS.md) checked and read as {@code \n}. */
    String errorsCsv(JsonObject imported) {
        String report = api.getCsv(COMMISSIONER, "api/demand/imports/" + imported.getJsonNumber("id") + "/errors.csv")
                .expect(200).body();
        assertTrue(report.endsWith("\r\n") && report.replace("\r\n", "").indexOf('\n') < 0, report);
        return report.replace("\r\n", "\n");
    }

    JsonObject holding(String source) {
        return api.get(COMMISSIONER, "api/demand/holdings").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("sourceSystem").equals(source)).findFirst()
                .orElseThrow(() -> new AssertionError("no holding for " + source));
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
