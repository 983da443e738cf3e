#!/usr/bin/env bash
# Claim submission throughput and p99 under load, against the server's own GET /health in the same run (issue 12).
#
#   bench/claims-bench.sh            # from anywhere; see bench/README.md
#
# 1. prepares a throw-away MariaDB database and user (dropped and re-created each run),
# 2. starts the application (Payara Micro) on a loopback port with the demo users,
# 3. runs bench/ClaimsBench.java in a second JVM on loopback: set-up through the API (providers, contracts, drafts),
#    then GET /health and POST /api/claims/{id}/submit, each with the same number of concurrent clients,
# 4. rewrites its own section of bench/RESULTS.md, stops the application (always, via trap).
#
# Exit status: 0 goal met, 3 goal not met (RESULTS.md still written), anything else: the run failed.
set -euo pipefail

# shellcheck source=bench/bench-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"   # also sets BENCH_DIR and REPO_ROOT

DB_NAME="${BENCH_DB:-commissioning_claims_bench}"
DB_USER_NAME="${BENCH_DB_USER:-commissioning_cbench}"
DB_HOST=127.0.0.1
DB_PORT="${BENCH_DB_PORT:-3306}"
APP_PORT="${BENCH_PORT:-8081}"
PROVIDERS="${BENCH_PROVIDERS:-20}"
PER_PROVIDER="${BENCH_CLAIMS_PER_PROVIDER:-50}"
THREADS="${BENCH_THREADS:-8}"
HEALTH_REQUESTS="${BENCH_HEALTH_REQUESTS:-4000}"
WARMUP="${BENCH_WARMUP:-50}"   # per warm-up provider, at most 52: each warm-up contract has 52 quarters
WARMUP_PROVIDERS="${BENCH_WARMUP_PROVIDERS:-6}"
GOAL="${BENCH_GOAL:-0.3}"
FUNDS="${BENCH_FUNDS:-shared}"   # shared: all contracts paid from one fund; own: a fund per contract
MARIADB=(${BENCH_MARIADB:-mariadb})
M2="${M2_REPO:-$HOME/.m2/repository}"
PAYARA_JAR="${PAYARA_MICRO_JAR:-$M2/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}"
WAR_SRC="${BENCH_WAR:-$REPO_ROOT/web-module/target/commissioning.war}"
RESULTS="${BENCH_RESULTS:-$BENCH_DIR/RESULTS.md}"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/claims-bench.XXXXXX")"
cleanup() {
    local rc=$?
    bench_cleanup "$rc"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[[ -f "$PAYARA_JAR" ]] || { echo "missing $PAYARA_JAR" >&2; exit 2; }
if [[ ! -f "$WAR_SRC" ]]; then
    log "no WAR at $WAR_SRC; building it (mvn -B -q -DskipTests package)"
    (cd "$REPO_ROOT" && mvn -B -q -DskipTests package)
fi
cp "$WAR_SRC" "$WORK/commissioning.war"

mariadb_ready
APP_PORT=$(free_port "$APP_PORT" "$APP_PORT" 2>/dev/null || free_port 8082 8099)
API="http://127.0.0.1:$APP_PORT"
DB_PASSWORD="bench-$(random_hex 12)"
prepare_database
APP_ENV=("DB_URL=jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME${BENCH_URL_PARAMS:-}" "DB_USER=$DB_USER_NAME" "DB_PASSWORD=$DB_PASSWORD" DEMO_DATA=true
    "DEMAND_PSEUDONYM_KEY=bench-key-$(random_hex 16)" "DEMAND_IMPORT_DIR=$WORK/imports")
start_app ${BENCH_APP_JVM:-}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "running bench/ClaimsBench.java ($PROVIDERS providers × $PER_PROVIDER claims, $THREADS threads)"
java "$BENCH_DIR/ClaimsBench.java" --api "$API" --providers "$PROVIDERS" --claims-per-provider "$PER_PROVIDER" \
    --threads "$THREADS" --health-requests "$HEALTH_REQUESTS" --warmup "$WARMUP" --warmup-providers "$WARMUP_PROVIDERS" --funds "$FUNDS" --out "$WORK/claims.properties" \
    --cpu-pids "app:$APP_PID$(pgrep -x mariadbd >/dev/null && echo ",db:$(pgrep -x mariadbd | head -1)")"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
prop() { prop_of "$WORK/claims.properties" "$1"; }
RATIO=$(prop ratio)
VERDICT=$(awk -v r="$RATIO" -v g="$GOAL" 'BEGIN { print (r >= g) ? "PASS" : "FAIL" }')
POSTINGS=$(sqlq -e "SELECT COUNT(*) FROM ledger_posting")
LEDGER_SUM=$(sqlq -e "SELECT COALESCE(SUM(amount), 0) FROM ledger_posting")
GIT_REV=$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
NOW=$(date -u '+%Y-%m-%d %H:%M UTC')
HISTORY=$(history_rows "$RESULTS" claims-history)
ROW="| $NOW | $(nproc) | $THREADS | $(prop claims.calls) | $(prop health.perSecond) | $(prop claims.perSecond) | $(prop claims.p99) | **${RATIO}×** | $VERDICT | $GIT_REV |"
HISTORY_BLOCK=$(printf '%s\n%s' "$ROW" "$HISTORY" | sed '/^$/d' | head -20)

cat > "$WORK/section.md" <<EOF
# Claim submission under load vs the server's own /health

Written by \`bench/claims-bench.sh\` (see \`bench/README.md\`); every figure below was measured in one run, the
ratio against a baseline measured in that same run. Do not edit by hand: re-run the script.

## Latest run — $NOW — **$VERDICT** (goal ≥ ${GOAL}×)

$THREADS concurrent clients in a second JVM on loopback, each call timed from send to the last byte read.

| | calls | wall s | calls/s | p50 ms | p90 ms | p99 ms | max ms |
|---|---:|---:|---:|---:|---:|---:|---:|
| **baseline** \`GET /health\` (HTTP + health checks incl. a database round-trip) | $(prop health.calls) | $(prop health.seconds) | $(prop health.perSecond) | $(prop health.p50) | $(prop health.p90) | $(prop health.p99) | $(prop health.max) |
| **claims** \`POST /api/claims/{id}/submit\` | $(prop claims.calls) | $(prop claims.seconds) | $(prop claims.perSecond) | $(prop claims.p50) | $(prop claims.p90) | $(prop claims.p99) | $(prop claims.max) |
| **ratio** claims/s ÷ health/s | | | **${RATIO}×** | | | | |

Goal: ≥ ${GOAL}× → **$VERDICT**.

### Where the time of a call goes

CPU time (user + system, all threads) the application server and MariaDB used during each measured phase, divided by
its calls (from \`/proc/<pid>/stat\`; the application's includes its JIT compiler and garbage collector):

| | application server ms/call | MariaDB ms/call |
|---|---:|---:|
| \`GET /health\` | $(prop health.cpuMs.app) | $(prop health.cpuMs.db) |
| \`POST …/submit\` | $(prop claims.cpuMs.app) | $(prop claims.cpuMs.db) |

### What one submission does

Signed in by session cookie + CSRF token (each finance lead signed in once through the sign-in form, as a browser
does; HTTP Basic would add a PBKDF2 password check to every call). The server locks the contract's row, checks the
quarter is open for the paying fund's book-keeper, the contract is active in it, and the line fits what remains
(committed − what other live claims take), then posts the CLAIM journal entry (COMMITTED −£100, CLAIMED +£100) and
the audit event, in one transaction. Every submission answered 200; afterwards the fund's \`claimed\` figure was
£$(prop claimedFigure), exactly (measured + warm-up) × £100.00.

### Data

- $PROVIDERS providers, each with its own finance lead and one £1,000,000 block contract for 2024/25–2036/37 paid
  from one fund; $PER_PROVIDER draft claims of £100 per provider, one per quarter (one live claim per contract and
  quarter). Threads take drafts from one queue interleaved across providers, so concurrent submissions mostly lock
  different contracts (many providers near a claims deadline), sometimes the same one.
- $(prop warmup) warm-up submissions ($WARMUP_PROVIDERS other providers) and $(( $(prop warmup) * 5 )) warm-up health calls first, not counted.
- Ledger after the run: $POSTINGS postings, sum $LEDGER_SUM.

### Machine

- $(machine_line); MariaDB $(sqlq -e 'SELECT VERSION()'); application and client share the machine.
- load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER.
- repository HEAD $GIT_REV (working tree may differ).

## History

| date | CPUs | threads | submissions | health/s | claims/s | claims p99 ms | ratio | vs goal | build |
|---|---:|---:|---:|---:|---:|---:|---:|---|---|
<!-- claims-history:start -->
$HISTORY_BLOCK
<!-- claims-history:end -->
EOF
write_section "$RESULTS" claims "$WORK/section.md"
log "wrote the claims section of $RESULTS: health $(prop health.perSecond)/s, claims $(prop claims.perSecond)/s (p99 $(prop claims.p99) ms), ratio ${RATIO}× → $VERDICT"
KEEP_WORK=${BENCH_KEEP_WORK:-0}   # BENCH_KEEP_WORK=1 keeps the work folder (app.log) for a look
[[ "$VERDICT" == PASS ]] || exit 3
