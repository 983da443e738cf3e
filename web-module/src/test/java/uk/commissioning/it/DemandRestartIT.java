package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.commissioning.demo.SyntheticReferrals;
import uk.commissioning.period.FinancialYear;

/**
 * The demand import survives its server being killed: a real Payara Micro (not Arquillian's, which cannot be killed
 * mid-test) is started on the real WAR, a file of N referrals is uploaded, the server is killed with SIGKILL while the
 * job is part-way through, and a second server on the same database resumes the import to exactly N rows, with
 * exact counts. The job runs tell the same story in the batch runtime's own counts: the first server's run was
 * interrupted in its rows step, and the second server's run, a restart of it, read exactly the lines the first had
 * not committed. Afterwards the whole database, both servers' logs and the import directory are searched for the
 * NHS numbers that were in the file: none may appear anywhere.
 * <p>
 * On H2 it uses a database file of its own (the in-memory test database would die with the server); with
 * {@code it.db.url} pointing at MySQL/MariaDB it uses that database, as CI does.
 */
class DemandRestartIT {

    private static final int ROWS = 40_000;
    private static final Path WORK = Path.of("target", "demand-restart-it").toAbsolutePath();
    private static final Pattern TEN_DIGITS = Pattern.compile("^[^,]*,[^,]*,[^,]*,(\\d{10}),", Pattern.MULTILINE);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String sourceSystem = "RESTART-" + UUID.randomUUID().toString().substring(0, 8);
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String dbClass;

    DemandRestartIT() {
        String configured = System.getProperty("it.db.url", "");
        if (configured.startsWith("jdbc:mysql:") || configured.startsWith("jdbc:mariadb:")) {
            dbUrl = configured;
            dbClass = System.getProperty("it.db.class");
            dbUser = System.getProperty("it.db.user");
            dbPassword = System.getProperty("it.db.password");
        } else {
            // As the application's default: WRITE_DELAY=0, or H2 would lose the killed server's last commits.
            dbUrl = "jdbc:h2:file:" + WORK.resolve("db/commissioning") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";
            dbClass = "org.h2.jdbcx.JdbcDataSource";
            dbUser = "sa";
            dbPassword = "restart-it";
        }
    }

    @Test
    void killedMidImportTheJobResumesToExactlyNRowsAndNoNhsNumberIsStoredOrLogged() throws Exception {
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        StringWriter csv = new StringWriter();
        new SyntheticReferrals(7, SyntheticReferrals.londonWards(), FinancialYear.parse("2019-20"), Map.of())
                .write(ROWS, sourceSystem, csv);
        Set<String> nhsNumbers = new HashSet<>();
        Matcher m = TEN_DIGITS.matcher(csv.toString());
        while (m.find()) {
            nhsNumbers.add(m.group(1));
        }
        assertTrue(nhsNumbers.size() > 1_000, "the file should carry many NHS numbers, has " + nhsNumbers.size());
        assertTrue(containsAny(csv.toString(), nhsNumbers), "the search finds the numbers where they are");

        int port = freePort();
        Process first = startServer(port, WORK.resolve("server-1.log"));
        long importId;
        long readBeforeKill;
        try {
            waitUntilUp(port);
            HttpResponse<String> accepted = http.send(request(port, "api/demand/imports?format=referrals&fileName=restart.csv")
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, accepted.statusCode(), accepted.body());
            importId = Json.parse(accepted.body()).getJsonNumber("id").longValue();
            JsonObject midway = waitFor(port, importId, status -> status.getJsonNumber("read").longValue() > 0);
            readBeforeKill = midway.getJsonNumber("read").longValue();
            assertTrue(readBeforeKill < ROWS, "the kill should land mid-job: " + midway);
        } finally {
            first.descendants().forEach(ProcessHandle::destroyForcibly);
            first.destroyForcibly().waitFor();   // SIGKILL: no shutdown hooks, no chance to finish the chunk
        }

        Process second = startServer(port, WORK.resolve("server-2.log"));
        try {
            waitUntilUp(port);
            JsonObject done = waitFor(port, importId, status -> status.getString("status").equals("COMPLETED")
                    || status.getString("status").equals("FAILED"));
            assertEquals("COMPLETED", done.getString("status"), done.toString());
            assertEquals(ROWS, done.getJsonNumber("read").longValue(), done.toString());
            assertEquals(ROWS, done.getJsonNumber("written").longValue(), done.toString());
            assertEquals(0, done.getJsonNumber("skipped").longValue(), done.toString());
            assertEquals(2, done.getInt("attempts"), "launched by the first server, resumed by the second: " + done);
            assertJobRuns(port, done, readBeforeKill);
        } finally {
            second.destroy();
            second.waitFor();
        }

        try (Connection db = DriverManager.getConnection(dbUrl, dbUser, dbPassword); Statement sql = db.createStatement()) {
            ResultSet count = sql.executeQuery("SELECT COUNT(*), COUNT(DISTINCT referral_ref) FROM referral WHERE source_system = '"
                    + sourceSystem + "'");
            count.next();
            assertEquals(ROWS, count.getLong(1), "exactly N referrals after the restart");
            assertEquals(ROWS, count.getLong(2));
            assertNoNhsNumberIn(db, nhsNumbers);
        }
        for (String log : List.of("server-1.log", "server-2.log")) {
            String text = Files.readString(WORK.resolve(log), StandardCharsets.ISO_8859_1);
            if (log.equals("server-2.log")) {
                assertTrue(text.contains("Resuming demand import " + importId), "the second server resumed the import");
            }
            assertFalse(containsAny(text, nhsNumbers), "an NHS number appears in " + log);
        }
        try (Stream<Path> files = Files.walk(WORK.resolve("imports"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                assertFalse(containsAny(text, nhsNumbers), "an NHS number is kept in " + file);
            }
        }
    }

    /**
     * Two runs for the import: the first server's, which recovery found left running and recorded as interrupted in
     * its rows step (whose counts nobody knows: the step never ended), and the second's, a restart of it that read
     * (READ_COUNT) and wrote (WRITE_COUNT) exactly the lines after the first run's last committed chunk: a whole number
     * of chunks of 250, at least the lines counted before the kill.
     */
    private void assertJobRuns(int port, JsonObject imported, long readBeforeKill) {
        BatchJobs jobs = new BatchJobs(new Api(URI.create("http://127.0.0.1:" + port + "/")), "dan.reeves");
        JsonObject resumed = jobs.awaitEnded(imported.getString("jobRunsUrl"), Duration.ofSeconds(60));
        var runs = jobs.runs(imported.getString("jobRunsUrl"));
        assertEquals(2, runs.size(), runs.toString());
        JsonObject interrupted = runs.getJsonObject(1);
        assertEquals("FAILED", interrupted.getString("status"), interrupted.toString());
        assertEquals("INTERRUPTED", interrupted.getString("exitStatus"), interrupted.toString());
        assertEquals("dan.reeves", interrupted.getString("startedBy"));
        assertEquals("COMPLETED", BatchJobs.step(interrupted, "header").getString("status"), interrupted.toString());
        JsonObject cutShort = BatchJobs.step(interrupted, "rows");
        assertEquals("FAILED", cutShort.getString("status"), cutShort.toString());
        assertEquals("INTERRUPTED", cutShort.getString("exitStatus"), cutShort.toString());
        assertFalse(cutShort.containsKey("read") && !cutShort.isNull("read"), "no counts for a step that never ended: " + cutShort);

        assertEquals(interrupted.getJsonNumber("id"), resumed.getJsonNumber("restartOf"), resumed.toString());
        assertEquals("system", resumed.getString("startedBy"));
        assertEquals("COMPLETED", resumed.getString("status"), resumed.toString());
        assertEquals("COMPLETED", resumed.getString("exitStatus"), resumed.toString());
        JsonObject rows = BatchJobs.step(resumed, "rows");
        long read = BatchJobs.count(rows, "read");
        long committedBefore = ROWS - read;
        assertEquals(read, BatchJobs.count(rows, "write"), rows.toString());
        assertEquals(0, BatchJobs.count(rows, "filter"), rows.toString());
        assertEquals(0, committedBefore % 250, "the restart read on from a chunk boundary: " + rows);
        assertTrue(committedBefore >= readBeforeKill && committedBefore < ROWS,
                readBeforeKill + " lines were counted before the kill; the restart read " + read);
    }

    /** Every character column of every table, every row: the numbers must not appear, whole or inside a value. */
    private static void assertNoNhsNumberIn(Connection db, Set<String> nhsNumbers) throws Exception {
        DatabaseMetaData meta = db.getMetaData();
        List<String[]> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(db.getCatalog(), null, "%", "%")) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema != null && schema.equalsIgnoreCase("information_schema")) {
                    continue;
                }
                int type = rs.getInt("DATA_TYPE");
                if (type == java.sql.Types.VARCHAR || type == java.sql.Types.CHAR || type == java.sql.Types.LONGVARCHAR
                        || type == java.sql.Types.CLOB || type == java.sql.Types.OTHER || type == java.sql.Types.NVARCHAR) {
                    columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                }
            }
        }
        assertTrue(columns.size() > 50, "the scan should see the application's text columns, saw " + columns.size());
        int scanned = 0;
        try (Statement sql = db.createStatement()) {
            for (String[] column : columns) {
                try (ResultSet rs = sql.executeQuery("SELECT " + column[1] + " FROM " + column[0])) {
                    while (rs.next()) {
                        String value = rs.getString(1);
                        scanned++;
                        assertFalse(value != null && containsAny(value, nhsNumbers),
                                "an NHS number is stored in " + column[0] + "." + column[1]);
                    }
                }
            }
        }
        assertTrue(scanned > 40_000, "the scan read " + scanned + " values");
    }

    /** Whether any run of ten digits in the text (with or without the usual spaces) is one of the numbers. */
    static boolean containsAny(String text, Set<String> numbers) {
        String digitsOnly = text.replaceAll("(?<=\\d)[ -](?=\\d)", "");
        Matcher digits = Pattern.compile("\\d{10,}").matcher(digitsOnly);
        while (digits.find()) {
            String run = digits.group();
            for (int i = 0; i + 10 <= run.length(); i++) {
                if (numbers.contains(run.substring(i, i + 10))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Process startServer(int port, Path log) throws IOException {
        Path payara = Path.of(fish.payara.micro.PayaraMicro.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", payara.toString(), "--deploy", Path.of("target", "commissioning.war").toAbsolutePath().toString(),
                "--contextroot", "/", "--port", Integer.toString(port), "--nocluster",
                "--rootdir", WORK.resolve("payara-" + log.getFileName()).toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("DB_CLASS", dbClass);
        env.put("DB_URL", dbUrl);
        env.put("DB_USER", dbUser);
        env.put("DB_PASSWORD", dbPassword);
        env.put("DEMO_DATA", "true");
        env.put("DEMAND_PSEUDONYM_KEY", "restart-test-key-31b7e2a9");
        env.put("DEMAND_IMPORT_DIR", WORK.resolve("imports").toString());
        env.put("DEMAND_CHUNK_SIZE", "250");
        return builder.start();
    }

    private HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(("dan.reeves:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(120));
    }

    private void waitUntilUp(int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(request(port, "api/demand/referral-sources").GET().build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro did not start on port " + port);
    }

    private JsonObject waitFor(int port, long importId, java.util.function.Predicate<JsonObject> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        JsonObject status = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> reply = http.send(request(port, "api/demand/imports/" + importId).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() == 200) {
                status = Json.parse(reply.body());
                if (condition.test(status)) {
                    return status;
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("import " + importId + " did not get there in time: " + status);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** JSON parsing without a JAX-RS client. */
    private static final class Json {
        static JsonObject parse(String body) {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
                return reader.readObject();
            }
        }
    }
}
