#!/usr/bin/env bash
# Fund position through the API vs the bare SQL SUM over the same 1,000,000 ledger rows, in the same run.
#
#   bench/position-bench.sh            # from anywhere; see bench/README.md
#
# 1. prepares a throw-away MariaDB database and user (dropped and re-created each run),
# 2. starts the application (Payara Micro) on a loopback port, Flyway creates the schema, demo users are loaded,
# 3. creates an organisation and funds through the API,
# 4. loads 1,000,000 postings for the measured fund (and some for other funds) straight into SQL,
# 5. runs bench/PositionBench.java (JDBC bare SUM vs GET /api/funds/{id}/position, interleaved): no closing balance
#    yet, so the position sums every posting (the baseline),
# 6. closes the organisation's quarters 2019-20 Q1 … Q4 through the API (each close writes the funds' closing balances)
#    and runs PositionBench again: the position now starts from the Q4 closing balance (postings in closed quarters),
# 7. rewrites its own section of bench/RESULTS.md, stops the application (always, via trap).
#
# Exit status: 0 goal met, 3 goal not met (RESULTS.md still written), anything else: the run failed.
set -euo pipefail

# shellcheck source=bench/bench-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"   # also sets BENCH_DIR and REPO_ROOT

# ---- settings (override through the environment) --------------------------------------------------------------
DB_NAME="${BENCH_DB:-commissioning_bench}"
DB_USER_NAME="${BENCH_DB_USER:-commissioning_bench}"
DB_HOST=127.0.0.1
DB_PORT="${BENCH_DB_PORT:-3306}"
APP_PORT="${BENCH_PORT:-8081}"
POSTINGS="${BENCH_POSTINGS:-1000000}"          # postings of the measured fund (two per journal entry)
OTHER_ENTRIES="${BENCH_OTHER_ENTRIES:-100000}"  # journal entries for each of the two neighbouring funds
AS_OF="${BENCH_AS_OF:-2020-03-31}"
WARMUP="${BENCH_WARMUP:-5}"
RUNS="${BENCH_RUNS:-20}"
GOAL="${BENCH_GOAL:-2.0}"
CLOSED_GOAL="${BENCH_CLOSED_GOAL:-0.2}"        # position from closing balances vs the bare SUM (issue 12)
LAYOUT="${BENCH_LAYOUT:-compact}"               # compact: rebuild ledger_posting after loading; as-loaded: leave it
API_USER="${BENCH_API_USER:-admin}"   # sees every fund; a commissioner sees only their own organisation's
API_PASSWORD="${BENCH_API_PASSWORD:-Demo-pass-2019}"   # the public demo user that DEMO_DATA=true loads
MARIADB=(${BENCH_MARIADB:-mariadb})                    # admin client, e.g. "sudo mariadb"; root over the socket by default
M2="${M2_REPO:-$HOME/.m2/repository}"
PAYARA_JAR="${PAYARA_MICRO_JAR:-$M2/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}"
MYSQL_JAR="${MYSQL_DRIVER_JAR:-$M2/com/mysql/mysql-connector-j/9.7.0/mysql-connector-j-9.7.0.jar}"
WAR_SRC="${BENCH_WAR:-$REPO_ROOT/web-module/target/commissioning.war}"
RESULTS="${BENCH_RESULTS:-$BENCH_DIR/RESULTS.md}"     # another file for experiments

[[ "$LAYOUT" == compact || "$LAYOUT" == as-loaded ]] || { echo "BENCH_LAYOUT must be compact or as-loaded" >&2; exit 2; }
(( POSTINGS % 2 == 0 )) || { echo "BENCH_POSTINGS must be even (two postings per entry)" >&2; exit 2; }
ENTRIES=$(( POSTINGS / 2 ))

WORK="$(mktemp -d "${TMPDIR:-/tmp}/position-bench.XXXXXX")"
cleanup() {
    local rc=$?
    bench_cleanup "$rc"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- prerequisites -----------------------------------------------------------------------------------------------
for f in "$PAYARA_JAR" "$MYSQL_JAR"; do [[ -f "$f" ]] || { echo "missing $f" >&2; exit 2; }; done
if [[ ! -f "$WAR_SRC" ]]; then
    log "no WAR at $WAR_SRC; building it (mvn -B -q -DskipTests package)"
    (cd "$REPO_ROOT" && mvn -B -q -DskipTests package)
fi
cp "$WAR_SRC" "$WORK/commissioning.war"   # a private copy: a rebuild during the run cannot change what is measured

mariadb_ready
APP_PORT=$(free_port "$APP_PORT" "$APP_PORT" 2>/dev/null || free_port 8082 8099)
API="http://127.0.0.1:$APP_PORT"

# ---- database and user ---------------------------------------------------------------------------------------------
DB_PASSWORD="bench-$(random_hex 12)"
prepare_database
JDBC_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME"

# ---- application -----------------------------------------------------------------------------------------------------
# The demo data includes demo demand, which the application refuses to pseudonymise on MariaDB without a key.
APP_ENV=("DB_URL=$JDBC_URL" "DB_USER=$DB_USER_NAME" "DB_PASSWORD=$DB_PASSWORD" DEMO_DATA=true
    "DEMAND_PSEUDONYM_KEY=bench-key-$(random_hex 16)" "DEMAND_IMPORT_DIR=$WORK/imports")
start_app

# POST JSON, print the id from the Location header (…/api/<things>/<id>).
create() {
    local path=$1 body=$2 headers
    headers=$(curl -sS --max-time 60 -o "$WORK/last-response.json" -D - -u "$API_USER:$API_PASSWORD" \
        -H 'Content-Type: application/json' -X POST --data "$body" "$API$path")
    if ! grep -q '^HTTP/[0-9.]* 201' <<<"$headers"; then
        echo "POST $path failed:" >&2; echo "$headers" >&2; cat "$WORK/last-response.json" >&2; exit 1
    fi
    grep -i '^Location:' <<<"$headers" | tr -d '\r' | sed -E 's#.*/([0-9]+)$#\1#'
}
RUN_TAG="$(date -u +%Y%m%d%H%M%S)"
ORG_ID=$(create /api/organisations "{\"name\":\"Bench ICB $RUN_TAG\",\"type\":\"ICB\"}")
fund_body() {
    printf '{"code":"%s","name":"%s","type":"SINGLE_COMMISSIONER_BUDGET","ownerId":%s,"financialYear":"2019-20","purpose":"Benchmark: position over a large ledger","currency":"GBP"}' \
        "$1" "$2" "$ORG_ID"
}
# Created in this order so the measured fund's index range sits between two other funds' ranges.
BEFORE_ID=$(create /api/funds "$(fund_body "BENCH-A-$RUN_TAG" 'Bench neighbour A')")
FUND_ID=$(create /api/funds "$(fund_body "BENCH-M-$RUN_TAG" 'Bench measured fund')")
AFTER_ID=$(create /api/funds "$(fund_body "BENCH-B-$RUN_TAG" 'Bench neighbour B')")
EMPTY_ID=$(create /api/funds "$(fund_body "BENCH-E-$RUN_TAG" 'Bench empty fund')")
log "organisation $ORG_ID; measured fund $FUND_ID; neighbours $BEFORE_ID, $AFTER_ID; empty fund $EMPTY_ID"

# ---- data ------------------------------------------------------------------------------------------------------------
# One CONTRIBUTION entry per sequence number, value dates spread evenly over [start, start+days), quarter code from the
# date (Q1 Apr-Jun … Q4 Jan-Mar of the financial year), then two postings per entry exactly as Funds.contribute books
# them: FUNDING -x and AVAILABLE +x, both carrying the partner. Entries are tagged source_type 'BENCH', source_id =
# fund id. Amounts are deterministic, 1.00 to 1000.99. Rows go in in value-date order, as a live ledger grows (a
# random order would leave the position index half-empty pages, twice its natural size: see bench/README.md).
load_fund() {
    local fund=$1 entries=$2 start=$3 days=$4
    sqlq <<SQL
SET @fund = $fund, @org = $ORG_ID;
INSERT INTO journal_entry (entry_type, source_type, source_id, value_date, quarter_code, description, created_at, created_by)
SELECT 'CONTRIBUTION', 'BENCH', @fund, d,
       CONCAT(fy, '-', LPAD((fy + 1) MOD 100, 2, '0'), '-Q',
              CASE WHEN MONTH(d) BETWEEN 4 AND 6 THEN 1 WHEN MONTH(d) BETWEEN 7 AND 9 THEN 2
                   WHEN MONTH(d) BETWEEN 10 AND 12 THEN 3 ELSE 4 END),
       CONCAT('bench contribution ', seq), NOW(6), 'bench'
FROM (SELECT seq, d, YEAR(d) - (MONTH(d) < 4) AS fy
      FROM (SELECT seq, DATE '$start' + INTERVAL (seq MOD $days) DAY AS d FROM seq_1_to_$entries) s0) s
ORDER BY d, seq;
INSERT INTO ledger_posting (entry_id, fund_id, partner_id, account, amount, currency, quarter_code, value_date,
                            source_type, source_id, created_at, created_by)
SELECT e.id, @fund, @org, leg.account, leg.sign * (((e.id * 7919) MOD 100000) + 100) / 100, 'GBP',
       e.quarter_code, e.value_date, 'BENCH', @fund, NOW(6), 'bench'
FROM journal_entry e
JOIN (SELECT 'FUNDING' AS account, -1 AS sign UNION ALL SELECT 'AVAILABLE', 1) leg
WHERE e.source_type = 'BENCH' AND e.source_id = @fund
ORDER BY e.id, leg.sign;
SQL
}
t0=$(date +%s)
log "loading $OTHER_ENTRIES entries for fund $BEFORE_ID (2019-04-01 .. 2021-03-31)"
load_fund "$BEFORE_ID" "$OTHER_ENTRIES" 2019-04-01 731
log "loading $ENTRIES entries ($POSTINGS postings) for the measured fund $FUND_ID (2019-04-01 .. 2020-03-31)"
load_fund "$FUND_ID" "$ENTRIES" 2019-04-01 366
log "loading $OTHER_ENTRIES entries for fund $AFTER_ID (2019-04-01 .. 2021-03-31)"
load_fund "$AFTER_ID" "$OTHER_ENTRIES" 2019-04-01 731
if [[ "$LAYOUT" == compact ]]; then
    # Rebuild: secondary indexes are built by sorting, so pages are full (the position index roughly halves and fits
    # the stock 128 MiB buffer pool). See bench/README.md, "Layout".
    log "rebuilding ledger_posting (BENCH_LAYOUT=compact)"
    sqlq -e "ALTER TABLE ledger_posting FORCE"
fi
sqlq -e "ANALYZE TABLE journal_entry, ledger_posting" >/dev/null
LOAD_SECONDS=$(( $(date +%s) - t0 ))

COUNT=$(sqlq -e "SELECT COUNT(*) FROM ledger_posting WHERE fund_id = $FUND_ID")
COUNT_AS_OF=$(sqlq -e "SELECT COUNT(*) FROM ledger_posting WHERE fund_id = $FUND_ID AND value_date <= '$AS_OF'")
TOTAL_ROWS=$(sqlq -e "SELECT COUNT(*) FROM ledger_posting")
LEDGER_SUM=$(sqlq -e "SELECT COALESCE(SUM(amount), 0) FROM ledger_posting")
BAD_QUARTERS=$(sqlq -e "SELECT COUNT(*) FROM journal_entry WHERE source_type = 'BENCH' AND quarter_code <> CONCAT(
    YEAR(value_date) - (MONTH(value_date) < 4), '-', LPAD((YEAR(value_date) - (MONTH(value_date) < 4) + 1) MOD 100, 2, '0'),
    '-Q', QUARTER(value_date - INTERVAL 3 MONTH))")
UNBALANCED=$(sqlq -e "SELECT COUNT(*) FROM (SELECT entry_id FROM ledger_posting GROUP BY entry_id HAVING SUM(amount) <> 0) x")
log "loaded in ${LOAD_SECONDS}s: fund $FUND_ID has $COUNT postings ($COUNT_AS_OF up to $AS_OF); ledger $TOTAL_ROWS rows, sum $LEDGER_SUM"
[[ "$COUNT" == "$POSTINGS" && "$COUNT_AS_OF" == "$POSTINGS" ]] || { echo "expected exactly $POSTINGS postings for fund $FUND_ID, got $COUNT ($COUNT_AS_OF up to $AS_OF)" >&2; exit 1; }
[[ "$LEDGER_SUM" =~ ^0(\.0+)?$ ]] || { echo "the ledger does not sum to zero: $LEDGER_SUM" >&2; exit 1; }
[[ "$BAD_QUARTERS" == 0 && "$UNBALANCED" == 0 ]] || { echo "bad quarter codes: $BAD_QUARTERS, unbalanced entries: $UNBALANCED" >&2; exit 1; }

# EXPLAIN as a markdown table: table, type, key, key_len, rows (estimate), Extra.
explain() {
    "${MARIADB[@]}" --batch "$DB_NAME" -e "EXPLAIN $1" | awk -F'\t' '
        { printf "  | %s | %s | %s | %s | %s | %s |\n", $3, $4, $6, $7, $9, $10 }
        NR == 1 { print "  |---|---|---|---|---:|---|" }'
}
EXPLAIN_SUM=$(explain "SELECT SUM(amount) FROM ledger_posting WHERE fund_id = $FUND_ID AND value_date <= '$AS_OF'")
EXPLAIN_GROUPED=$(explain "SELECT account, partner_id, SUM(amount) FROM ledger_posting WHERE fund_id = $FUND_ID AND value_date <= '$AS_OF' GROUP BY account, partner_id")
INDEX_MIB=$(sqlq -e "SELECT ROUND(stat_value * @@innodb_page_size / 1048576, 1) FROM mysql.innodb_index_stats
    WHERE database_name = '$DB_NAME' AND table_name = 'ledger_posting' AND index_name = 'ix_ledger_posting_balance' AND stat_name = 'size'")
pool_reads() { sqlq -e "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_READS'"; }
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
READS_BEFORE=$(pool_reads)

# The application's PBKDF2 iteration count (HTTP Basic verifies the password on every call), for the auth estimate.
PBKDF2_ITERATIONS=$(grep -ho '"Pbkdf2PasswordHash.Iterations", *"[0-9]*"' -r "$REPO_ROOT/ejb-module/src/main/java" 2>/dev/null \
    | sed -E 's/.*"([0-9]+)"$/\1/' | head -1 || true)
PBKDF2_ITERATIONS=${PBKDF2_ITERATIONS:-0}

# ---- measurement ---------------------------------------------------------------------------------------------------------
run_bench() {   # $1: results file, $2: goal
    java -cp "$MYSQL_JAR" "$BENCH_DIR/PositionBench.java" \
        --jdbc-url "$JDBC_URL" --db-user "$DB_USER_NAME" --db-password "$DB_PASSWORD" \
        --api "$API" --api-user "$API_USER" --api-password "$API_PASSWORD" \
        --fund-id "$FUND_ID" --empty-fund-id "$EMPTY_ID" --as-of "$AS_OF" \
        --warmup "$WARMUP" --runs "$RUNS" --goal "$2" --expect-rows "$POSTINGS" --pbkdf2-iterations "$PBKDF2_ITERATIONS" \
        --out "$1"
}
log "measuring without closing balances: $WARMUP warm-up + $RUNS measured rounds"
set +e
run_bench "$WORK/results.properties" "$GOAL" | tee "$WORK/bench.out"
BENCH_RC=${PIPESTATUS[0]}
set -e
READS_DURING=$(( $(pool_reads) - READS_BEFORE ))
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
# Pages of the measured fund's range in the position index, vs pages read from disk per round (all calls of a round).
FUND_PAGES=$(awk -v mib="${INDEX_MIB:-0}" -v n="$COUNT" -v t="$TOTAL_ROWS" 'BEGIN { printf "%d", mib * 64 * n / t }')
READS_PER_ROUND=$(( READS_DURING / (WARMUP + RUNS) ))
if (( READS_PER_ROUND * 20 < FUND_PAGES )); then
    MEMORY_NOTE="$READS_PER_ROUND per round against ~$FUND_PAGES pages in the fund's index range: both sides ran from memory"
else
    MEMORY_NOTE="$READS_PER_ROUND per round against ~$FUND_PAGES pages in the fund's index range: the index did not stay in the buffer pool, both sides paid for reads, which narrows the ratio"
fi
(( BENCH_RC == 0 )) || { echo "PositionBench failed (exit $BENCH_RC)" >&2; exit 1; }

# Close the bench organisation's four quarters of 2019-20, in order, as the administrator (it names the organisation).
CLOSE_SECONDS=()
for q in 1 2 3 4; do
    t_close=$(date +%s%N)
    code=$(curl -sS --max-time 600 -o "$WORK/close.json" -w '%{http_code}' -u "$API_USER:$API_PASSWORD" \
        -H 'Content-Type: application/json' -X POST --data '{"note":"bench"}' \
        "$API/api/periods/2019-20-Q$q/close?organisationId=$ORG_ID")
    [[ "$code" == 200 ]] || { echo "closing 2019-20 Q$q failed ($code):" >&2; cat "$WORK/close.json" >&2; exit 1; }
    CLOSE_SECONDS+=("$(awk -v ns=$(( $(date +%s%N) - t_close )) 'BEGIN { printf "%.2f", ns / 1e9 }')")
done
CLOSING_ROWS=$(sqlq -e "SELECT COUNT(*) FROM fund_closing_balance WHERE fund_id = $FUND_ID")
log "closed 2019-20 Q1-Q4 for organisation $ORG_ID (seconds: ${CLOSE_SECONDS[*]}); fund $FUND_ID has $CLOSING_ROWS closing-balance rows"
log "measuring with closing balances: $WARMUP warm-up + $RUNS measured rounds"
set +e
run_bench "$WORK/closed.properties" "$CLOSED_GOAL" | tee "$WORK/bench-closed.out"
BENCH_RC=${PIPESTATUS[0]}
set -e
(( BENCH_RC == 0 )) || { echo "PositionBench (closed quarters) failed (exit $BENCH_RC)" >&2; exit 1; }

prop() { prop_of "$WORK/results.properties" "$1"; }
cprop() { prop_of "$WORK/closed.properties" "$1"; }

# ---- RESULTS.md -------------------------------------------------------------------------------------------------------------
JAVA_VERSION=$(java -version 2>&1 | head -1)
JAVA_VM=$(java -version 2>&1 | tail -1)
MARIADB_VERSION=$(sqlq -e "SELECT VERSION()")
BUFFER_POOL_MB=$(( $(sqlq -e "SELECT @@innodb_buffer_pool_size") / 1024 / 1024 ))
WAR_SUM=$(sha256sum "$WORK/commissioning.war" | cut -c1-12)
GIT_REV=$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
NOW=$(date -u '+%Y-%m-%d %H:%M UTC')
RATIO=$(prop ratio)
if [[ "$LAYOUT" == compact ]]; then LAYOUT_NOTE="ledger_posting rebuilt with ALTER TABLE … FORCE after loading, so its indexes are densely packed"
else LAYOUT_NOTE="left as the inserts built it; same-day postings arrive in random key order, so index pages end up about half full"; fi
if [[ "$(prop meetsGoal)" == true ]]; then VERDICT="PASS"; else VERDICT="FAIL"; fi
if [[ "$(cprop meetsGoal)" == true ]]; then CLOSED_VERDICT="PASS"; else CLOSED_VERDICT="FAIL"; fi
CLOSED_RATIO=$(cprop ratio)
SPEEDUP=$(awk -v a="$(prop api.median)" -v b="$(cprop api.median)" 'BEGIN { printf "%.1f", a / b }')

# Keep the history table of earlier runs.
HISTORY=$(history_rows "$RESULTS" history)
HISTORY_BLOCK="| $NOW | $(nproc) | $(prop rows) | $LAYOUT, ${INDEX_MIB} MiB, $READS_DURING | $(prop sql.median) | $(prop api.median) | ${RATIO}× | $VERDICT | $(cprop api.median) | ${CLOSED_RATIO}× | $CLOSED_VERDICT | $GIT_REV / war $WAR_SUM |"
[[ -z "$HISTORY" ]] || HISTORY_BLOCK+=$'\n'"$HISTORY"

cat > "$WORK/section.md" <<EOF
# Position benchmark: API vs bare SQL over 1,000,000 postings

Written by \`bench/position-bench.sh\` (see \`bench/README.md\`); every figure below was measured in one run, the
ratio against a baseline measured in that same run. Do not edit by hand: re-run the script.

## Latest run — $NOW — **$VERDICT** (goal ≤ ${GOAL}×)

| | median | p90 | min | max |
|---|---:|---:|---:|---:|
| **bare SQL** \`SELECT SUM(amount) … WHERE fund_id=? AND value_date<=?\` (JDBC, prepared, one connection) | $(prop sql.median) ms | $(prop sql.p90) ms | $(prop sql.min) ms | $(prop sql.max) ms |
| **API** \`GET /api/funds/$FUND_ID/position?asOf=$AS_OF\` (HTTP/1.1, Basic auth, body read) | $(prop api.median) ms | $(prop api.p90) ms | $(prop api.min) ms | $(prop api.max) ms |
| **ratio** median(API) / median(SQL) | **${RATIO}×** | | | |

Goal: ≤ ${GOAL}× → **$VERDICT**.

### With closing balances: the same fund after its quarters are closed — **$CLOSED_VERDICT** (goal ≤ ${CLOSED_GOAL}×)

Then the bench closed 2019-20 Q1 … Q4 for the fund's organisation through the API (seconds per close, each writing
every fund's closing balances: ${CLOSE_SECONDS[*]}; the measured fund now has $CLOSING_ROWS closing-balance rows), and
measured again: all $COUNT_AS_OF postings are in closed quarters, so the position starts from the Q4 closing balance
and sums nothing after it.

| | median | p90 | min | max |
|---|---:|---:|---:|---:|
| **bare SQL** SUM of the same postings (same query as above) | $(cprop sql.median) ms | $(cprop sql.p90) ms | $(cprop sql.min) ms | $(cprop sql.max) ms |
| **API** position, from the closing balance | $(cprop api.median) ms | $(cprop api.p90) ms | $(cprop api.min) ms | $(cprop api.max) ms |
| **ratio** median(API) / median(SQL) | **${CLOSED_RATIO}×** | | | |
| API without closing balance (above) / API with closing balance | **${SPEEDUP}×** faster | | | |
| \`GET /api/funds/$FUND_ID\` (the per-request floor, same run) | $(cprop apiFund.median) ms | $(cprop apiFund.p90) ms | | |

Same checks on every response as above (budget $(cprop apiBudget) = SQL $(cprop sqlBudget); contributed $(cprop apiContributed)).

Diagnostics from the same run (not part of the goal; they split the API time up):

| | median | p90 |
|---|---:|---:|
| a single grouped query over JDBC (the design the application replaced by one ranged SUM per account and partner): \`SELECT account, partner_id, SUM(amount) … GROUP BY account, partner_id\` | $(prop sqlGrouped.median) ms | $(prop sqlGrouped.p90) ms |
| \`GET /api/funds/$FUND_ID\` (HTTP + Basic auth + one fund lookup: the per-request floor) | $(prop apiFund.median) ms | $(prop apiFund.p90) ms |
| \`GET /api/funds/$EMPTY_ID/position?asOf=$AS_OF\` (same endpoint, fund with no postings) | $(prop apiEmptyPosition.median) ms | $(prop apiEmptyPosition.p90) ms |
| \`GET /api/funds/$FUND_ID\` without credentials → 401 (the HTTP stack alone) | $(prop apiUnauthenticated.median) ms | $(prop apiUnauthenticated.p90) ms |
| one PBKDF2-HMAC-SHA256 of $PBKDF2_ITERATIONS iterations, timed in the client JVM (≈ the server's password check per call) | $(prop pbkdf2Local.median) ms | $(prop pbkdf2Local.p90) ms |

Grouped query / bare SUM: $(prop ratioGroupedVsSql)×.

### Data

- Measured fund $FUND_ID: **$COUNT postings** ($COUNT_AS_OF dated on or before $AS_OF), $ENTRIES CONTRIBUTION journal entries
  (source_type BENCH) with value dates spread over 2019-04-01 … 2020-03-31, quarter codes 2019-20-Q1 … Q4 from the
  date, two balanced postings each (FUNDING −x, AVAILABLE +x, both with partner $ORG_ID).
- Neighbouring funds $BEFORE_ID and $AFTER_ID: $OTHER_ENTRIES entries each (2 × $OTHER_ENTRIES postings), dated
  2019-04-01 … 2021-03-31, so the measured fund's rows are one range in the middle of the index.
- Whole ledger: $TOTAL_ROWS postings, sum $LEDGER_SUM; every entry balances; inserted in value-date order, loaded
  in ${LOAD_SECONDS} s. Layout: **$LAYOUT** ($LAYOUT_NOTE); then \`ANALYZE TABLE\`.
- Checks on every API response (warm-up included): \`total.budget\` = $(prop apiBudget) equals the SQL sum of the
  budget accounts ($(prop sqlBudget)); partners' \`contributed\` = $(prop apiContributed) equals −SUM(FUNDING); the
  bare SUM ($(prop sqlSum), zero by double entry) equals budget − contributed. Response: $(prop responseBytes) bytes.

### Method

- Application: \`commissioning.war\` (sha256 $WAR_SUM…; repository HEAD $GIT_REV, working tree may differ), Payara Micro 6.2025.10, \`--nocluster\`,
  HTTP listener on 127.0.0.1:$APP_PORT, MariaDB through Connector/J, database \`$DB_NAME\` created fresh by Flyway.
- Client: \`bench/PositionBench.java\` on the same machine: $WARMUP warm-up rounds, then $RUNS measured rounds; in each
  round the bare SQL and the API call run back to back, the order alternating every round; then the diagnostic
  calls. Times are wall-clock (System.nanoTime) around execute-and-read-all for JDBC and send-and-read-body for HTTP.
  Median and p90 (nearest rank) over the measured rounds.
- Both sides read the same $COUNT_AS_OF rows through the covering index \`ix_ledger_posting_balance\`
  (${INDEX_MIB} MiB for the whole ledger). InnoDB buffer-pool reads from disk during the whole measurement phase:
  $READS_DURING pages ($MEMORY_NOTE). EXPLAIN, bare SUM:

$EXPLAIN_SUM

  EXPLAIN, the single grouped query (for comparison):

$EXPLAIN_GROUPED

### Machine

- $(machine_line)
- $JAVA_VERSION; $JAVA_VM (client and server)
- MariaDB $MARIADB_VERSION, innodb_buffer_pool_size ${BUFFER_POOL_MB} MiB
- load average (1, 5, 15 min) before the measurement: $LOAD_BEFORE; after: $LOAD_AFTER (other work on the machine
  shows up here; both sides share it, as they are interleaved)

## History

| date | CPUs | rows | layout, position index, pool reads | SQL median ms | API median ms | ratio | vs goal | API closed ms | closed ratio | vs goal | build |
|---|---:|---:|---|---:|---:|---:|---|---:|---:|---|---|
<!-- history:start -->
$HISTORY_BLOCK
<!-- history:end -->
EOF
write_section "$RESULTS" position "$WORK/section.md"
log "wrote the position section of $RESULTS: SQL median $(prop sql.median) ms, API median $(prop api.median) ms, ratio ${RATIO}× → $VERDICT; from closing balances $(cprop api.median) ms, ratio ${CLOSED_RATIO}× → $CLOSED_VERDICT"
KEEP_WORK=0
[[ "$VERDICT" == PASS && "$CLOSED_VERDICT" == PASS ]] || exit 3
