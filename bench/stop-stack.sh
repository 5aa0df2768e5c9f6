#!/usr/bin/env bash
# Stops what bench/start-stack.sh started (by the pids it recorded).
BENCH_DIR=${BENCH_DIR:-/tmp/gf-bench}
[ -f "$BENCH_DIR/app.pid" ] && kill "$(cat "$BENCH_DIR/app.pid")" 2>/dev/null
[ -f "$BENCH_DIR/mysqld.pid" ] && kill "$(cat "$BENCH_DIR/mysqld.pid")" 2>/dev/null
rm -f "$BENCH_DIR/app.pid"
