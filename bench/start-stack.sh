#!/usr/bin/env bash
# Starts what the catalog benchmark measures: a private MariaDB (Debian's mariadb-server, data in
# $BENCH_DIR) and the packaged service in prod mode with the demo data plus the 10,000-instrument
# scale catalog. Build first: ./mvnw -B package -DskipTests -DskipE2E
# Stop with: bench/stop-stack.sh
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DIR=${BENCH_DIR:-/tmp/gf-bench}
DB_PORT=${DB_PORT:-3399}
APP_PORT=${APP_PORT:-8089}
INSTRUMENTS=${INSTRUMENTS:-10000}
mkdir -p "$BENCH_DIR"

if [ ! -d "$BENCH_DIR/data/mysql" ]; then
  mariadb-install-db --no-defaults --datadir="$BENCH_DIR/data" --user="$(whoami)" --auth-root-authentication-method=normal >"$BENCH_DIR/install.log"
fi
mariadbd --no-defaults --datadir="$BENCH_DIR/data" --port="$DB_PORT" --bind-address=127.0.0.1 \
  --socket="$BENCH_DIR/mysqld.sock" --pid-file="$BENCH_DIR/mysqld.pid" --user="$(whoami)" \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
  --innodb-buffer-pool-size=256M --max-connections=200 >"$BENCH_DIR/mariadb.log" 2>&1 &
for _ in $(seq 60); do
  mariadb --no-defaults -h127.0.0.1 -P"$DB_PORT" -uroot -e 'select 1' >/dev/null 2>&1 && break
  sleep 1
done
mariadb --no-defaults -h127.0.0.1 -P"$DB_PORT" -uroot -e 'create database if not exists gf_bench character set utf8mb4 collate utf8mb4_unicode_ci'

# Reads are anonymous, so the benchmark runs without an identity provider (writes answer 401); the
# per-client budgets are off, since the benchmark measures the service, not the rate limiter.
QUARKUS_DATASOURCE_JDBC_URL="jdbc:mysql://127.0.0.1:$DB_PORT/gf_bench" \
QUARKUS_DATASOURCE_USERNAME=root QUARKUS_DATASOURCE_PASSWORD= \
QUARKUS_OIDC_TENANT_ENABLED=false QUARKUS_HTTP_PORT="$APP_PORT" GF_RATE_LIMIT_ENABLED=false \
GF_DEMO_DATA_ENABLED=true GF_SCALE_DATA_INSTRUMENTS="$INSTRUMENTS" \
  nohup java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$BENCH_DIR/app.log" 2>&1 &
echo $! >"$BENCH_DIR/app.pid"
for _ in $(seq 300); do
  curl -fs "http://localhost:$APP_PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://localhost:$APP_PORT/api/v1/instruments?size=1" | head -c 300; echo
echo "service on http://localhost:$APP_PORT (logs in $BENCH_DIR)"
