import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of {@code bench/demand-bench.sh}: a single-file program (JDK 17+), run with only the MySQL driver on
 * the class path. Arguments are {@code name=value} pairs; the first is the mode.
 * <pre>
 * java -cp mysql-connector-j.jar bench/DemandBench.java mode=import api=http://127.0.0.1:8282 user=… password=… \
 *      file=referrals.csv out=import.properties progress=progress.csv
 * java -cp mysql-connector-j.jar bench/DemandBench.java mode=matching api=… user=… password=… jdbc=jdbc:mysql://… \
 *      dbUser=… dbPassword=… year=2019-20 level=ward warmup=3 runs=10 out=matching.properties
 * </pre>
 * <b>import</b>: uploads the file as the request body ({@code POST /api/demand/imports?format=referrals}, streamed from
 * disk) and polls {@code GET /api/demand/imports/{id}} until COMPLETED or FAILED: every second, then every 100 ms from
 * 98 % on, so the polling (each call checks the password with PBKDF2) costs the server little while the end is still
 * seen to a tenth of a second. Times: upload request start → 202 (upload and staging), 202 → first poll that sees the
 * import finished (the job), and the server's own startedAt/finishedAt (whole seconds).
 * <p>
 * <b>matching</b>: in each of warm-up + measured rounds, back to back and alternating which goes first, the London-wide
 * matching through the API ({@code GET /api/demand/matching?year=…&level=…}, body read in full) and ONE bare SQL
 * {@code SELECT quarter_start, ward_code, need_mask, COUNT(*) FROM referral GROUP BY …} over JDBC (all rows read).
 * Checks, untimed: the API's total referrals equal the year's referrals counted once under each need they name (the
 * bits set in need_mask, summed by the database) plus the aggregate counts of the year, and the bare query's counts
 * add up to every referral row. Exit 1 on a failed check. To explain the ratio (not part of the goal), each round
 * also times the report's other big read, the caseload query, over JDBC ({@code sqlCaseload}; the application runs it
 * alongside its demand scan), and the same report by borough ({@code apiBorough}: the same reads, a far smaller
 * response).
 */
public class DemandBench {

    static final String BARE_MATCHING_SQL =
            "SELECT quarter_start, ward_code, need_mask, COUNT(*) FROM referral GROUP BY quarter_start, ward_code, need_mask";
    /** The other big read of the matching report (caseload: distinct people per ward), as the application runs it. */
    static final String CASELOAD_SQL = "SELECT borough_code, ward_code, COUNT(DISTINCT person_key) FROM referral "
            + "WHERE quarter_start BETWEEN ? AND ? GROUP BY borough_code, ward_code";

    public static void main(String[] args) throws Exception {
        Properties in = new Properties();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("arguments are name=value, not " + arg);
            }
            in.setProperty(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Api api = new Api(required(in, "api"), required(in, "user"), required(in, "password"));
        Properties out = new Properties();
        List<String> failures = new ArrayList<>();
        switch (required(in, "mode")) {
            case "import" -> importFile(api, Path.of(required(in, "file")), Path.of(required(in, "progress")), out, failures);
            case "matching" -> matching(api, in, out, failures);
            default -> throw new IllegalArgumentException("mode is import or matching");
        }
        out.setProperty("checksPassed", Boolean.toString(failures.isEmpty()));
        out.setProperty("failures", String.join(" | ", failures));
        try (Writer w = Files.newBufferedWriter(Path.of(required(in, "out")), StandardCharsets.UTF_8)) {
            out.store(w, "DemandBench " + in.getProperty("mode"));
        }
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.err.println("CHECK FAILED: " + f));
            System.exit(1);
        }
    }

    // ---- import ------------------------------------------------------------------------------------------------

    static void importFile(Api api, Path file, Path progressFile, Properties out, List<String> failures) throws Exception {
        String name = file.getFileName().toString();
        Instant wallStart = Instant.now();
        long start = System.nanoTime();
        HttpResponse<String> posted = api.send(HttpRequest.newBuilder(api.uri("/api/demand/imports?format=referrals&fileName="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofFile(file)));
        long accepted = System.nanoTime();
        if (posted.statusCode() != 202) {
            throw new IOException("upload -> HTTP " + posted.statusCode() + ": " + posted.body());
        }
        long id = Long.parseLong(field(posted.body(), "id"));
        System.out.printf(Locale.ROOT, "import %d accepted after %.1f s (upload and staging); polling%n", id, seconds(accepted - start));

        String status;
        String body;
        long finished;
        int polls = 0;
        try (PrintWriter progress = new PrintWriter(Files.newBufferedWriter(progressFile, StandardCharsets.UTF_8))) {
            progress.println("seconds_since_202,read");
            while (true) {
                body = api.get("/api/demand/imports/" + id);
                polls++;
                long now = System.nanoTime();
                status = field(body, "status");
                progress.printf(Locale.ROOT, "%.2f,%s%n", seconds(now - accepted), field(body, "read"));
                if (status.equals("COMPLETED") || status.equals("FAILED")) {
                    finished = now;
                    break;
                }
                int percent = Integer.parseInt(field(body, "percentDone"));
                Thread.sleep(percent >= 98 ? 100 : 1000);
            }
        }
        Instant startedAt = Instant.parse(field(body, "startedAt"));
        Instant finishedAt = Instant.parse(field(body, "finishedAt"));
        long written = Long.parseLong(field(body, "written"));
        out.setProperty("id", Long.toString(id));
        out.setProperty("status", status);
        for (String f : List.of("read", "written", "skipped", "totalLines", "startedAt", "finishedAt", "uploadedAt")) {
            out.setProperty(f, field(body, f));
        }
        out.setProperty("polls", Integer.toString(polls));
        out.setProperty("uploadStart", wallStart.toString());
        out.setProperty("uploadSeconds", fmt(seconds(accepted - start)));
        out.setProperty("jobSeconds", fmt(seconds(finished - accepted)));
        out.setProperty("totalSeconds", fmt(seconds(finished - start)));
        out.setProperty("serverJobSeconds", fmt(Duration.between(startedAt, finishedAt).toMillis() / 1000.0));
        out.setProperty("toFinishedAtSeconds", fmt(Duration.between(wallStart, finishedAt).toMillis() / 1000.0));
        out.setProperty("rowsPerSecond", String.format(Locale.ROOT, "%.0f", written / seconds(finished - start)));
        System.out.printf(Locale.ROOT, "import %d %s: read %s, written %s, skipped %s; upload %.1f s, job %.1f s, total %.1f s%n",
                id, status, field(body, "read"), written, field(body, "skipped"), seconds(accepted - start),
                seconds(finished - accepted), seconds(finished - start));
        if (!status.equals("COMPLETED")) {
            failures.add("import " + id + " ended " + status);
        }
    }

    // ---- matching ----------------------------------------------------------------------------------------------

    static void matching(Api api, Properties in, Properties out, List<String> failures) throws Exception {
        String year = in.getProperty("year", "2019-20");
        String level = in.getProperty("level", "ward");
        int warmup = Integer.parseInt(in.getProperty("warmup", "3"));
        int runs = Integer.parseInt(in.getProperty("runs", "10"));
        String path = "/api/demand/matching?year=" + year + "&level=" + level;
        LocalDate from = LocalDate.of(Integer.parseInt(year.substring(0, 4)), 4, 1);
        LocalDate lastQuarterStart = from.plusMonths(9);

        List<Long> sqlNanos = new ArrayList<>();
        List<Long> apiNanos = new ArrayList<>();
        List<Long> caseloadNanos = new ArrayList<>();
        List<Long> boroughNanos = new ArrayList<>();
        String boroughPath = "/api/demand/matching?year=" + year + "&level=borough";
        try (Connection db = DriverManager.getConnection(required(in, "jdbc"), required(in, "dbUser"), required(in, "dbPassword"))) {
            db.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            long referralRows = single(db, "SELECT COUNT(*) FROM referral");
            // A referral counts once under each need it names: one per bit set in its need_mask (MariaDB's BIT_COUNT).
            long yearNeedReferrals = single(db, "SELECT COALESCE(SUM(BIT_COUNT(need_mask)), 0) FROM referral "
                    + "WHERE quarter_start BETWEEN '" + from + "' AND '" + lastQuarterStart + "'");
            long yearAggregates = single(db, "SELECT COALESCE(SUM(referrals), 0) FROM demand_aggregate WHERE quarter_start "
                    + "BETWEEN '" + from + "' AND '" + lastQuarterStart + "'");
            out.setProperty("referralRows", Long.toString(referralRows));
            out.setProperty("yearNeedReferrals", Long.toString(yearNeedReferrals));
            out.setProperty("yearAggregateReferrals", Long.toString(yearAggregates));
            try (PreparedStatement bare = db.prepareStatement(BARE_MATCHING_SQL);
                 PreparedStatement caseload = db.prepareStatement(CASELOAD_SQL)) {
                caseload.setObject(1, from);
                caseload.setObject(2, lastQuarterStart);
                for (int round = 0; round < warmup + runs; round++) {
                    boolean measured = round >= warmup;
                    long[] groups = new long[2];
                    String[] body = new String[1];
                    Runnable doSql = () -> timed(sqlNanos, measured, () -> readGroups(bare, groups));
                    Runnable doApi = () -> timed(apiNanos, measured, () -> body[0] = api.get(path));
                    // The order alternates, so neither side always runs on the other's warm caches.
                    (round % 2 == 0 ? List.of(doSql, doApi) : List.of(doApi, doSql)).forEach(Runnable::run);
                    timed(caseloadNanos, measured, () -> readGroups(caseload, new long[2]));
                    timed(boroughNanos, measured, () -> api.get(boroughPath));
                    long apiTotal = Long.parseLong(totalReferrals(body[0]));
                    if (apiTotal != yearNeedReferrals + yearAggregates) {
                        failures.add("round " + round + ": API total referrals " + apiTotal + " != the needs named by "
                                + year + "'s referrals (" + yearNeedReferrals + ") + aggregate counts (" + yearAggregates + ")");
                    }
                    if (groups[1] != referralRows) {
                        failures.add("round " + round + ": bare SQL counts add up to " + groups[1] + ", not " + referralRows);
                    }
                    if (round == 0) {
                        out.setProperty("apiTotalReferrals", Long.toString(apiTotal));
                        out.setProperty("apiResponseBytes", Integer.toString(body[0].getBytes(StandardCharsets.UTF_8).length));
                        out.setProperty("apiCells", Integer.toString(count(body[0], "\"needCode\"")));
                        out.setProperty("sqlGroups", Long.toString(groups[0]));
                    }
                }
            }
        }
        double sqlMedian = summarise("sql", sqlNanos, out);
        double apiMedian = summarise("api", apiNanos, out);
        summarise("sqlCaseload", caseloadNanos, out);
        summarise("apiBorough", boroughNanos, out);
        out.setProperty("ratio", String.format(Locale.ROOT, "%.2f", apiMedian / sqlMedian));
        out.setProperty("sqlText", BARE_MATCHING_SQL);
        out.setProperty("caseloadText", CASELOAD_SQL);
        out.setProperty("warmup", Integer.toString(warmup));
        out.setProperty("runs", Integer.toString(runs));
        System.out.printf(Locale.ROOT, "matching: bare SQL median %.1f ms, API median %.1f ms, ratio %.2fx%n",
                sqlMedian, apiMedian, apiMedian / sqlMedian);
    }

    /** Runs a grouped query and reads every row: groups[0] = rows returned, groups[1] = sum of the last column. */
    static Object readGroups(PreparedStatement query, long[] groups) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            int last = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i < last; i++) {
                    rs.getObject(i);
                }
                groups[0]++;
                groups[1] += rs.getLong(last);
            }
        }
        return null;
    }

    interface Work {
        Object run() throws Exception;
    }

    static void timed(List<Long> into, boolean measured, Work work) {
        long start = System.nanoTime();
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (measured) {
            into.add(System.nanoTime() - start);
        }
    }

    /** Stores median, p90 (nearest rank), min and max in ms under name.*; returns the median. */
    static double summarise(String name, List<Long> nanos, Properties out) {
        List<Long> v = new ArrayList<>(nanos);
        Collections.sort(v);
        int n = v.size();
        double median = (n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2.0) / 1e6;
        double[] figures = {median, v.get(Math.max(0, (int) Math.ceil(0.9 * n) - 1)) / 1e6, v.get(0) / 1e6, v.get(n - 1) / 1e6};
        String[] names = {"median", "p90", "min", "max"};
        for (int i = 0; i < names.length; i++) {
            out.setProperty(name + "." + names[i], String.format(Locale.ROOT, "%.1f", figures[i]));
        }
        out.setProperty(name + ".n", Integer.toString(n));
        return median;
    }

    // ---- plumbing ----------------------------------------------------------------------------------------------

    /** HTTP/1.1 with Basic auth, loopback only. */
    record Api(String base, String authorization, HttpClient http) {

        Api(String base, String user, String password) {
            this(base.replaceAll("/+$", ""), "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)),
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build());
            String host = URI.create(this.base).getHost();
            if (!List.of("127.0.0.1", "localhost", "[::1]").contains(host)) {
                throw new IllegalArgumentException("the API must be on loopback, not " + host);
            }
        }

        URI uri(String path) {
            return URI.create(base + path);
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.header("Authorization", authorization).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(5)).GET());
            if (response.statusCode() != 200) {
                throw new IOException("GET " + path + " -> HTTP " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }

    /** A top-level scalar of a flat JSON object (the import status): its text, unquoted. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.]+|true|false|null)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no field " + name + " in " + json.substring(0, Math.min(300, json.length())));
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    /** totals.referrals of the matching report (the totals object holds only scalars and money objects). */
    static String totalReferrals(String json) {
        Matcher m = Pattern.compile("\"totals\"\\s*:\\s*\\{(?:[^{}]|\\{[^{}]*\\})*?\"referrals\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no totals.referrals in the matching response");
        }
        return m.group(1);
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String required(Properties in, String name) {
        String v = in.getProperty(name);
        if (v == null) {
            throw new IllegalArgumentException("missing " + name + "=…");
        }
        return v;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }
}
