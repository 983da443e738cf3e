# Shared by the benchmark scripts in bench/ (sourced, not run); sets BENCH_DIR and REPO_ROOT. Each script sets these
# before calling:
#   MARIADB (array, admin client), DB_NAME, DB_USER_NAME, DB_PASSWORD, WORK (run directory), PAYARA_JAR, APP_PORT,
#   APP_ENV (array of NAME=value for the application), BENCH_KEEP_DB.
# and owns APP_PID, DB_READY, KEEP_WORK through these functions.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/.." && pwd)"

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

APP_PID=""
DB_READY=0
KEEP_WORK=1

# Stops the application (SIGTERM, then SIGKILL after 30 s), drops the throw-away database unless BENCH_KEEP_DB=1 and
# removes the run directory after a run that finished (exit 0 or 3). For the scripts' EXIT trap.
bench_cleanup() {
    local rc=$1
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the application (pid $APP_PID)"
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$APP_PID" 2>/dev/null && { log "still running; SIGKILL"; kill -9 "$APP_PID" 2>/dev/null || true; }
        wait "$APP_PID" 2>/dev/null || true
    fi
    if (( DB_READY )) && [[ "${BENCH_KEEP_DB:-0}" != 1 ]]; then
        "${MARIADB[@]}" -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; DROP USER IF EXISTS '$DB_USER_NAME'@'localhost', '$DB_USER_NAME'@'127.0.0.1'" \
            || log "could not drop $DB_NAME"
    fi
    if (( rc == 0 || rc == 3 )) && (( KEEP_WORK == 0 )); then
        rm -rf "$WORK"
    else
        log "run directory kept for inspection: $WORK (app log: $WORK/app.log)"
    fi
}

# Answers, or is started (as root, when the server binary is here) and waited for.
mariadb_ready() {
    if ! "${MARIADB[@]}" -e 'SELECT 1' >/dev/null 2>&1; then
        if [[ $(id -u) -eq 0 && -x /usr/sbin/mariadbd ]]; then
            log "MariaDB is not answering; starting it"
            start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
            for _ in $(seq 1 60); do "${MARIADB[@]}" -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
        fi
        "${MARIADB[@]}" -e 'SELECT 1' >/dev/null || { echo "cannot reach MariaDB with: ${MARIADB[*]}" >&2; exit 2; }
    fi
}

# $1 random bytes as hex digits (passwords and keys for a throw-away run).
random_hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }

# The first free loopback port from $1 to $2.
free_port() {
    local p
    for p in $(seq "$1" "$2"); do
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
    done
    echo "no free port in $1-$2" >&2
    exit 2
}

# Drops and re-creates DB_NAME and DB_USER_NAME (for localhost and 127.0.0.1) with DB_PASSWORD.
prepare_database() {
    case "$DB_NAME" in *bench*) ;; *) echo "the database name must contain 'bench' (it is dropped and re-created): $DB_NAME" >&2; exit 2 ;; esac
    [[ "$DB_NAME" =~ ^[A-Za-z0-9_]+$ && "$DB_USER_NAME" =~ ^[A-Za-z0-9_]+$ ]] || { echo "bad database or user name" >&2; exit 2; }
    log "preparing database $DB_NAME and user $DB_USER_NAME"
    "${MARIADB[@]}" <<SQL
DROP DATABASE IF EXISTS \`$DB_NAME\`;
CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE OR REPLACE USER '$DB_USER_NAME'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
CREATE OR REPLACE USER '$DB_USER_NAME'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL ON \`$DB_NAME\`.* TO '$DB_USER_NAME'@'localhost';
GRANT ALL ON \`$DB_NAME\`.* TO '$DB_USER_NAME'@'127.0.0.1';
SQL
    DB_READY=1
    # Flyway creates triggers as a non-SUPER user: with binary logging on, MariaDB then wants this server-wide flag.
    if [[ "$("${MARIADB[@]}" --batch --skip-column-names -e 'SELECT @@log_bin')" == 1 ]]; then
        log "binary logging is on: setting log_bin_trust_function_creators = 1 (server-wide) so Flyway can create triggers"
        "${MARIADB[@]}" -e "SET GLOBAL log_bin_trust_function_creators = 1"
    fi
}

sqlq() { "${MARIADB[@]}" --batch --skip-column-names "$DB_NAME" "$@"; }

# Starts Payara Micro on WORK/commissioning.war with APP_ENV and the JVM options given, HTTP listener bound to
# 127.0.0.1:APP_PORT, no clustering, no phone-home; waits until /health says UP (at most 300 s). The server runs
# from a copy of the jar named after the benchmark: on a shared machine, someone clearing away "payara-micro"
# processes by name (pkill -f) stopped runs half-way.
start_app() {
    cp "$PAYARA_JAR" "$WORK/bench-app-server.jar"
    echo 'set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1' \
        > "$WORK/preboot.asadmin"
    mkdir -p "$WORK/tmp"
    log "starting the application on http://127.0.0.1:$APP_PORT (log: $WORK/app.log)"
    env "${APP_ENV[@]}" java -Djava.io.tmpdir="$WORK/tmp" "$@" -jar "$WORK/bench-app-server.jar" \
        --deploy "$WORK/commissioning.war" --contextroot / --port "$APP_PORT" \
        --nocluster --disablephonehome --prebootcommandfile "$WORK/preboot.asadmin" \
        >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    local ready=0
    for _ in $(seq 1 300); do
        kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app.log" >&2; echo "the application exited during start-up" >&2; exit 1; }
        if grep -q 'ready in' "$WORK/app.log" && curl -fsS --max-time 5 "http://127.0.0.1:$APP_PORT/health" 2>/dev/null | grep -q 'UP'; then
            ready=1; break
        fi
        sleep 1
    done
    (( ready )) || { tail -50 "$WORK/app.log" >&2; echo "the application did not become ready in 300 s" >&2; exit 1; }
    log "application ready (pid $APP_PID)"
}

# The table rows (lines starting "| <digit>") between "<!-- $2:start -->" and "<!-- $2:end -->" in file $1.
history_rows() {
    [[ -f "$1" ]] || return 0
    awk -v s="<!-- $2:start -->" -v e="<!-- $2:end -->" '$0 == s { on = 1; next } $0 == e { on = 0 } on && /^\| [0-9]/' "$1"
}

# Replaces what stands between "<!-- $2:start -->" and "<!-- $2:end -->" in file $1 with the contents of file $3,
# leaving the rest of the file (the other scripts' sections) as it was; appends the section if it is not there yet.
write_section() {
    local file=$1 name=$2 body=$3 tmp
    tmp=$(mktemp "$file.XXXXXX")
    if [[ -f "$file" ]] && grep -qx "<!-- $name:start -->" "$file"; then
        awk -v s="<!-- $name:start -->" -v e="<!-- $name:end -->" -v body="$body" '
            $0 == s { print; while ((getline line < body) > 0) print line; skip = 1; next }
            $0 == e { skip = 0 }
            !skip' "$file" > "$tmp"
    else
        { [[ -f "$file" ]] && { cat "$file"; echo; }; echo "<!-- $name:start -->"; cat "$body"; echo "<!-- $name:end -->"; } > "$tmp"
    fi
    mv "$tmp" "$file"
}

# The value of key $2 in the Java properties file $1 (the last one; the escapes Properties.store adds removed).
prop_of() { sed -n "s/^$2=//p" "$1" | tail -1 | sed 's/\\\(.\)/\1/g'; }

# One line about the machine, for the results: CPUs, model, memory, kernel.
machine_line() {
    local cpu mem
    cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
    mem=$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
    echo "$(nproc) CPUs ($cpu), ${mem} GiB RAM, $(uname -sr)"
}
