import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claim submission under load, against the server's own /health in the same run (issue 12). A second process on
 * loopback (this one), talking to the application over HTTP only.
 *
 * <p>Set-up, through the API as the administrator and a commissioner: one organisation, one fund holding plenty,
 * {@code --providers} VCSE providers each with a finance lead and one £1,000,000 contract running 13 years (52
 * quarters), and {@code --claims-per-provider} draft claims of £100 each (one per quarter: one live claim per contract
 * and quarter). Each finance lead signs in once through the sign-in form, as a browser would, and submits with the
 * session cookie and the CSRF token (HTTP Basic would put a PBKDF2 password check, tens of milliseconds of CPU, on
 * every call: a client that sends many requests keeps a session).
 *
 * <p>Measured, each with {@code --threads} concurrent clients and the same HTTP client settings: {@code GET /health}
 * (the baseline: HTTP, the health checks and a database round-trip) for {@code --health-requests} calls, then every
 * draft submitted ({@code POST /api/claims/{id}/submit}: contract row lock, line checks, journal entry with postings,
 * audit). Both after a warm-up. Throughput = completed calls ÷ wall time; latencies per call; ratio =
 * claims/s ÷ health/s. Every submission must answer 200 (the bench fails otherwise) and the ledger must then hold
 * exactly the claimed total in CLAIMED. Results go to {@code --out} as properties for the script.
 */
public class ClaimsBench {

    static String api;
    static final HttpClient ADMIN_HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static String adminAuth;
    static String commissionerAuth;

    public static void main(String[] args) throws Exception {
        api = arg(args, "--api", "http://127.0.0.1:8081");
        int providers = Integer.parseInt(arg(args, "--providers", "20"));
        int perProvider = Integer.parseInt(arg(args, "--claims-per-provider", "50"));
        int threads = Integer.parseInt(arg(args, "--threads", "8"));
        int healthRequests = Integer.parseInt(arg(args, "--health-requests", "4000"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "50"));
        // Warm-up providers, each submitting --warmup claims before anything is measured: enough calls for the JIT to
        // compile the submission path, so the run measures the server's steady state rather than its first minutes.
        int warmupProviders = Integer.parseInt(arg(args, "--warmup-providers", "6"));
        String password = arg(args, "--password", "Demo-pass-2019");
        // shared: every provider's contract is paid from one fund (a pooled budget paying many providers: each posting
        // into it waits for the fund's row lock); own: each contract from a fund of its own (no shared lock).
        boolean sharedFund = !"own".equals(arg(args, "--funds", "shared"));
        Path out = Path.of(arg(args, "--out", "claims-bench.properties"));
        // name:pid,…: processes on this machine whose CPU time each measured phase is charged with, per call (the
        // application server and the database), to say where the time of a call goes.
        for (String named : arg(args, "--cpu-pids", "").split(",")) {
            if (named.contains(":")) {
                CPU_PIDS.put(named.substring(0, named.indexOf(':')), Long.parseLong(named.substring(named.indexOf(':') + 1)));
            }
        }
        if (perProvider > 52 || warmup > 52) {
            throw new IllegalArgumentException("at most 52 claims per provider: one per quarter of a 13-year contract");
        }
        adminAuth = basic("admin", password);
        commissionerAuth = basic("priya.shah", password);
        String tag = Long.toString(System.currentTimeMillis() % 10_000_000);

        log("set-up: %d providers × %d draft claims (+ %d warm-up providers × %d)", providers, perProvider, warmupProviders,
                warmup);
        long gla = glaId();
        List<Long> funds = new ArrayList<>();
        for (int f = 0; f < (sharedFund ? 1 : providers + warmupProviders); f++) {
            long fund = idOf(post(commissionerAuth, "/api/funds", """
                    {"code":"BENCH-CLAIMS-%s-%d","name":"Claims bench fund","type":"SINGLE_COMMISSIONER_BUDGET","ownerId":%d,
                     "financialYear":"2024-25","purpose":"claims bench","currency":"GBP","partners":[]}""".formatted(tag, f, gla), 201));
            post(commissionerAuth, "/api/funds/" + fund + "/contributions", """
                    {"partnerId":%d,"amount":{"amount":"%d.00","currency":"GBP"},"kind":"NEW","valueDate":"2024-04-01"}"""
                    .formatted(gla, (long) (providers + warmupProviders) * 1_000_000L), 201);
            funds.add(fund);
        }
        List<Lead> leads = new ArrayList<>();
        for (int p = 0; p < providers + warmupProviders; p++) {   // the last warmupProviders' claims are the warm-up
            long fund = funds.get(sharedFund ? 0 : p);
            long org = idOf(post(commissionerAuth, "/api/organisations",
                    "{\"name\":\"Bench provider %s-%d\",\"type\":\"REGISTERED_CHARITY\"}".formatted(tag, p), 201));
            String username = "bench-vcse-" + tag + "-" + p;
            post(adminAuth, "/api/users", """
                    {"username":"%s","displayName":"Bench finance lead","password":"%s","role":"VCSE_FINANCE","organisationId":%d}"""
                    .formatted(username, password, org), 201);
            long service = idOf(post(commissionerAuth, "/api/services", """
                    {"providerId":%d,"name":"Bench service %s-%d","needs":["MENTAL_WELLBEING"],"areas":["E09000030"],
                     "capacityUnit":"REFERRALS","capacityPerQuarter":50,"unitCost":{"amount":"100.00","currency":"GBP"}}"""
                    .formatted(org, tag, p), 201));
            long contract = idOf(post(commissionerAuth, "/api/contracts", """
                    {"reference":"BENCH-C-%s-%d","title":"Claims bench contract","type":"BLOCK","providerId":%d,
                     "commissionerIds":[%d],"startDate":"2024-04-01","endDate":"2037-03-31",
                     "value":{"amount":"1000000.00","currency":"GBP"},
                     "funding":[{"fundId":%d,"amount":{"amount":"1000000.00","currency":"GBP"}}],
                     "services":[{"serviceId":%d}]}""".formatted(tag, p, org, gla, fund, service), 201));
            post(commissionerAuth, "/api/contracts/" + contract + "/activate", "{\"valueDate\":\"2024-04-01\"}", 200);
            Lead lead = Lead.signIn(username, password);
            int drafts = p >= providers ? warmup : perProvider;
            for (int i = 0; i < drafts; i++) {
                String quarter = "%d-%02d Q%d".formatted(2024 + i / 4, (25 + i / 4) % 100, i % 4 + 1);
                HttpResponse<String> r = lead.send("POST", "/api/claims", """
                        {"contractId":%d,"quarter":"%s","lines":[{"kind":"COST","description":"Sessions","amount":{"amount":"100.00","currency":"GBP"}}]}"""
                        .formatted(contract, quarter));
                expect(r, 201, "create draft");
                lead.drafts.add(idOf(r.headers().firstValue("Location").orElseThrow()));
            }
            leads.add(lead);
        }
        List<Lead> warm = new ArrayList<>(leads.subList(providers, leads.size()));
        leads.subList(providers, leads.size()).clear();
        int warmSubmissions = warmup * warmupProviders;

        log("warm-up: %d health calls and %d submissions", warmSubmissions * 5, warmSubmissions);
        Result warmHealth = run(threads, warmSubmissions * 5, i -> health());
        Result warmClaims = run(threads, warmSubmissions, i -> submit(warm.get(i % warm.size())));

        log("measuring GET /health × %d with %d threads", healthRequests, threads);
        java.util.Map<String, Double> before = cpuSeconds();
        Result health = run(threads, healthRequests, i -> health());
        health.chargeCpu(before, cpuSeconds());
        // Threads take drafts from one queue of all providers' drafts, interleaved, so concurrent submissions mostly
        // hit different contracts, as many providers submitting near a deadline would.
        ConcurrentLinkedQueue<long[]> work = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < perProvider; i++) {
            for (int p = 0; p < leads.size(); p++) {
                work.add(new long[] {p, leads.get(p).drafts.get(i)});
            }
        }
        int submissions = work.size();
        log("measuring POST /api/claims/{id}/submit × %d with %d threads", submissions, threads);
        before = cpuSeconds();
        Result claims = run(threads, submissions, i -> {
            long[] next = work.poll();
            Lead lead = leads.get((int) next[0]);
            return lead.send("POST", "/api/claims/" + next[1] + "/submit",
                    "{\"declaration\":\"I declare that this claim is true and complete.\"}");
        });
        claims.chargeCpu(before, cpuSeconds());
        if (claims.failures > 0 || health.failures > 0 || warmClaims.failures > 0 || warmHealth.failures > 0) {
            throw new IllegalStateException("failures: claims " + claims.failures + " (" + claims.firstFailure + "), health "
                    + health.failures + " (" + health.firstFailure + ")");
        }
        java.math.BigDecimal claimedSum = java.math.BigDecimal.ZERO;
        for (long fund : funds) {
            claimedSum = claimedSum.add(new java.math.BigDecimal(
                    figure(get(commissionerAuth, "/api/funds/" + fund + "/position?asOf=2037-03-31"), "claimed")));
        }
        String claimed = claimedSum.setScale(2).toPlainString();
        String expected = "%d.00".formatted((long) (submissions + warmSubmissions) * 100);
        if (!claimed.equals(expected)) {
            throw new IllegalStateException("the fund's claimed figure is " + claimed + ", expected " + expected);
        }

        Properties p = new Properties();
        health.store(p, "health");
        claims.store(p, "claims");
        p.setProperty("threads", Integer.toString(threads));
        p.setProperty("providers", Integer.toString(providers));
        p.setProperty("claimsPerProvider", Integer.toString(perProvider));
        p.setProperty("warmup", Integer.toString(warmSubmissions));
        p.setProperty("funds", sharedFund ? "shared" : "own");
        p.setProperty("claimedFigure", claimed);
        p.setProperty("ratio", String.format(Locale.ROOT, "%.3f", claims.throughput() / health.throughput()));
        try (var w = Files.newBufferedWriter(out)) {
            p.store(w, "ClaimsBench");
        }
        log("health %.1f/s p99 %.1f ms; claims %.1f/s p99 %.1f ms; ratio %.3f", health.throughput(), health.p(0.99),
                claims.throughput(), claims.p(0.99), claims.throughput() / health.throughput());
        if (!CPU_PIDS.isEmpty()) {
            log("CPU ms per call: health %s; claims %s", health.cpuMillisPerCall, claims.cpuMillisPerCall);
        }
    }

    interface Call {
        HttpResponse<String> call(int i) throws Exception;
    }

    static final java.util.Map<String, Long> CPU_PIDS = new java.util.LinkedHashMap<>();
    /** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
    static final double TICKS_PER_SECOND = 100.0;

    /** User + system CPU seconds used so far by each process of --cpu-pids (all its threads). */
    static java.util.Map<String, Double> cpuSeconds() throws IOException {
        java.util.Map<String, Double> seconds = new java.util.LinkedHashMap<>();
        for (var named : CPU_PIDS.entrySet()) {
            String stat = Files.readString(Path.of("/proc/" + named.getValue() + "/stat"));
            // Fields after the command name in parentheses (which may hold spaces): utime and stime are fields 14, 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            seconds.put(named.getKey(), (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND);
        }
        return seconds;
    }

    static final class Result {
        final List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        final java.util.Map<String, Double> cpuMillisPerCall = new java.util.LinkedHashMap<>();

        void chargeCpu(java.util.Map<String, Double> before, java.util.Map<String, Double> after) {
            for (String name : after.keySet()) {
                cpuMillisPerCall.put(name, (after.get(name) - before.get(name)) * 1000 / Math.max(1, millis.size()));
            }
        }
        final AtomicInteger failuresCount = new AtomicInteger();
        volatile String firstFailure;
        int failures;
        double wallSeconds;

        double throughput() {
            return millis.size() / wallSeconds;
        }

        double p(double q) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
        }

        void store(Properties p, String name) {
            p.setProperty(name + ".calls", Integer.toString(millis.size()));
            p.setProperty(name + ".seconds", String.format(Locale.ROOT, "%.3f", wallSeconds));
            p.setProperty(name + ".perSecond", String.format(Locale.ROOT, "%.1f", throughput()));
            for (double q : new double[] {0.5, 0.9, 0.99}) {
                p.setProperty(name + ".p" + (int) Math.round(q * 100), String.format(Locale.ROOT, "%.2f", p(q)));
            }
            p.setProperty(name + ".max", String.format(Locale.ROOT, "%.2f", p(1.0)));
            cpuMillisPerCall.forEach((process, ms) -> p.setProperty(name + ".cpuMs." + process, String.format(Locale.ROOT, "%.2f", ms)));
        }
    }

    /** {@code total} calls spread over {@code threads} threads that start together; wall time from start to the last. */
    static Result run(int threads, int total, Call call) throws Exception {
        Result result = new Result();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                go.await();
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long started = System.nanoTime();
                    HttpResponse<String> r = call.call(i);
                    double ms = (System.nanoTime() - started) / 1e6;
                    if (r.statusCode() == 200) {
                        result.millis.add(ms);
                    } else if (result.failuresCount.getAndIncrement() == 0) {
                        result.firstFailure = r.statusCode() + " " + r.body();
                    }
                }
                return null;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> w : workers) {
            w.get();
        }
        result.wallSeconds = (System.nanoTime() - start) / 1e9;
        result.failures = result.failuresCount.get();
        pool.shutdown();
        return result;
    }

    static final HttpClient HEALTH_HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static HttpResponse<String> health() throws IOException, InterruptedException {
        return HEALTH_HTTP.send(HttpRequest.newBuilder(URI.create(api + "/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> submit(Lead lead) throws IOException, InterruptedException {
        long id;
        synchronized (lead.drafts) {
            id = lead.drafts.remove(0);
        }
        return lead.send("POST", "/api/claims/" + id + "/submit", "{\"declaration\":\"I declare that this claim is true and complete.\"}");
    }

    /** A finance lead with a browser-like session: cookie jar and CSRF token. */
    static final class Lead {
        final HttpClient http;
        final String csrf;
        final List<Long> drafts = new ArrayList<>();

        private Lead(HttpClient http, String csrf) {
            this.http = http;
            this.csrf = csrf;
        }

        static Lead signIn(String username, String password) throws IOException, InterruptedException {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            String page = http.send(HttpRequest.newBuilder(URI.create(api + "/login.xhtml")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
            if (!state.find()) {
                throw new IllegalStateException("no view state on the sign-in page");
            }
            String form = "login=login&login%3Anext=&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
                    + "&login%3AsignIn=&jakarta.faces.ViewState=" + enc(state.group(1));
            HttpResponse<String> signed = http.send(HttpRequest.newBuilder(URI.create(api + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (signed.statusCode() != 302 && signed.statusCode() != 303) {
                throw new IllegalStateException("sign-in as " + username + " answered " + signed.statusCode());
            }
            String me = http.send(HttpRequest.newBuilder(URI.create(api + "/api/me")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"").matcher(me);
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token for " + username + ": " + me);
            }
            return new Lead(http, token.group(1));
        }

        HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(api + path)).header("Content-Type", "application/json")
                    .header("X-CSRF-Token", csrf).method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The body of a 200, or for a 201 the created thing's URL (Location), whose last segment {@link #idOf} reads. */
    static String post(String auth, String path, String json, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = ADMIN_HTTP.send(HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(r, status, "POST " + path);
        return status == 201 ? r.headers().firstValue("Location").orElseThrow() : r.body();
    }

    static String get(String auth, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = ADMIN_HTTP.send(HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", auth)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        expect(r, 200, "GET " + path);
        return r.body();
    }

    static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    static long glaId() throws IOException, InterruptedException {
        Matcher m = Pattern.compile("\\{[^{}]*\"orgId\"\\s*:\\s*\"GB-GOR-PB0002\"[^{}]*\\}").matcher(get(commissionerAuth, "/api/organisations"));
        if (!m.find()) {
            throw new IllegalStateException("no Greater London Authority in the demo data");
        }
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(m.group());
        if (!id.find()) {
            throw new IllegalStateException("no id in " + m.group());
        }
        return Long.parseLong(id.group(1));
    }

    /** The id at the end of a Location URL, or the top-level {@code "id"} of a JSON object. */
    static long idOf(String json) {
        Matcher url = Pattern.compile("/(\\d+)$").matcher(json.strip());
        if (url.find()) {
            return Long.parseLong(url.group(1));
        }
        Matcher m = Pattern.compile("^\\{\\s*\"id\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** {@code total.<name>.amount} of a position. */
    static String figure(String position, String name) {
        int total = position.indexOf("\"total\"");
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\\{[^}]*\"amount\"\\s*:\\s*\"?([0-9.\\-]+)").matcher(position);
        if (!m.find(total)) {
            throw new IllegalStateException("no " + name + " in " + position);
        }
        return m.group(1);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    static void log(String format, Object... args) {
        System.err.printf("[claims-bench] " + format + "%n", args);
    }
}
