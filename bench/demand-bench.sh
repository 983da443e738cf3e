#!/usr/bin/env bash
# Demand import of 1,000,000 referral rows through the application vs LOAD DATA of the same file, peak heap of the
# application during the import, and London-wide matching through the API vs one bare SQL GROUP BY, in one run.
#
#   bench/demand-bench.sh            # from anywhere; see bench/README.md
#
# 1. builds the sql, ejb-module and web-module modules, generates the referral file with the project's generator
#    (SyntheticReferrals, fixed seed: the same bytes every run, sha256 checked),
# 2. prepares a throw-away MariaDB database and user, starts the application (Payara Micro, -Xmx512m) on a loopback port,
# 3. rounds (BENCH_ROUNDS, 3): LOAD DATA LOCAL INFILE of the file into a plain table (the baseline), then the import
#    of the same file through the application (upload, batch job); the median round's ratio is the result; heap
#    sampled over all rounds, threads and MariaDB over the last,
# 5. the same rows inserted by MariaDB itself into copies of the application's tables (where the time goes),
# 6. 2,000 services with active contracts, then matching through the API vs the bare GROUP BY (if this build has it),
# 7. rewrites its own section of bench/RESULTS.md, stops the application (always, via trap).
#
# Exit status: 0 every goal met, 3 a goal not met (RESULTS.md still written), anything else: the run failed.
set -euo pipefail

# shellcheck source=bench/bench-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"   # also sets BENCH_DIR and REPO_ROOT

# ---- settings (override through the environment) --------------------------------------------------------------
DB_NAME="${BENCH_DB:-cm_bench}"
DB_USER_NAME="${BENCH_DB_USER:-cm_bench}"
DB_PORT="${BENCH_DB_PORT:-3306}"
APP_PORT="${BENCH_PORT:-8282}"
ROWS="${BENCH_ROWS:-1000000}"
SEED="${BENCH_SEED:-2019}"
YEAR="${BENCH_YEAR:-2019-20}"
CHUNK_SIZE="${BENCH_CHUNK_SIZE:-}"              # DEMAND_CHUNK_SIZE for the application; empty: its default
XMX="${BENCH_XMX:-512m}"                         # (BENCH_JVM_OPTS: more JVM options, at start_app below)
ROUNDS="${BENCH_ROUNDS:-3}"                      # rounds of LOAD DATA + import; the median round is the result
WARMUP_ROWS="${BENCH_WARMUP_ROWS:-200000}"       # a warm-up import of other rows first; 0: measure a cold JVM
WARMUP_SOURCE=BENCH-WARMUP
IMPORT_GOAL="${BENCH_IMPORT_GOAL:-0.5}"          # import rows/s ÷ LOAD DATA rows/s, at least
HEAP_GOAL_MB="${BENCH_HEAP_GOAL_MB:-512}"
PROFILE="${BENCH_PROFILE:-1}"                    # thread dumps of the application during the import
SAMPLE_INTERVAL="${BENCH_SAMPLE_INTERVAL:-1}"
FLOOR="${BENCH_FLOOR:-1}"                        # the same rows inserted by MariaDB itself
SERVICES="${BENCH_SERVICES:-2000}"
MATCH_WARMUP="${BENCH_MATCH_WARMUP:-3}"
MATCH_RUNS="${BENCH_MATCH_RUNS:-10}"
MATCH_GOAL="${BENCH_MATCH_GOAL:-2.0}"            # matching API ÷ bare SQL, at most
API_USER="${BENCH_API_USER:-dan.reeves}"         # a commissioner (NHS Tower Hamlets CCG in the demo data)
API_PASSWORD="${BENCH_API_PASSWORD:-Demo-pass-2019}"   # the public demo password that DEMO_DATA=true loads
MARIADB=(${BENCH_MARIADB:-mariadb})              # admin client, e.g. "sudo mariadb"; root over the socket by default
M2="${M2_REPO:-$HOME/.m2/repository}"
PAYARA_JAR="${PAYARA_MICRO_JAR:-$M2/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}"
MYSQL_JAR="${MYSQL_DRIVER_JAR:-$M2/com/mysql/mysql-connector-j/9.7.0/mysql-connector-j-9.7.0.jar}"
RESULTS="${BENCH_RESULTS:-$BENCH_DIR/RESULTS.md}"     # another file for experiments
SOURCE_SYSTEM=BENCH-LINK                         # what SyntheticReferrals writes

[[ "$ROWS" =~ ^[1-9][0-9]*$ && "$ROUNDS" =~ ^[1-9]$ ]] || { echo "BENCH_ROWS must be a whole number and BENCH_ROUNDS 1-9" >&2; exit 2; }
[[ -z "$CHUNK_SIZE" || "$CHUNK_SIZE" =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_CHUNK_SIZE must be a whole number" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/demand-bench.XXXXXX")"
HELPERS=()          # background samplers, stopped by pid
LOCAL_INFILE_WAS="" # the server's local_infile before this run, put back at the end
cleanup() {
    local rc=$?
    for pid in "${HELPERS[@]}"; do kill "$pid" 2>/dev/null || true; done
    if [[ "$LOCAL_INFILE_WAS" == 0 ]]; then
        "${MARIADB[@]}" -e "SET GLOBAL local_infile = 0" || log "could not switch local_infile back off"
    fi
    bench_cleanup "$rc"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for f in "$PAYARA_JAR" "$MYSQL_JAR"; do [[ -f "$f" ]] || { echo "missing $f (a mvn package of the project fetches it)" >&2; exit 2; }; done
command -v jstat >/dev/null || { echo "jstat (JDK) is needed for the heap measurement" >&2; exit 2; }

# ---- build and data file ------------------------------------------------------------------------------------------
if [[ "${BENCH_BUILD:-1}" == 1 ]]; then
    log "building (mvn -q -pl sql,ejb-module,web-module package -DskipTests)"
    (cd "$REPO_ROOT" && mvn -q -pl sql,ejb-module,web-module package -DskipTests)
fi
cp "$REPO_ROOT/web-module/target/commissioning.war" "$WORK/commissioning.war"   # a private copy for the run
GIT_REV=$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
[[ -z "$(git -C "$REPO_ROOT" status --porcelain -- ejb-module web-module sql 2>/dev/null)" ]] || GIT_REV="$GIT_REV+changes"
GEN_CP="$REPO_ROOT/ejb-module/target/classes:$REPO_ROOT/sql/target/classes"
generate() { java -cp "$GEN_CP" uk.commissioning.demo.SyntheticReferrals "$ROWS" "$SEED" "$YEAR"; }
FILE="$WORK/referrals.csv"
log "generating $ROWS referral rows (seed $SEED, $YEAR)"
t0=$(date +%s%N)
generate > "$FILE"
GEN_SECONDS=$(awk -v n=$(( $(date +%s%N) - t0 )) 'BEGIN { printf "%.1f", n / 1e9 }')
FILE_SHA=$(sha256sum "$FILE" | cut -d' ' -f1)
FILE_BYTES=$(stat -c %s "$FILE")
FILE_LINES=$(wc -l < "$FILE")
(( FILE_LINES == ROWS + 1 )) || { echo "the generator wrote $FILE_LINES lines, expected $ROWS + header" >&2; exit 1; }
AGAIN_SHA=$(generate | sha256sum | cut -d' ' -f1)
[[ "$AGAIN_SHA" == "$FILE_SHA" ]] || { echo "the generator is not deterministic: $FILE_SHA, then $AGAIN_SHA" >&2; exit 1; }
# The previous run's file for the same rows/seed/year, from the history table (column 3 is "rows, seed, year, sha256").
PREV_SHA=$(history_rows "$RESULTS" demand-history | awk -F'|' -v k="$ROWS, $SEED, $YEAR," 'index($4, k) { print $4; exit }' \
    | grep -o '[0-9a-f]\{12\}' | head -1 || true)
if [[ -z "$PREV_SHA" ]]; then SHA_NOTE="no earlier run with these settings in the history"
elif [[ "$PREV_SHA" == "${FILE_SHA:0:12}" ]]; then SHA_NOTE="the same as the previous run with these settings"
else SHA_NOTE="**differs** from the previous run with these settings (${PREV_SHA}…): the generator changed"; fi
# What the file holds, for the checks: needs (the distinct needs of each line) and how people are identified.
read -r NEED_ROWS NHS_LINES PERSON_LINES < <(awk -F',' '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    { split($col["needs"], parts, ";"); delete seen; for (p in parts) if (parts[p] != "") seen[parts[p]] = 1
      for (s in seen) needs++
      if ($col["nhs_number"] != "") nhs++; else person++ }
    END { print needs + 0, nhs + 0, person + 0 }' "$FILE")
log "file: $FILE_BYTES bytes, sha256 ${FILE_SHA:0:12}… ($SHA_NOTE); $NEED_ROWS need rows; $NHS_LINES NHS numbers, $PERSON_LINES person ids"

# ---- database, application ------------------------------------------------------------------------------------------
mariadb_ready
LOCAL_INFILE_WAS=$("${MARIADB[@]}" --batch --skip-column-names -e 'SELECT @@local_infile')
if [[ "$LOCAL_INFILE_WAS" == 0 ]]; then
    log "local_infile is off server-side: switching it on for this run (SET GLOBAL local_infile = 1)"
    "${MARIADB[@]}" -e "SET GLOBAL local_infile = 1"
fi
DB_PASSWORD="bench-$(random_hex 12)"
prepare_database
JDBC_URL="jdbc:mysql://127.0.0.1:$DB_PORT/$DB_NAME"
# The application user's client settings, so the password is not on a command line.
printf '[client]\nuser=%s\npassword=%s\nhost=127.0.0.1\nport=%s\n' "$DB_USER_NAME" "$DB_PASSWORD" "$DB_PORT" > "$WORK/client.cnf"
chmod 600 "$WORK/client.cnf"
appsql() { mariadb --defaults-extra-file="$WORK/client.cnf" --local-infile=1 --batch --skip-column-names "$DB_NAME" "$@"; }
status_var() { sqlq -e "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = '$1'"; }
MARIADB_PID=$(pgrep -x mariadbd | head -1 || true)
cpu_seconds() { [[ -n "$1" && -r /proc/$1/stat ]] && awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat" || echo 0; }
# CPU ticks of each thread of process $1, summed by kind of thread (the name with its numbers taken out), as
# "kind<TAB>ticks" lines: what the JVM spends its CPU on (the batch thread, collector threads, compilers, HTTP).
thread_ticks() {
    local task
    for task in /proc/"$1"/task/*; do
        [[ -r "$task/stat" ]] || continue
        # comm is in brackets and may hold spaces: the fields after the closing one are counted from there.
        awk '{ line = $0; name = substr(line, index(line, "(") + 1); name = substr(name, 1, index(name, ")") - 1);
               rest = substr(line, index(line, ")") + 2); split(rest, f, " ");
               gsub(/[0-9]+/, "#", name); printf "%s\t%d\n", name, f[12] + f[13] }' "$task/stat" 2>/dev/null || true
    done | awk -F'\t' '{ t[$1] += $2 } END { for (k in t) printf "%s\t%d\n", k, t[k] }'
}
seconds_since() { awk -v n=$(( $(date +%s%N) - $1 )) 'BEGIN { printf "%.2f", n / 1e9 }'; }
# Makes InnoDB write back the dirty pages of the tables named (FLUSH TABLES … FOR EXPORT), then waits at most 15 s for
# the rest of the buffer pool to get below 2 % dirty, so one phase's writes do not slow the next.
settle() {
    local until=$(( SECONDS + 15 )) total
    (( $# == 0 )) || sqlq -e "FLUSH TABLES $(IFS=,; echo "$*") FOR EXPORT; UNLOCK TABLES"
    total=$(status_var INNODB_BUFFER_POOL_PAGES_TOTAL)
    while (( SECONDS < until )) && (( $(status_var INNODB_BUFFER_POOL_PAGES_DIRTY) * 50 > total )); do sleep 1; done
}

if [[ -z "${BENCH_PORT:-}" ]]; then APP_PORT=$(free_port 8282 8299); fi
API="http://127.0.0.1:$APP_PORT"
mkdir -p "$WORK/imports"
APP_ENV=(DB_CLASS=com.mysql.cj.jdbc.MysqlDataSource "DB_URL=$JDBC_URL" "DB_USER=$DB_USER_NAME" "DB_PASSWORD=$DB_PASSWORD"
    DEMO_DATA=true "DEMAND_PSEUDONYM_KEY=bench-key-$(random_hex 16)"
    "DEMAND_IMPORT_DIR=$WORK/imports")
[[ -z "$CHUNK_SIZE" ]] || APP_ENV+=("DEMAND_CHUNK_SIZE=$CHUNK_SIZE")
# BENCH_JVM_OPTS: extra options for the application's JVM in an experiment, e.g. a flight recording
# (-XX:StartFlightRecording=filename=/tmp/import.jfr,settings=profile); word-split, so no spaces inside one option.
# shellcheck disable=SC2086
start_app "-Xmx$XMX" "-Xlog:gc:file=$WORK/gc.log" ${BENCH_JVM_OPTS:-}
# The demo data includes demo demand files, read by the same job at start-up: let them finish first.
for _ in $(seq 1 120); do
    [[ "$(sqlq -e "SELECT COUNT(*) FROM demand_import WHERE status IN ('QUEUED', 'RUNNING')")" == 0 ]] && break
    sleep 1
done

# ---- warm-up: one smaller import of other rows, so the measured import runs on a warm JVM -----------------------------
# A freshly started JVM compiles the import's code while it runs (measured: 7-8 s of JIT compiler CPU in the first
# million-row import, competing with the import for the two cores); a server that has been up has done that. The
# warm-up file is the generator's with another seed, under another source system, so none of its rows is one the
# measured import writes; they are deleted again before matching.
WARMUP_SECONDS="n/a"
WARMUP_RATE="n/a"
if (( WARMUP_ROWS > 0 )); then
    log "warm-up: importing $WARMUP_ROWS other rows (source system $WARMUP_SOURCE)"
    java -cp "$GEN_CP" uk.commissioning.demo.SyntheticReferrals "$WARMUP_ROWS" "$(( SEED + 1 ))" "$YEAR" \
        | sed "s/^$SOURCE_SYSTEM,/$WARMUP_SOURCE,/" > "$WORK/warmup.csv"
    java -cp "$MYSQL_JAR" "$BENCH_DIR/DemandBench.java" mode=import "api=$API" "user=$API_USER" "password=$API_PASSWORD" \
        "file=$WORK/warmup.csv" "out=$WORK/warmup.properties" "progress=$WORK/warmup-progress.csv" >/dev/null \
        || { echo "the warm-up import failed" >&2; exit 1; }
    WARMUP_SECONDS=$(prop_of "$WORK/warmup.properties" totalSeconds)
    WARMUP_RATE=$(prop_of "$WORK/warmup.properties" rowsPerSecond)
    rm -f "$WORK/warmup.csv"
    log "warm-up import: $WARMUP_SECONDS s ($WARMUP_RATE rows/s, cold JVM)"
fi

# ---- baseline: LOAD DATA LOCAL INFILE into a plain table ----------------------------------------------------------------
# The file's 26 columns as VARCHARs sized like the application's columns, no keys at all (InnoDB adds its hidden
# row id), so this is what MariaDB needs to take the bytes in and store them.
PLAIN_DDL="CREATE TABLE bench_referral_plain (
    source_system VARCHAR(40), referral_id VARCHAR(64), referral_date VARCHAR(10), nhs_number VARCHAR(20),
    person_id VARCHAR(64), age_band VARCHAR(10), ward_code VARCHAR(9), pcn_code VARCHAR(20), practice_code VARCHAR(20),
    referral_source VARCHAR(30), setting VARCHAR(60), needs VARCHAR(500), service_id VARCHAR(20),
    service_name VARCHAR(200), outcome VARCHAR(20), ons4_satisfied_before VARCHAR(4), ons4_satisfied_after VARCHAR(4),
    ons4_worthwhile_before VARCHAR(4), ons4_worthwhile_after VARCHAR(4), ons4_happy_before VARCHAR(4),
    ons4_happy_after VARCHAR(4), ons4_anxious_before VARCHAR(4), ons4_anxious_after VARCHAR(4),
    swemwbs_before VARCHAR(8), swemwbs_after VARCHAR(8), sessions_attended VARCHAR(8)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"
LOAD_SQL="LOAD DATA LOCAL INFILE '$FILE' INTO TABLE bench_referral_plain CHARACTER SET utf8mb4
    FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\n' IGNORE 1 LINES"
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
snapshot() {   # InnoDB reads/writes and CPU seconds of MariaDB and the application, as "name=value" words
    echo "reads=$(status_var INNODB_BUFFER_POOL_READS) read_bytes=$(status_var INNODB_DATA_READ)" \
         "written_bytes=$(status_var INNODB_DATA_WRITTEN) mariadb_cpu=$(cpu_seconds "$MARIADB_PID") app_cpu=$(cpu_seconds "$APP_PID")"
}
delta() {   # $2 − $1 (snapshots) of value $3, divided by $4 (default 1), printed with format $5 (default %.1f)
    awk -v a="$1" -v b="$2" -v k="$3" -v div="${4:-1}" -v f="${5:-%.1f}" 'BEGIN {
    n = split(a, x, " "); for (i = 1; i <= n; i++) { split(x[i], kv, "="); va[kv[1]] = kv[2] }
    n = split(b, y, " "); for (i = 1; i <= n; i++) { split(y[i], kv, "="); vb[kv[1]] = kv[2] }
    printf f, (vb[k] - va[k]) / div }'; }
check() { [[ "$2" == "$3" ]] || { echo "check failed: $1: $2, expected $3" >&2; exit 1; }; }
# Checks of one round's import: counts through the API and in the tables; identifiers only as keyed hashes; nothing
# rejected. $1 the round's source system, $2 its DemandBench properties.
check_import() {
    local source=$1 props=$2
    check "import written" "$(prop_of "$props" written)" "$ROWS"
    check "import skipped" "$(prop_of "$props" skipped)" 0
    check "import read" "$(prop_of "$props" read)" "$ROWS"
    check "referral rows of $source" "$(sqlq -e "SELECT COUNT(*) FROM referral WHERE source_system = '$source'")" "$ROWS"
    check "referral ids R-1..R-$ROWS of $source" "$(sqlq -e "SELECT COUNT(DISTINCT referral_ref), MIN(CAST(SUBSTRING(referral_ref, 3) AS UNSIGNED)),
        MAX(CAST(SUBSTRING(referral_ref, 3) AS UNSIGNED)) FROM referral WHERE source_system = '$source' AND referral_ref LIKE 'R-%'")" \
        "$ROWS"$'\t'1$'\t'"$ROWS"
    check "needs stored for $source (bits set in need_mask; distinct needs per line in the file)" \
        "$(sqlq -e "SELECT SUM(BIT_COUNT(need_mask)) FROM referral WHERE source_system = '$source'")" "$NEED_ROWS"
    check "person keys of $source that are not 32-hex-digit hashes" "$(sqlq -e "SELECT COUNT(*) FROM referral WHERE source_system = '$source'
        AND person_key NOT REGEXP '^[0-9a-f]{32}\$'")" 0
    check "NHS-keyed / locally keyed referrals of $source" "$(sqlq -e "SELECT SUM(person_key_kind = 'NHS'), SUM(person_key_kind = 'LOCAL')
        FROM referral WHERE source_system = '$source'")" "$NHS_LINES"$'\t'"$PERSON_LINES"
    check "error rows of import $(prop_of "$props" id)" "$(sqlq -e "SELECT COUNT(*) FROM demand_import_error
        WHERE import_id = $(prop_of "$props" id)")" 0
}

# ---- rounds: LOAD DATA, then the import, measured side by side -----------------------------------------------------------
# Each round times LOAD DATA of the file into a fresh plain table, then the import of the same file through the
# application (round 1 under the file's own source system, later rounds under BENCH-LINK-<round>, so every round
# inserts a million new referrals rather than replacing the last round's). A round's ratio compares the two timed
# minutes apart on the same machine; the result is the median round. Heap is sampled over all rounds; the
# application's threads, MariaDB's reads and writes and the thread dumps over the last round.
LOAD_TIMES=()
IMPORT_TIMES=()
RATIOS=()
ROUND_ROWS=()
GC_LINE0=$(wc -l < "$WORK/gc.log")
jstat -gc "$APP_PID" 200 > "$WORK/jstat.log" 2>&1 &
HELPERS+=($!)
for _ in $(seq 1 50); do grep -qs '^ *[0-9]' "$WORK/jstat.log" && break; sleep 0.2; done
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$ROUNDS"); do
    appsql -e "DROP TABLE IF EXISTS bench_referral_plain; $PLAIN_DDL"
    settle
    cpu0=$(cpu_seconds "$MARIADB_PID")
    t0=$(date +%s%N)
    appsql -e "$LOAD_SQL"
    LOAD_TIMES+=("$(seconds_since "$t0")")
    LOAD_MARIADB_CPU=$(awk -v a="$cpu0" -v b="$(cpu_seconds "$MARIADB_PID")" 'BEGIN { printf "%.1f", b - a }')
    loaded=$(appsql -e "SELECT COUNT(*) FROM bench_referral_plain")
    (( loaded == ROWS )) || { echo "LOAD DATA loaded $loaded rows, expected $ROWS" >&2; exit 1; }
    settle bench_referral_plain

    source="$SOURCE_SYSTEM"
    round_file="$FILE"
    if (( round > 1 )); then
        source="$SOURCE_SYSTEM-$round"
        round_file="$WORK/round.csv"
        sed "s/^$SOURCE_SYSTEM,/$source,/" "$FILE" > "$round_file"
        settle
    fi
    last=$(( round == ROUNDS ))
    log "round $round: LOAD DATA ${LOAD_TIMES[-1]} s; importing through the application as $source (upload as $API_USER, then the batch job)"
    if (( last )); then
        BEFORE=$(snapshot)
        thread_ticks "$APP_PID" > "$WORK/threads.before"
        LOG_OFFSET=$(( $(wc -c < "$WORK/app.log") + 1 ))
        if [[ "$PROFILE" == 1 ]]; then
            # SIGQUIT makes the JVM print a thread dump to its stdout (app.log): no agent, no extra JVM per sample.
            ( while [[ ! -e "$WORK/import.done" ]] && kill -0 "$APP_PID" 2>/dev/null; do
                  kill -QUIT "$APP_PID" 2>/dev/null || true; sleep "$SAMPLE_INTERVAL"; done ) &
            HELPERS+=($!)
        fi
    fi
    set +e
    java -cp "$MYSQL_JAR" "$BENCH_DIR/DemandBench.java" mode=import "api=$API" "user=$API_USER" "password=$API_PASSWORD" \
        "file=$round_file" "out=$WORK/import-$round.properties" "progress=$WORK/progress-$round.csv"
    IMPORT_RC=$?
    set -e
    if (( last )); then
        touch "$WORK/import.done"
        AFTER=$(snapshot)
        thread_ticks "$APP_PID" > "$WORK/threads.after"
    fi
    if (( IMPORT_RC != 0 )); then
        kill -0 "$APP_PID" 2>/dev/null || echo "the application process has ended: stopped from outside during the import? (see app.log)" >&2
        echo "the import of round $round did not complete (DemandBench exit $IMPORT_RC)" >&2
        exit 1
    fi
    check_import "$source" "$WORK/import-$round.properties"
    rprop() { prop_of "$WORK/import-$round.properties" "$1"; }
    IMPORT_TIMES+=("$(rprop totalSeconds)")
    RATIOS+=("$(awk -v l="${LOAD_TIMES[-1]}" -v i="$(rprop totalSeconds)" 'BEGIN { printf "%.3f", l / i }')")
    ROUND_ROWS+=("| $round | ${LOAD_TIMES[-1]} | $(rprop totalSeconds) ($(rprop uploadSeconds) + $(rprop jobSeconds)) | ${RATIOS[-1]} |")
    log "round $round: import $(rprop totalSeconds) s ($(rprop rowsPerSecond) rows/s); LOAD DATA ${LOAD_TIMES[-1]} s; ratio ${RATIOS[-1]}"
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
sleep 1
for pid in "${HELPERS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
HELPERS=()
rm -f "$WORK/round.csv"
iprop() { prop_of "$WORK/import-$ROUNDS.properties" "$1"; }   # the last round's, for the details below
LOAD_SECONDS=$(printf '%s\n' "${LOAD_TIMES[@]}" | median)
LOAD_RATE=$(awk -v n="$ROWS" -v s="$LOAD_SECONDS" 'BEGIN { printf "%.0f", n / s }')
IMPORT_SECONDS=$(printf '%s\n' "${IMPORT_TIMES[@]}" | median)
IMPORT_RATE=$(awk -v n="$ROWS" -v s="$IMPORT_SECONDS" 'BEGIN { printf "%.0f", n / s }')
RATIO=$(printf '%s\n' "${RATIOS[@]}" | median)
RATIO_MIN=$(printf '%s\n' "${RATIOS[@]}" | sort -n | head -1)
ROUNDS_PASSED=$(printf '%s\n' "${RATIOS[@]}" | awk -v g="$IMPORT_GOAL" '$1 >= g { n++ } END { print n + 0 }')
IMPORT_VERDICT=$(awk -v r="$RATIO" -v g="$IMPORT_GOAL" 'BEGIN { print (r >= g) ? "PASS" : "FAIL" }')
log "median round: import ${IMPORT_SECONDS} s, LOAD DATA ${LOAD_SECONDS} s, ratio $RATIO → $IMPORT_VERDICT ($ROUNDS_PASSED of $ROUNDS rounds at least $IMPORT_GOAL; lowest $RATIO_MIN)"
REFERRALS=$(sqlq -e "SELECT COUNT(*) FROM referral WHERE source_system = '$SOURCE_SYSTEM'")
for round in $(seq 2 "$ROUNDS"); do
    sqlq -e "DELETE FROM referral WHERE source_system = '$SOURCE_SYSTEM-$round'"   # matching below is over round 1's rows only
done
if (( WARMUP_ROWS > 0 )); then
    sqlq -e "DELETE FROM referral WHERE source_system = '$WARMUP_SOURCE'"   # matching below is over the measured rows only
fi
# The deleted rows (two thirds of the table after three rounds) would leave matching scanning a table three times its
# size while InnoDB purges them: rebuild it, so matching reads round 1's rows as a table of them alone would be.
sqlq -e "ALTER TABLE referral FORCE"
sqlq -e "ANALYZE TABLE referral, bench_referral_plain" >/dev/null
table_mib() { sqlq -e "SELECT CONCAT(ROUND(data_length / 1048576), ' + ', ROUND(index_length / 1048576)) FROM information_schema.tables
    WHERE table_schema = '$DB_NAME' AND table_name = '$1'"; }
SIZE_REFERRAL=$(table_mib referral)
SIZE_PLAIN=$(table_mib bench_referral_plain)
# The keys and indexes the import maintains, as this build's schema has them: "PRIMARY (id), uk_referral (…), …".
indexes_of() { sqlq -e "SELECT GROUP_CONCAT(CONCAT(index_name, ' (', cols, ')') ORDER BY index_name = 'PRIMARY' DESC, index_name SEPARATOR ', ')
    FROM (SELECT index_name, GROUP_CONCAT(column_name ORDER BY seq_in_index) AS cols FROM information_schema.statistics
          WHERE table_schema = '$DB_NAME' AND table_name = '$1' GROUP BY index_name) i"; }
INDEXES_REFERRAL=$(indexes_of referral)

# Job speed by fifth of the file (progress polled once a second), to show whether it slows as the tables grow.
FIFTHS=$(awk -F',' -v n="$ROWS" 'NR > 1 { while (q < 5 && $2 >= n * (q + 1) / 5) { q++; t[q] = $1 } }
    END { prev = 0; for (i = 1; i <= q; i++) { printf "%s", (i > 1 ? " / " : "")
              if (t[i] > prev) printf "%.0f", (n / 5) / (t[i] - prev); else printf "n/a"; prev = t[i] } }' "$WORK/progress-$ROUNDS.csv")

# ---- heap ---------------------------------------------------------------------------------------------------------
# jstat -gc columns by name; used = S0U+S1U+EU+OU, committed = S0C+S1C+EC+OC (KiB).
read -r HEAP_PEAK_MB HEAP_COMMITTED_MB HEAP_SAMPLES < <(awk '
    $1 == "S0C" { for (i = 1; i <= NF; i++) c[$i] = i; next }
    c["OU"] && $1 ~ /^[0-9.]+$/ { n++
        u = $c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]; if (u > mu) mu = u
        k = $c["S0C"] + $c["S1C"] + $c["EC"] + $c["OC"]; if (k > mk) mk = k }
    END { printf "%.0f %.0f %d\n", mu / 1024, mk / 1024, n }' "$WORK/jstat.log")
# -Xlog:gc lines during the import: "Pause Young (…) 225M->125M(262M) 4.8ms".
read -r GC_COUNT GC_FULL GC_MAX_BEFORE GC_MAX_AFTER GC_PAUSE_MS < <(tail -n +"$(( GC_LINE0 + 1 ))" "$WORK/gc.log" | awk '
    match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/) { n++; s = substr($0, RSTART, RLENGTH); split(s, p, /M->|M\(|M\)/)
        if (p[1] + 0 > b) b = p[1] + 0; if (p[2] + 0 > a) a = p[2] + 0
        if ($0 ~ /Pause Full/) full++
        if (match($0, /[0-9.]+ms$/)) ms += substr($0, RSTART, RLENGTH - 2) }
    END { printf "%d %d %d %d %.0f\n", n, full, b, a, ms }')
HEAP_IDLE_MB=$(head -n "$GC_LINE0" "$WORK/gc.log" | grep -o '[0-9]*M->[0-9]*M' | tail -1 | sed 's/.*->//; s/M//')
if (( HEAP_PEAK_MB <= HEAP_GOAL_MB )); then HEAP_VERDICT=PASS; else HEAP_VERDICT=FAIL; fi

# ---- where the import's time goes ---------------------------------------------------------------------------------------
PROFILE_TABLE="(thread sampling off: BENCH_PROFILE=0)"
ON_CPU="n/a"
if [[ "$PROFILE" == 1 ]]; then
    tail -c +"$LOG_OFFSET" "$WORK/app.log" > "$WORK/dumps.txt"
    # Two threads do the job's work: the batch thread reads, checks and encodes chunk n + 1 while a managed-executor
    # thread writes chunk n (DemandRowWriter). Each dump's two are classified by what they are doing, and whether the
    # thread is in a socket read, i.e. waiting for MariaDB.
    PROFILE_TABLE=$(awk 'BEGIN { RS = "" }
        /ChunkStepControllerImpl/ && /uk\.commissioning\.demand/ { t = "batch thread"
            if ($0 ~ /DemandRowWriter\.awaitWriting/) k = "waiting for the previous chunk to be written"
            else if ($0 ~ /StagedLineParser/) k = "checking a line (StagedLineParser)"
            else if ($0 ~ /ReferralTsv/) k = "encoding the chunk for LOAD DATA (ReferralTsv)"
            else if ($0 ~ /ChunkRows/) k = "grouping the chunk (ChunkRows)"
            else if ($0 ~ /StagedLineReader/) k = "reading the staged file"
            else k = "batch runtime (chunk loop, its own checkpoint)"
            c[t "\t" k]++; n++ }
        /(BulkLoader|DemandRowStore)\.write/ { t = "writer thread"
            db = ($0 ~ /SocketDispatcher\.read|SocketInputStream\.read/) ? ", waiting for MariaDB" : ", in the application"
            if ($0 ~ /BulkLoader\.loadReferrals/) k = "`referral` LOAD DATA" db
            else if ($0 ~ /ChunkSql/) k = "counters, checkpoint, aggregates, rejected lines" db
            else if ($0 ~ /[Cc]ommit/) k = "commit" db
            else k = "other" db
            c[t "\t" k]++ }
        END { for (k in c) printf "%d\t%s\n", c[k], k }' "$WORK/dumps.txt" | sort -t$'\t' -k2,2 -k1,1nr \
        | awk -F'\t' '{ t[$2] += $1; l[NR] = $0 } END { for (i = 1; i <= NR; i++) { split(l[i], f, "\t")
              printf "| %s | %s | %d | %.0f %% |\n", f[3], f[2], f[1], 100 * f[1] / t[f[2]] } }')
    # CPU time of the batch thread between its first and last sample, over the wall-clock time between them.
    ON_CPU=$(awk 'BEGIN { RS = "" } /ChunkStepControllerImpl/ && /uk\.commissioning\.demand/ {
            if (match($0, /cpu=[0-9.]+ms elapsed=[0-9.]+s/)) { split(substr($0, RSTART, RLENGTH), v, /cpu=|ms elapsed=|s/)
                if (!seen++) { c0 = v[2]; e0 = v[3] } c1 = v[2]; e1 = v[3] } }
        END { if (e1 > e0) printf "%.0f %%", 100 * (c1 - c0) / 1000 / (e1 - e0); else print "n/a" }' "$WORK/dumps.txt")
    rm -f "$WORK/dumps.txt"
fi

# The JVM's CPU during the import by kind of thread (exact, from /proc, not sampled). Threads that ended before the
# import did (the job's writer threads end with its step) are only in the process total: the remainder.
HZ=$(getconf CLK_TCK)
THREAD_TABLE=$(awk -F'\t' -v hz="$HZ" -v total="$(delta "$BEFORE" "$AFTER" app_cpu)" '
    NR == FNR { before[$1] = $2; next }
    { d = $2 - before[$1]; if (d > 0) { used[$1] = d; sum += d } }
    END { n = 0; for (k in used) { names[++n] = k }
          for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (used[names[j]] > used[names[i]]) { t = names[i]; names[i] = names[j]; names[j] = t }
          shown = 0
          for (i = 1; i <= n && i <= 10; i++) { printf "| %s | %.1f |\n", names[i], used[names[i]] / hz; shown += used[names[i]] }
          if (n > 10) printf "| %d other kinds | %.1f |\n", n - 10, (sum - shown) / hz
          rest = total - sum / hz; if (rest > 0.05) printf "| threads that ended during the import (the writers) | %.1f |\n", rest }' \
    "$WORK/threads.before" "$WORK/threads.after")

FLOOR_NOTE="(not measured: BENCH_FLOOR=0)"
if [[ "$FLOOR" == 1 ]]; then
    # The rows the import wrote, inserted again by MariaDB itself into an empty copy of the table (same key), in the
    # file's order: the database's own share of the import, without the application, JDBC or parsing of text. One
    # statement, so one transaction (the import commits every chunk).
    log "the database alone: INSERT … SELECT of the same rows into a copy of referral"
    sqlq -e "DROP TABLE IF EXISTS bench_referral_copy; CREATE TABLE bench_referral_copy LIKE referral"
    settle referral
    FLOOR_BEFORE=$(snapshot)
    t0=$(date +%s%N)
    sqlq -e "INSERT INTO bench_referral_copy SELECT * FROM referral WHERE source_system = '$SOURCE_SYSTEM'
        ORDER BY CAST(SUBSTRING(referral_ref, 3) AS UNSIGNED)"
    FLOOR_SECONDS=$(seconds_since "$t0")
    FLOOR_AFTER=$(snapshot)
    sqlq -e "DROP TABLE bench_referral_copy"
    FLOOR_NOTE="**$FLOOR_SECONDS s** ($(delta "$FLOOR_BEFORE" "$FLOOR_AFTER" reads 1 %d) buffer-pool misses, $(delta "$FLOOR_BEFORE" \
        "$FLOOR_AFTER" written_bytes 1048576 %d) MiB written)"
    log "the database alone: $FLOOR_SECONDS s"
fi

# ---- matching -------------------------------------------------------------------------------------------------------------
MATCHING_PATH="/api/demand/matching?year=$YEAR&level=ward"
MATCH_STATUS=000
(( MATCH_RUNS == 0 )) || MATCH_STATUS=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 600 -u "$API_USER:$API_PASSWORD" "$API$MATCHING_PATH" || echo 000)
MATCH_VERDICT=SKIPPED
if (( MATCH_RUNS == 0 )); then
    MATCH_NOTE="BENCH_MATCH_RUNS=0"
    log "matching SKIPPED: $MATCH_NOTE"
elif [[ "$MATCH_STATUS" == 404 ]]; then
    MATCH_NOTE="this build has no \`GET /api/demand/matching\` (HTTP 404): the matching branch is not merged into this tree yet"
    log "matching SKIPPED: $MATCH_NOTE"
elif [[ "$MATCH_STATUS" != 200 ]]; then
    echo "GET $MATCHING_PATH answered HTTP $MATCH_STATUS" >&2; exit 1
else
    log "adding $SERVICES services across London with active contracts buying them"
    sqlq <<SQL
SET @commissioner = (SELECT organisation_id FROM app_user WHERE username = '$API_USER');
SET @fund = (SELECT MIN(id) FROM fund WHERE owner_id = @commissioner);
CREATE TEMPORARY TABLE bench_provider AS
    SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM organisation WHERE type IN ('REGISTERED_CHARITY', 'CIO', 'CIC');
SET @providers = (SELECT COUNT(*) FROM bench_provider);
CREATE TEMPORARY TABLE bench_borough AS SELECT code, ROW_NUMBER() OVER (ORDER BY code) - 1 AS n FROM borough;
SET @boroughs = (SELECT COUNT(*) FROM bench_borough);
CREATE TEMPORARY TABLE bench_ward AS
    SELECT code, borough_code, ROW_NUMBER() OVER (PARTITION BY borough_code ORDER BY code) - 1 AS n,
           COUNT(*) OVER (PARTITION BY borough_code) AS wards FROM ward;
CREATE TEMPORARY TABLE bench_need AS SELECT code, ROW_NUMBER() OVER (ORDER BY sort_order, code) - 1 AS n FROM need_category;
SET @needs = (SELECT COUNT(*) FROM bench_need);
-- Service k: a provider in turn, one of three capacity units, 20-199 a quarter at £50-£499.
INSERT INTO vcse_service (provider_id, name, capacity_unit, capacity_per_quarter, unit_cost, currency, status, created_at, created_by)
SELECT p.id, CONCAT('Bench service ', s.seq), ELT(1 + s.seq MOD 3, 'PLACES', 'SESSIONS', 'REFERRALS'), 20 + (s.seq * 37) MOD 180,
       50 + (s.seq * 53) MOD 450, 'GBP', 'ACTIVE', NOW(6), 'bench'
FROM seq_1_to_$SERVICES s JOIN bench_provider p ON p.n = s.seq MOD @providers ORDER BY s.seq;
CREATE TEMPORARY TABLE bench_service AS
    SELECT id, CAST(SUBSTRING(name, 15) AS UNSIGNED) AS k FROM vcse_service WHERE created_by = 'bench';
-- One or two needs each; a borough (every third service) or two wards of it, boroughs in turn.
INSERT INTO vcse_service_need (service_id, need_code)
SELECT s.id, n.code FROM bench_service s JOIN bench_need n ON n.n = s.k MOD @needs
UNION SELECT s.id, n.code FROM bench_service s JOIN bench_need n ON n.n = (s.k * 5 + 1) MOD @needs WHERE s.k MOD 2 = 0;
INSERT INTO vcse_service_area (service_id, area_code)
SELECT s.id, b.code FROM bench_service s JOIN bench_borough b ON b.n = s.k MOD @boroughs WHERE s.k MOD 3 = 0
UNION SELECT s.id, w.code FROM bench_service s JOIN bench_borough b ON b.n = s.k MOD @boroughs
      JOIN bench_ward w ON w.borough_code = b.code AND w.n IN (s.k MOD w.wards, (s.k * 7) MOD w.wards) WHERE s.k MOD 3 <> 0;
-- Contracts of ten services each, active over the whole year, bought and paid for by the API user's organisation.
INSERT INTO contract (reference, title, type, provider_id, start_date, end_date, contract_value, currency, status,
                      activated_on, created_at, created_by)
SELECT CONCAT('BENCH-', c.seq), CONCAT('Bench contract ', c.seq), 'BLOCK', p.id, '$(cut -c1-4 <<<"$YEAR")-04-01',
       '$(( $(cut -c1-4 <<<"$YEAR") + 1 ))-03-31', 100000, 'GBP', 'ACTIVE', '$(cut -c1-4 <<<"$YEAR")-04-01', NOW(6), 'bench'
FROM seq_1_to_$(( (SERVICES + 9) / 10 )) c JOIN bench_provider p ON p.n = c.seq MOD @providers;
INSERT INTO contract_service (contract_id, service_id, units_per_quarter)
SELECT c.id, s.id, CASE WHEN s.k MOD 4 = 0 THEN 10 END FROM bench_service s
JOIN contract c ON c.reference = CONCAT('BENCH-', (s.k - 1) DIV 10 + 1);
INSERT INTO contract_commissioner (contract_id, organisation_id) SELECT id, @commissioner FROM contract WHERE created_by = 'bench';
INSERT INTO contract_funding (contract_id, fund_id, amount, currency) SELECT id, @fund, 100000, 'GBP' FROM contract WHERE created_by = 'bench';
SQL
    read -r N_SERVICES N_CONTRACTS N_SERVICE_NEEDS N_SERVICE_AREAS N_CONTRACT_SERVICES < <(sqlq -e "SELECT
        (SELECT COUNT(*) FROM vcse_service WHERE created_by = 'bench'), (SELECT COUNT(*) FROM contract WHERE created_by = 'bench'),
        (SELECT COUNT(*) FROM vcse_service_need n JOIN vcse_service s ON s.id = n.service_id WHERE s.created_by = 'bench'),
        (SELECT COUNT(*) FROM vcse_service_area a JOIN vcse_service s ON s.id = a.service_id WHERE s.created_by = 'bench'),
        (SELECT COUNT(*) FROM contract_service cs JOIN contract c ON c.id = cs.contract_id WHERE c.created_by = 'bench')")
    check "bench services" "$N_SERVICES" "$SERVICES"
    sqlq -e "ANALYZE TABLE vcse_service, vcse_service_need, vcse_service_area, contract, contract_service" >/dev/null
    settle vcse_service vcse_service_need vcse_service_area contract contract_service
    log "matching: $MATCH_WARMUP warm-up + $MATCH_RUNS measured rounds of API and bare SQL"
    java -cp "$MYSQL_JAR" "$BENCH_DIR/DemandBench.java" mode=matching "api=$API" "user=$API_USER" "password=$API_PASSWORD" \
        "jdbc=$JDBC_URL" "dbUser=$DB_USER_NAME" "dbPassword=$DB_PASSWORD" "year=$YEAR" level=ward \
        "warmup=$MATCH_WARMUP" "runs=$MATCH_RUNS" "out=$WORK/matching.properties" \
        || { echo "the matching measurement failed" >&2; exit 1; }
    mprop() { prop_of "$WORK/matching.properties" "$1"; }
    MATCH_RATIO=$(mprop ratio)
    MATCH_VERDICT=$(awk -v r="$MATCH_RATIO" -v g="$MATCH_GOAL" 'BEGIN { print (r <= g) ? "PASS" : "FAIL" }')
fi

# ---- RESULTS.md: this script's section only ----------------------------------------------------------------------------------
NOW=$(date -u '+%Y-%m-%d %H:%M UTC')
WAR_SUM=$(sha256sum "$WORK/commissioning.war" | cut -c1-12)
CHUNK_EFFECTIVE=${CHUNK_SIZE:-$(sed -n 's/.*"demand.chunk-size", defaultValue = "\([0-9]*\)".*/\1/p' \
    "$REPO_ROOT/ejb-module/src/main/java/uk/commissioning/demand/imports/control/DemandSettings.java" | head -1)}
MARIADB_VERSION=$(sqlq -e "SELECT VERSION()")
MARIADB_SETTINGS=$(sqlq -e "SELECT CONCAT('innodb_buffer_pool_size ', @@innodb_buffer_pool_size DIV 1048576, ' MiB, innodb_log_file_size ',
    @@innodb_log_file_size DIV 1048576, ' MiB, innodb_flush_log_at_trx_commit ', @@innodb_flush_log_at_trx_commit,
    ', innodb_change_buffering ', @@innodb_change_buffering, ', log_bin ', @@log_bin)")
if [[ "$MATCH_VERDICT" == SKIPPED ]]; then
    MATCH_SECTION="**Skipped**: $MATCH_NOTE. The script measures it as soon as the endpoint is in the build: re-run it then."
    MATCH_HISTORY="skipped | | |"
else
    MATCH_SECTION="| | median | p90 | min | max |
|---|---:|---:|---:|---:|
| **bare SQL** \`$(mprop sqlText)\` (JDBC, one prepared statement, all rows read) | $(mprop sql.median) ms | $(mprop sql.p90) ms | $(mprop sql.min) ms | $(mprop sql.max) ms |
| **API** \`GET $MATCHING_PATH\` (HTTP/1.1, Basic auth as $API_USER, body read) | $(mprop api.median) ms | $(mprop api.p90) ms | $(mprop api.min) ms | $(mprop api.max) ms |
| **ratio** median(API) / median(SQL) | **${MATCH_RATIO}×** | | | |

Goal: ≤ ${MATCH_GOAL}× → **$MATCH_VERDICT**. $MATCH_WARMUP warm-up and $MATCH_RUNS measured rounds, the two back to back in
each round, the order alternating.

Timed in the same rounds to explain the ratio (not part of the goal):

| | median | p90 |
|---|---:|---:|
| the report's other big read, caseload, as the application runs it (alongside the demand scan, on a second connection): \`$(mprop caseloadText)\` (JDBC) | $(mprop sqlCaseload.median) ms | $(mprop sqlCaseload.p90) ms |
| \`GET /api/demand/matching?year=$YEAR&level=borough\`: the same reads and matching, a response of boroughs instead of wards | $(mprop apiBorough.median) ms | $(mprop apiBorough.p90) ms |

- Rows: $(mprop referralRows) \`referral\` rows (the bare query reads all of them and returns $(mprop sqlGroups) groups); the
  API's total referrals ($(mprop apiTotalReferrals)) equal the year's referrals counted once under each need they name
  (\`SUM(BIT_COUNT(need_mask))\`: $(mprop yearNeedReferrals)) plus the year's aggregate counts
  ($(mprop yearAggregateReferrals)), checked on every response. Response: $(mprop apiResponseBytes) bytes, $(mprop apiCells)
  cells (quarters and year totals).
- Supply: $N_SERVICES extra services ($N_SERVICE_NEEDS need rows, $N_SERVICE_AREAS area rows: every third service a whole
  borough, the others two wards; boroughs and providers in turn) bought by $N_CONTRACTS ACTIVE contracts
  ($N_CONTRACT_SERVICES contract lines, a quarter of them for 10 units, the rest the whole service) over $YEAR, inserted with
  SQL on top of the demo data."
    MATCH_HISTORY="$(mprop sql.median) | $(mprop api.median) | ${MATCH_RATIO}× $MATCH_VERDICT |"
fi

HISTORY_BLOCK="| $NOW | $(nproc), load $LOAD_BEFORE | $ROWS, $SEED, $YEAR, ${FILE_SHA:0:12} | ${CHUNK_EFFECTIVE} | $LOAD_SECONDS | $IMPORT_SECONDS | $RATIO (${RATIOS[*]}) $IMPORT_VERDICT | ${HEAP_PEAK_MB} / ${GC_MAX_AFTER} MB $HEAP_VERDICT | $MATCH_HISTORY $GIT_REV / war $WAR_SUM |"
HISTORY=$(history_rows "$RESULTS" demand-history)
[[ -z "$HISTORY" ]] || HISTORY_BLOCK+=$'\n'"$HISTORY"

cat > "$WORK/section.md" <<EOF
# Demand import and matching

Written by \`bench/demand-bench.sh\` (see \`bench/README.md\`); every figure below was measured in one run, each ratio
against a baseline measured in that same run. Do not edit by hand: re-run the script.

## Latest run — $NOW — import **$IMPORT_VERDICT**, heap **$HEAP_VERDICT**, matching **$MATCH_VERDICT**

### Import of $ROWS referral rows vs LOAD DATA of the same file

Each round: **LOAD DATA LOCAL INFILE** of the file into \`bench_referral_plain\` (26 VARCHAR columns, no keys) with the
\`mariadb\` client, then the **import through the application** of the same file (upload request start → the API reports
COMPLETED; upload and staging = request start → 202 Accepted, job = 202 → COMPLETED seen, polled every 0.1 s near the
end). Ratio = import rows/s ÷ LOAD DATA rows/s = LOAD DATA s ÷ import s.

| round | LOAD DATA s | import s (upload + job) | ratio |
|---:|---:|---:|---:|
$(printf '%s\n' "${ROUND_ROWS[@]}")
| **median** | **$LOAD_SECONDS** ($LOAD_RATE rows/s) | **$IMPORT_SECONDS** ($IMPORT_RATE rows/s) | **$RATIO** |

Goal: ≥ $IMPORT_GOAL for the median round → **$IMPORT_VERDICT**; $ROUNDS_PASSED of $ROUNDS rounds reached it (lowest $RATIO_MIN).

- Warm-up before the measurement (see Method): an import of $WARMUP_ROWS other rows took $WARMUP_SECONDS s ($WARMUP_RATE
  rows/s) on the freshly started JVM.
- The details below are of the last round. The server's own timestamps (whole seconds): startedAt $(iprop startedAt), finishedAt $(iprop finishedAt): job
  $(iprop serverJobSeconds) s; upload request start ($(iprop uploadStart)) → finishedAt $(iprop toFinishedAtSeconds) s.
- Job speed by fifth of the file, rows/s: $FIFTHS.
- Checks, every round (all passed, or there would be no results): the import read $(iprop read), wrote $(iprop written), skipped
  $(iprop skipped), no error rows; \`referral\` holds $REFERRALS rows of $SOURCE_SYSTEM (and of each later round's source) with ids R-1 … R-$ROWS;
  their need sets hold $NEED_ROWS needs (the distinct needs of each line of the file); every person key is a 32-hex-digit
  (128-bit) HMAC ($NHS_LINES from NHS numbers, $PERSON_LINES from person ids), no NHS number stored.
- File: \`SyntheticReferrals $ROWS $SEED $YEAR\`, $FILE_BYTES bytes, $FILE_LINES lines, sha256 \`$FILE_SHA\`
  (generated twice in this run, identical; $SHA_NOTE). Generated in $GEN_SECONDS s.
- Tables afterwards, data + indexes MiB: \`referral\` $SIZE_REFERRAL (round 1's rows, with the demo data, after the
  other rounds' and the warm-up's rows were deleted and the table rebuilt), \`bench_referral_plain\` $SIZE_PLAIN.

What the import does that LOAD DATA does not, so the two are not the same work:

- checks every field of every line against docs/DEMAND-FORMATS.md (dates, codes, ward → borough from the reference data,
  needs, scores) and would report every fault of a rejected line with its line number;
- replaces each NHS number (after its modulus-11 check) and person id with an HMAC-SHA256 keyed hash while staging, so no
  identifier reaches the disk or the database;
- keeps a primary key, where LOAD DATA fills a table without any: \`referral\` ($INDEXES_REFERRAL), typed columns, a
  referral's needs as a bit set;
- is idempotent: \`LOAD DATA … REPLACE\` by source system and referral id, so a file imported again or a job resumed
  after a crash never duplicates a row; every chunk's rows, counters and checkpoint commit in one transaction, chunk by
  chunk (100 statements and commits for a million rows, where the baseline is one).

### Peak heap of the application (Payara Micro, -Xmx$XMX) during the imports

| | MB |
|---|---:|
| **peak heap in use**: max of S0U+S1U+EU+OU in \`jstat -gc <pid> 200\` ($HEAP_SAMPLES samples, from the first round to the last import's completion, the LOAD DATA runs between imports included) | **$HEAP_PEAK_MB** |
| peak heap committed (S0C+S1C+EC+OC) | $HEAP_COMMITTED_MB |
| largest heap after a collection during the rounds (\`-Xlog:gc\`): live data plus old garbage not yet reclaimed, an upper bound of what the import keeps | $GC_MAX_AFTER |
| largest heap before a collection | $GC_MAX_BEFORE |
| heap after the last collection before the upload (the application idle) | ${HEAP_IDLE_MB:-n/a} |

Goal: ≤ $HEAP_GOAL_MB MB → **$HEAP_VERDICT**. $GC_COUNT collections during the rounds ($GC_FULL full), $GC_PAUSE_MS ms of pauses
in all. With -Xmx$XMX the heap cannot pass $XMX, so the goal is really "runs in it without an OutOfMemoryError or
full collections"; the peak in use is mostly young garbage waiting for the next collection and follows the heap's size.

### Where the import's time goes

Thread dumps of the application every ${SAMPLE_INTERVAL} s during the import (SIGQUIT), the job's two threads classified
(share: of that thread's samples):

| doing | thread | samples | share |
|---|---|---:|---:|
$PROFILE_TABLE

- The batch thread was on a CPU for $ON_CPU of the time between its first and last sample.
- MariaDB during the last round's import: $(delta "$BEFORE" "$AFTER" reads 1 %d) buffer-pool misses (pages read from disk), $(delta "$BEFORE" "$AFTER" read_bytes 1048576 %d) MiB
  read, $(delta "$BEFORE" "$AFTER" written_bytes 1048576 %d) MiB written, $(delta "$BEFORE" "$AFTER" mariadb_cpu) s of server CPU (the
  whole server: other databases on it count too); the last LOAD DATA run used $LOAD_MARIADB_CPU s. Application JVM CPU
  during the import: $(delta "$BEFORE" "$AFTER" app_cpu) s, by kind of thread (\`/proc/<pid>/task/*/stat\`, numbers in
  thread names replaced by #):

| thread | CPU s |
|---|---:|
$THREAD_TABLE

- The same rows inserted by MariaDB itself (\`INSERT … SELECT\` into an empty copy of \`referral\`, same key, in the
  file's order): $FLOOR_NOTE, against $IMPORT_SECONDS s for the import and $LOAD_SECONDS s for LOAD DATA.

### London-wide matching through the API vs one bare SQL GROUP BY

$MATCH_SECTION

### Method and machine

- Application: \`commissioning.war\` (sha256 $WAR_SUM…; repository HEAD $GIT_REV), Payara Micro 6.2025.10, \`--nocluster\`,
  HTTP on 127.0.0.1:$APP_PORT, \`-Xmx$XMX\`, chunk size $CHUNK_EFFECTIVE rows, MariaDB through Connector/J, database
  \`$DB_NAME\` created fresh by Flyway with the demo data. Upload as $API_USER (a commissioner), \`POST /api/demand/imports?format=referrals\`
  with the file as the body, streamed by \`bench/DemandBench.java\`, which then polls the import every second (every
  0.1 s from 98 %).
- The application is measured warm: before the baseline, it imports $WARMUP_ROWS rows of another generated file under
  another source system (\`BENCH_WARMUP_ROWS\`, 0 for a cold JVM), as a server that has been up has compiled the import's
  code; those rows are deleted after the measured imports.
- Before each LOAD DATA run, the import and the database-alone inserts, the script has InnoDB write back the tables just
  written (\`FLUSH TABLES … FOR EXPORT\`) and waits (at most 15 s) for the buffer pool to be under 2 % dirty, so one
  phase's writes do not slow the next.
- $(machine_line); $(java -version 2>&1 | head -1)
- MariaDB $MARIADB_VERSION: $MARIADB_SETTINGS
- load average (1, 5, 15 min) when the import started: $LOAD_BEFORE; when it ended: $LOAD_AFTER (other work on the
  machine slows both sides, but not equally: the import is longer and uses both the JVM and MariaDB).

## History

| date | CPUs, load | rows, seed, year, sha256 | chunk | LOAD DATA s | import s | ratio (≥ $IMPORT_GOAL; since 2026-11-22 03:10 the median round, each round in brackets; before, one run) | heap peak / after GC | matching SQL ms | API ms | ratio (≤ $MATCH_GOAL×) | build |
|---|---|---|---:|---:|---:|---:|---|---:|---:|---:|---|
<!-- demand-history:start -->
$HISTORY_BLOCK
<!-- demand-history:end -->
EOF
write_section "$RESULTS" demand "$WORK/section.md"
log "wrote the demand section of $RESULTS: import $RATIO of LOAD DATA ($IMPORT_VERDICT), heap ${HEAP_PEAK_MB} MB ($HEAP_VERDICT), matching $MATCH_VERDICT"
KEEP_WORK=0
[[ "$IMPORT_VERDICT" == PASS && "$HEAP_VERDICT" == PASS && "$MATCH_VERDICT" != FAIL ]] || exit 3
