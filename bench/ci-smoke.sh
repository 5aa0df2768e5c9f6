#!/usr/bin/env bash
# Runs every benchmark of bench/ at a tiny scale, so none of them rots: CI calls this after the
# tests (`.ci/run`). It checks that each still runs end to end and fails when one errors; it asserts
# nothing about speed, and its figures (written to a temporary folder) mean nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d /tmp/gf-bench-smoke.XXXXXX)
if ! command -v wrk >/dev/null 2>&1 || ! command -v mariadbd >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk mariadb-server >/dev/null
fi

# 200 instruments: at this scale the raw JDBC phases alone book thousands of distinct free hours
echo "[bench-smoke] booking benchmark, tiny scale"
BENCH_DIR="$work/booking" RESULTS_DIR="$work/results" DB_PORT=3396 APP_PORT=8096 \
  INSTRUMENTS=200 RESERVATIONS=2000 LEVELS=1,8 HTTP_SECONDS=2 RAW_SECONDS=2 READ_SECONDS=2 \
  WARMUP_SECONDS=2 APP_JVM="-Xms256m -Xmx512m" DB_BUFFER_POOL=128M \
  bench/booking-benchmark.sh >"$work/booking.log" 2>&1 \
  || { tail -60 "$work/booking.log"; exit 1; }
grep -A8 '^## POST /api/v1/reservations' "$work"/results/booking-*.md

echo "[bench-smoke] catalog search benchmark, tiny scale"
export BENCH_DIR="$work/catalog" DB_PORT=3395 APP_PORT=8095
trap 'bench/stop-stack.sh' EXIT
INSTRUMENTS=50 bench/start-stack.sh >"$work/catalog-start.log" 2>&1 \
  || { tail -40 "$work/catalog-start.log"; tail -40 "$BENCH_DIR/app.log"; exit 1; }
BASE_URL="http://localhost:$APP_PORT" DURATION=1 WARMUP=1 CONNECTIONS=1 bench/catalog-search.sh
echo "[bench-smoke] every benchmark ran"
