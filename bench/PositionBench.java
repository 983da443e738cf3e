import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Fund position through the API vs the bare SQL SUM over the same ledger rows, measured in the same run.
 * <p>
 * Run with only the MySQL driver on the class path (single-file source launch, JDK 17+):
 * <pre>
 * java -cp mysql-connector-j.jar bench/PositionBench.java --jdbc-url jdbc:mysql://127.0.0.1:3306/db \
 *      --db-user u --db-password p --api http://127.0.0.1:8081 --api-user admin --api-password ... \
 *      --fund-id 3 --as-of 2020-03-31 [--warmup 5] [--runs 20] [--goal 2.0] [--empty-fund-id 5]
 *      [--expect-rows 1000000] [--pbkdf2-iterations 50000] [--out results.properties]
 * </pre>
 * Measures, interleaved (the order alternates every round so neither side always runs on a warmer cache):
 * <ul>
 *   <li><b>sql</b> (the baseline): {@code SELECT SUM(amount) FROM ledger_posting WHERE fund_id=? AND value_date<=?},
 *       one prepared statement on one reused JDBC connection;</li>
 *   <li><b>api</b>: {@code GET /api/funds/{id}/position?asOf=...} over java.net.http with HTTP Basic, body read fully.</li>
 * </ul>
 * and, to explain the ratio (not part of the goal), a single GROUP BY query (the design the application replaced) over the same JDBC
 * connection ({@code sqlGrouped}), {@code GET /api/funds/{id}} ({@code apiFund}: HTTP + Basic auth + one lookup),
 * the same without credentials ({@code apiUnauthenticated}: the 401, i.e. the HTTP stack alone), if given the position
 * of a fund with no postings ({@code apiEmptyPosition}), and a client-side PBKDF2 timing ({@code pbkdf2Local}).
 * <p>
 * Checks, outside the timed regions, on every measured API response: total.budget equals the budget accounts' SQL
 * sum, the partners' contributions equal minus the FUNDING sum, and the timed bare SUM equals budget minus
 * contributions (for this data the ledger of a fund holds only FUNDING and budget postings, and the bare SUM is the
 * double-entry identity, 0.00). Exits 1 on any mismatch, 0 otherwise; prints the ratio either way.
 */
public class PositionBench {

    static final String BARE_SUM =
            "SELECT SUM(amount) FROM ledger_posting WHERE fund_id = ? AND value_date <= ?";
    static final String GROUPED = "SELECT account, partner_id, SUM(amount) FROM ledger_posting "
            + "WHERE fund_id = ? AND value_date <= ? GROUP BY account, partner_id";
    static final String BY_ACCOUNT = "SELECT account, SUM(amount), COUNT(*) FROM ledger_posting "
            + "WHERE fund_id = ? AND value_date <= ? GROUP BY account";
    static final List<String> BUDGET_ACCOUNTS = List.of("AVAILABLE", "ALLOCATED", "COMMITTED", "CLAIMED", "APPROVED", "PAID");

    public static void main(String[] args) throws Exception {
        Map<String, String> a = parseArgs(args);
        String jdbcUrl = need(a, "jdbc-url");
        String dbUser = need(a, "db-user");
        String dbPassword = a.getOrDefault("db-password", "");
        String api = need(a, "api").replaceAll("/+$", "");
        String apiUser = need(a, "api-user");
        String apiPassword = need(a, "api-password");
        long fundId = Long.parseLong(need(a, "fund-id"));
        LocalDate asOf = LocalDate.parse(a.getOrDefault("as-of", "2020-03-31"));
        int warmup = bounded(a, "warmup", 5, 0, 100);
        int runs = bounded(a, "runs", 20, 3, 1000);
        double goal = Double.parseDouble(a.getOrDefault("goal", "2.0"));
        Long emptyFundId = a.containsKey("empty-fund-id") ? Long.valueOf(a.get("empty-fund-id")) : null;
        Long expectRows = a.containsKey("expect-rows") ? Long.valueOf(a.get("expect-rows")) : null;
        Path out = a.containsKey("out") ? Path.of(a.get("out")) : null;

        URI positionUri = URI.create(api + "/api/funds/" + fundId + "/position?asOf=" + asOf);
        URI fundUri = URI.create(api + "/api/funds/" + fundId);
        URI emptyUri = emptyFundId == null ? null
                : URI.create(api + "/api/funds/" + emptyFundId + "/position?asOf=" + asOf);
        for (URI u : new URI[]{positionUri, fundUri}) {
            String host = u.getHost();
            if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && !"[::1]".equals(host)) {
                throw new IllegalArgumentException("the API must be on loopback, got " + host);
            }
        }
        String auth = "Basic " + Base64.getEncoder()
                .encodeToString((apiUser + ":" + apiPassword).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        Properties props = new Properties();
        List<String> failures = new ArrayList<>();

        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
            // Same isolation as the application's datasource (READ COMMITTED); autocommit, like a read-only request.
            db.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            db.setAutoCommit(true);

            // ---- Expected figures, untimed -------------------------------------------------------------------
            long rows = 0;
            BigDecimal budget = BigDecimal.ZERO.setScale(2);
            BigDecimal funding = BigDecimal.ZERO.setScale(2);
            BigDecimal other = BigDecimal.ZERO.setScale(2);
            try (PreparedStatement ps = db.prepareStatement(BY_ACCOUNT)) {
                ps.setLong(1, fundId);
                ps.setObject(2, asOf);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String account = rs.getString(1);
                        BigDecimal sum = rs.getBigDecimal(2);
                        rows += rs.getLong(3);
                        if (BUDGET_ACCOUNTS.contains(account)) {
                            budget = budget.add(sum);
                        } else if ("FUNDING".equals(account)) {
                            funding = funding.add(sum);
                        } else {
                            other = other.add(sum);
                        }
                    }
                }
            }
            BigDecimal expectedContributed = funding.negate();
            System.out.printf(Locale.ROOT, "fund %d as of %s: %,d postings; budget accounts %s, FUNDING %s, other %s%n",
                    fundId, asOf, rows, budget.toPlainString(), funding.toPlainString(), other.toPlainString());
            if (expectRows != null && rows != expectRows) {
                failures.add("fund " + fundId + " has " + rows + " postings up to " + asOf + ", expected " + expectRows);
            }
            if (other.signum() != 0) {
                failures.add("fund has postings outside FUNDING and the budget accounts (sum " + other
                        + "); the bare-SUM identity check below assumes none");
            }

            // ---- Measurement ------------------------------------------------------------------------------
            try (PreparedStatement bare = db.prepareStatement(BARE_SUM);
                 PreparedStatement grouped = db.prepareStatement(GROUPED)) {
                bare.setLong(1, fundId);
                bare.setObject(2, asOf);
                grouped.setLong(1, fundId);
                grouped.setObject(2, asOf);

                Sampler sql = new Sampler("sql");
                Sampler apiPos = new Sampler("api");
                Sampler sqlGrouped = new Sampler("sqlGrouped");
                Sampler apiFund = new Sampler("apiFund");
                Sampler apiEmpty = new Sampler("apiEmptyPosition");
                Sampler apiNoAuth = new Sampler("apiUnauthenticated");
                BigDecimal[] lastSum = new BigDecimal[1];
                String[] lastBody = new String[1];
                int[] groups = new int[1];

                Runnable doSql = () -> lastSum[0] = sql.time(() -> singleDecimal(bare));
                Runnable doApi = () -> lastBody[0] = apiPos.time(() -> get(http, positionUri, auth));
                Runnable doGrouped = () -> groups[0] = sqlGrouped.time(() -> countRows(grouped));
                Runnable doFund = () -> apiFund.time(() -> get(http, fundUri, auth));
                Runnable doEmpty = () -> apiEmpty.time(() -> get(http, emptyUri, auth));
                Runnable doNoAuth = () -> apiNoAuth.time(() -> getExpecting401(http, fundUri));

                int total = warmup + runs;
                for (int i = 0; i < total; i++) {
                    boolean measured = i >= warmup;
                    for (Sampler s : List.of(sql, apiPos, sqlGrouped, apiFund, apiEmpty, apiNoAuth)) {
                        s.recording = measured;
                    }
                    // Alternate which side goes first, so neither always follows the other.
                    if (i % 2 == 0) {
                        doSql.run();
                        doApi.run();
                    } else {
                        doApi.run();
                        doSql.run();
                    }
                    doGrouped.run();
                    doFund.run();
                    if (emptyUri != null) {
                        doEmpty.run();
                    }
                    doNoAuth.run();
                    // Checks: outside the timed regions, on every response (warm-up included).
                    Json.Obj position = Json.parse(lastBody[0]).obj();
                    BigDecimal apiBudget = new BigDecimal(position.obj("total").obj("budget").str("amount"));
                    BigDecimal apiContributed = BigDecimal.ZERO;
                    for (Json.Value p : position.arr("partners")) {
                        apiContributed = apiContributed.add(new BigDecimal(p.obj().obj("contributed").str("amount")));
                    }
                    BigDecimal bareSum = lastSum[0] == null ? BigDecimal.ZERO : lastSum[0];
                    if (apiBudget.compareTo(budget) != 0) {
                        failures.add("round " + i + ": API budget " + apiBudget + " != SQL budget " + budget);
                    }
                    if (apiContributed.compareTo(expectedContributed) != 0) {
                        failures.add("round " + i + ": API contributed " + apiContributed + " != -SUM(FUNDING) " + expectedContributed);
                    }
                    if (bareSum.compareTo(apiBudget.subtract(apiContributed)) != 0) {
                        failures.add("round " + i + ": bare SQL SUM " + bareSum + " != API budget - contributed "
                                + apiBudget.subtract(apiContributed));
                    }
                    if (i == 0) {
                        System.out.printf(Locale.ROOT, "API total.budget %s, partners contributed %s, bare SQL SUM %s, "
                                + "grouped query rows %d, response %,d bytes%n", apiBudget.toPlainString(),
                                apiContributed.toPlainString(), bareSum.toPlainString(), groups[0],
                                lastBody[0].getBytes(StandardCharsets.UTF_8).length);
                        props.setProperty("apiBudget", apiBudget.toPlainString());
                        props.setProperty("apiContributed", apiContributed.toPlainString());
                        props.setProperty("sqlSum", bareSum.toPlainString());
                        props.setProperty("sqlBudget", budget.toPlainString());
                        props.setProperty("responseBytes",
                                Integer.toString(lastBody[0].getBytes(StandardCharsets.UTF_8).length));
                        props.setProperty("groupedRows", Integer.toString(groups[0]));
                    }
                    if (failures.size() > 20) {
                        break;
                    }
                }

                double ratio = apiPos.median() / sql.median();
                boolean meetsGoal = ratio <= goal;
                System.out.printf(Locale.ROOT, "%nwarm-up %d, measured %d rounds (interleaved)%n", warmup, runs);
                System.out.printf(Locale.ROOT, "%-18s %10s %10s %10s %10s%n", "", "median ms", "p90 ms", "min ms", "max ms");
                Sampler pbkdf2 = pbkdf2(a, warmup, runs);
                for (Sampler s : List.of(sql, apiPos, sqlGrouped, apiFund, apiEmpty, apiNoAuth, pbkdf2)) {
                    if (s.count() > 0) {
                        System.out.printf(Locale.ROOT, "%-18s %10.2f %10.2f %10.2f %10.2f%n",
                                s.name, s.median(), s.p90(), s.min(), s.max());
                        s.store(props);
                    }
                }
                System.out.printf(Locale.ROOT, "%nratio median(api)/median(sql) = %.2fx  (goal <= %.1fx: %s)%n",
                        ratio, goal, meetsGoal ? "MET" : "NOT MET");
                System.out.printf(Locale.ROOT, "       median(sqlGrouped)/median(sql) = %.2fx%n",
                        sqlGrouped.median() / sql.median());
                props.setProperty("ratio", String.format(Locale.ROOT, "%.2f", ratio));
                props.setProperty("ratioGroupedVsSql", String.format(Locale.ROOT, "%.2f", sqlGrouped.median() / sql.median()));
                props.setProperty("goal", String.format(Locale.ROOT, "%.1f", goal));
                props.setProperty("meetsGoal", Boolean.toString(meetsGoal));
                props.setProperty("rows", Long.toString(rows));
                props.setProperty("warmup", Integer.toString(warmup));
                props.setProperty("runs", Integer.toString(runs));
                props.setProperty("fundId", Long.toString(fundId));
                props.setProperty("asOf", asOf.toString());
            }
        }

        props.setProperty("checksPassed", Boolean.toString(failures.isEmpty()));
        props.setProperty("failures", String.join(" | ", failures.subList(0, Math.min(5, failures.size()))));
        if (out != null) {
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
                props.store(w, "PositionBench results");
            }
        }
        if (!failures.isEmpty()) {
            System.err.println("CHECKS FAILED:");
            failures.stream().limit(10).forEach(f -> System.err.println("  " + f));
            System.exit(1);
        }
        System.out.println("checks passed: API figures equal the SQL sums on every response");
    }

    // ---- timing ---------------------------------------------------------------------------------------------

    interface Call<T> {
        T call() throws Exception;
    }

    static final class Sampler {
        final String name;
        final List<Double> millis = new ArrayList<>();
        boolean recording;

        Sampler(String name) {
            this.name = name;
        }

        <T> T time(Call<T> call) {
            long start = System.nanoTime();
            T result;
            try {
                result = call.call();
            } catch (Exception e) {
                throw new IllegalStateException(name + " failed: " + e.getMessage(), e);
            }
            long elapsed = System.nanoTime() - start;
            if (recording) {
                millis.add(elapsed / 1_000_000.0);
            }
            return result;
        }

        int count() {
            return millis.size();
        }

        double[] sorted() {
            double[] v = millis.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(v);
            return v;
        }

        double median() {
            double[] v = sorted();
            int n = v.length;
            return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        }

        /** Nearest-rank 90th percentile. */
        double p90() {
            double[] v = sorted();
            return v[Math.max(0, (int) Math.ceil(0.9 * v.length) - 1)];
        }

        double min() {
            return sorted()[0];
        }

        double max() {
            double[] v = sorted();
            return v[v.length - 1];
        }

        void store(Properties p) {
            p.setProperty(name + ".median", String.format(Locale.ROOT, "%.2f", median()));
            p.setProperty(name + ".p90", String.format(Locale.ROOT, "%.2f", p90()));
            p.setProperty(name + ".min", String.format(Locale.ROOT, "%.2f", min()));
            p.setProperty(name + ".max", String.format(Locale.ROOT, "%.2f", max()));
            p.setProperty(name + ".n", Integer.toString(count()));
        }
    }

    static BigDecimal singleDecimal(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }

    static int countRows(PreparedStatement ps) throws SQLException {
        int n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getString(1);
                rs.getObject(2);
                rs.getBigDecimal(3);
                n++;
            }
        }
        return n;
    }

    /** The HTTP floor: no credentials, so the Basic mechanism answers 401 without touching the identity store. */
    static String getExpecting401(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 401) {
            throw new IOException("GET " + uri + " without credentials -> HTTP " + response.statusCode() + ", expected 401");
        }
        return response.body();
    }

    /**
     * What one HTTP Basic password check costs on this machine: PBKDF2WithHmacSHA256 with the application's iteration
     * count (--pbkdf2-iterations, 0 to skip), 32-byte salt and key, computed here in the client JVM as an estimate.
     */
    static Sampler pbkdf2(Map<String, String> a, int warmup, int runs) throws Exception {
        int iterations = Integer.parseInt(a.getOrDefault("pbkdf2-iterations", "0"));
        Sampler s = new Sampler("pbkdf2Local");
        if (iterations <= 0) {
            return s;
        }
        javax.crypto.SecretKeyFactory f = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] salt = new byte[32];
        for (int i = 0; i < warmup + runs; i++) {
            s.recording = i >= warmup;
            s.time(() -> f.generateSecret(new javax.crypto.spec.PBEKeySpec("Demo-pass-2019".toCharArray(), salt,
                    iterations, 256)).getEncoded());
        }
        return s;
    }

    static String get(HttpClient http, URI uri, String auth) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", auth)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(120))
                .GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + uri + " -> HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    // ---- arguments -------------------------------------------------------------------------------------------

    static Map<String, String> parseArgs(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }

    static String need(Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return v;
    }

    static int bounded(Map<String, String> a, String key, int dflt, int min, int max) {
        int v = a.containsKey(key) ? Integer.parseInt(a.get(key)) : dflt;
        if (v < min || v > max) {
            throw new IllegalArgumentException("--" + key + " must be between " + min + " and " + max);
        }
        return v;
    }

    // ---- a minimal JSON reader (enough for the position response; numbers kept as text) -----------------------

    static final class Json {
        interface Value {
            default Obj obj() {
                if (this instanceof Obj o) {
                    return o;
                }
                throw new IllegalStateException("not an object: " + this);
            }
        }

        record Str(String value) implements Value {
        }

        record Num(String text) implements Value {
        }

        record Lit(String text) implements Value {
        }

        record Arr(List<Value> items) implements Value {
        }

        record Obj(Map<String, Value> fields) implements Value {
            Obj obj(String key) {
                Value v = fields.get(key);
                if (v == null) {
                    throw new IllegalStateException("missing field " + key);
                }
                return v.obj();
            }

            String str(String key) {
                Value v = fields.get(key);
                if (v instanceof Str s) {
                    return s.value();
                }
                if (v instanceof Num n) {
                    return n.text();
                }
                throw new IllegalStateException("field " + key + " is not a string: " + v);
            }

            List<Value> arr(String key) {
                Value v = fields.get(key);
                if (v instanceof Arr a) {
                    return a.items();
                }
                if (v == null || v instanceof Lit) {
                    return List.of();
                }
                throw new IllegalStateException("field " + key + " is not an array");
            }
        }

        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Value parse(String text) {
            Json p = new Json(text);
            Value v = p.value();
            p.ws();
            if (p.i != text.length()) {
                throw new IllegalStateException("trailing characters at " + p.i);
            }
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Value value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                Map<String, Value> m = new LinkedHashMap<>();
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return new Obj(m);
                }
                while (true) {
                    ws();
                    String key = string();
                    ws();
                    expect(':');
                    m.put(key, value());
                    ws();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect('}');
                        return new Obj(m);
                    }
                }
            }
            if (c == '[') {
                i++;
                List<Value> l = new ArrayList<>();
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return new Arr(l);
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect(']');
                        return new Arr(l);
                    }
                }
            }
            if (c == '"') {
                return new Str(string());
            }
            int start = i;
            while (i < s.length() && "{}[],: \t\r\n".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String token = s.substring(start, i);
            if (token.equals("true") || token.equals("false") || token.equals("null")) {
                return new Lit(token);
            }
            return new Num(token);
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalStateException("expected '" + c + "' at " + i);
            }
            i++;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }
    }
}
