#!/usr/bin/env bash
# Latency of GET /api/v1/instruments with a few filter combinations, measured with wrk against a
# running service (bench/start-stack.sh starts one with 10,000 scale instruments + the demo data).
#   BASE_URL   service root            (default http://localhost:8089)
#   DURATION   seconds per combination (default 20)
#   CONNECTIONS concurrent connections (default 4; wrk threads = min(2, CONNECTIONS))
#   WARMUP     seconds of warm-up per combination (default 5)
# Prints a Markdown table of p50/p95/p99 in milliseconds.
set -euo pipefail
cd "$(dirname "$0")"
BASE_URL=${BASE_URL:-http://localhost:8089}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-4}
WARMUP=${WARMUP:-5}
THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))

total=$(curl -fs "$BASE_URL/api/v1/instruments?size=1&status=ACTIVE,MAINTENANCE,RETIRED" | sed -E 's/.*"total":([0-9]+).*/\1/')
echo "instruments in the catalog: $total"

combos=(
  "default page (name order)|/api/v1/instruments"
  "q=质谱 (Chinese word)|/api/v1/instruments?q=%E8%B4%A8%E8%B0%B1"
  "q=orbitrap|/api/v1/instruments?q=orbitrap"
  "city=FS&category=01 (subtree)&sort=-value|/api/v1/instruments?city=FS&category=01&sort=-value"
  "category=010101&large=true&status=ACTIVE|/api/v1/instruments?category=010101&large=true&status=ACTIVE"
  "operatorAssisted&minValue..maxValue&sort=value|/api/v1/instruments?operatorAssisted=true&minValue=1000000&maxValue=5000000&sort=value"
  "institutionId=1&sort=newest&size=50|/api/v1/instruments?institutionId=1&sort=newest&size=50"
  "q=bruker city=GZ page=3|/api/v1/instruments?q=bruker&city=GZ&page=3"
)

echo
echo "| filters | total | req/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for combo in "${combos[@]}"; do
  name=${combo%%|*}
  path=${combo#*|}
  hits=$(curl -fs "$BASE_URL$path" | sed -E 's/.*"total":([0-9]+).*/\1/')
  # warm up (JIT, connection pool, InnoDB buffer pool) before measuring
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$BASE_URL$path" >/dev/null
  line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s percentiles.lua "$BASE_URL$path" | grep '^RESULT')
  rps=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")
  p50=$(sed -E 's/.*p50=([0-9.]+).*/\1/' <<<"$line")
  p95=$(sed -E 's/.*p95=([0-9.]+).*/\1/' <<<"$line")
  p99=$(sed -E 's/.*p99=([0-9.]+).*/\1/' <<<"$line")
  errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")
  echo "| $name | $hits | $rps | $p50 | $p95 | $p99 | $errors |"
  [ "$errors" = 0 ] || failed=1
done
# a benchmark whose requests fail measures nothing: say so with the exit code
[ -z "${failed:-}" ]
