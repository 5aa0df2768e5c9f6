#!/usr/bin/env bash
# The booking benchmark (issue 4, "Speed"), one command, nothing needs to run beforehand:
#   - builds the jar if missing and compiles the driver (src/test/java/.../bench, not a JUnit test);
#   - starts a private MariaDB (Debian's mariadb-server, installed with apt if missing) on an empty
#     database in $BENCH_DIR;
#   - the driver (BookingBenchmark) starts the packaged service in prod mode against it, writes the
#     dataset (10,000 instruments, 1,000,000 reservations), measures the raw JDBC booking
#     transaction, POST /api/v1/reservations at 1/8/32/64 clients and the two availability reads,
#     and writes bench/results/booking-YYYYMMDD-HHMM.md;
#   - stops everything it started (trap).
# Settings (environment): BENCH_DIR (/tmp/gf-booking-bench), DB_PORT (3398), APP_PORT (8097),
#   INSTRUMENTS (10000), RESERVATIONS (1000000), LEVELS (1,8,32,64), HTTP_SECONDS (20),
#   RAW_SECONDS (15), READ_SECONDS (15), WARMUP_SECONDS (30), APP_JVM ("-Xms1g -Xmx1g"),
#   DB_BUFFER_POOL (1G), PHASES (raw,http,reads), JAR (target/quarkus-app/quarkus-run.jar),
#   JDBC_PARAMS (Connector/J parameters on the URL of the service and of the raw driver; default the
#   ones application.properties sets, cachePrepStmts=true&prepStmtCacheSize=256&prepStmtCacheSqlLimit=4096),
#   RESULTS_DIR (bench/results), and any QUARKUS_* / GF_* variable for the
#   service (e.g. QUARKUS_DATASOURCE_JDBC_MAX_SIZE=64).
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DIR=${BENCH_DIR:-/tmp/gf-booking-bench}
DB_PORT=${DB_PORT:-3398}
APP_PORT=${APP_PORT:-8097}
DB_NAME=gf_booking_bench
mkdir -p "$BENCH_DIR"

if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  echo "[bench] building the service jar"
  ./mvnw -B -q package -DskipTests -DskipE2E
fi
echo "[bench] compiling the driver"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >"$BENCH_DIR/build.log" 2>&1 \
  || { cat "$BENCH_DIR/build.log"; exit 1; }

if ! command -v mariadbd >/dev/null 2>&1; then
  echo "[bench] installing Debian's mariadb-server"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
fi

cleanup() {
  # the driver stops the service itself; this covers an interrupted run
  [ -f "$BENCH_DIR/app.pid" ] && kill "$(cat "$BENCH_DIR/app.pid")" 2>/dev/null || true
  if [ -f "$BENCH_DIR/mysqld.pid" ]; then
    kill "$(cat "$BENCH_DIR/mysqld.pid")" 2>/dev/null || true
    for _ in $(seq 30); do [ -f "$BENCH_DIR/mysqld.pid" ] || break; sleep 1; done
  fi
  rm -f "$BENCH_DIR/app.pid"
}
trap cleanup EXIT INT TERM

if [ ! -d "$BENCH_DIR/data/mysql" ]; then
  mariadb-install-db --no-defaults --datadir="$BENCH_DIR/data" --user="$(whoami)" \
    --auth-root-authentication-method=normal >"$BENCH_DIR/install.log" 2>&1
fi
echo "[bench] starting MariaDB on 127.0.0.1:$DB_PORT (data in $BENCH_DIR/data)"
mariadbd --no-defaults --datadir="$BENCH_DIR/data" --port="$DB_PORT" --bind-address=127.0.0.1 \
  --socket="$BENCH_DIR/mysqld.sock" --pid-file="$BENCH_DIR/mysqld.pid" --user="$(whoami)" \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
  --innodb-buffer-pool-size="${DB_BUFFER_POOL:-1G}" --innodb-log-file-size=512M --max-connections=300 \
  >"$BENCH_DIR/mariadb.log" 2>&1 &
for _ in $(seq 60); do
  mariadb --no-defaults -h127.0.0.1 -P"$DB_PORT" -uroot -e 'select 1' >/dev/null 2>&1 && break
  sleep 1
done
mariadb --no-defaults -h127.0.0.1 -P"$DB_PORT" -uroot -e "drop database if exists $DB_NAME;
  create database $DB_NAME character set utf8mb4 collate utf8mb4_unicode_ci"

echo "[bench] load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
  -Dbench.db-url="jdbc:mysql://127.0.0.1:$DB_PORT/$DB_NAME" \
  -Dbench.db-pid-file="$BENCH_DIR/mysqld.pid" \
  -Dbench.app-port="$APP_PORT" -Dbench.app-log="$BENCH_DIR/app.log" -Dbench.app-pid-file="$BENCH_DIR/app.pid" \
  -Dbench.app-jvm="${APP_JVM:-}" \
  -Dbench.instruments="${INSTRUMENTS:-}" -Dbench.reservations="${RESERVATIONS:-}" -Dbench.levels="${LEVELS:-}" \
  -Dbench.http-seconds="${HTTP_SECONDS:-}" -Dbench.raw-seconds="${RAW_SECONDS:-}" \
  -Dbench.read-seconds="${READ_SECONDS:-}" -Dbench.warmup-seconds="${WARMUP_SECONDS:-}" \
  -Dbench.results-dir="${RESULTS_DIR:-bench/results}" -Dbench.phases="${PHASES:-}" \
  -Dbench.jar="${JAR:-}" -Dbench.jdbc-params="${JDBC_PARAMS:-}" \
  cn.gfshare.instruments.bench.BookingBenchmark
