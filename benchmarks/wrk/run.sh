#!/usr/bin/env bash
# Settlements against GET /health with wrk (Debian's package `wrk`), as a user would measure them:
# starts the built server (civil-api/target/civil-api.jar) on a fresh embedded database, registers
# 2,000 residents, then runs wrk on GET /health and on one-step settlements with unique bill ids,
# each for a warm-up and then the measured seconds, and prints wrk's figures for both. Then, when
# the benchmarks jar is built, floor.sh measures a bare Javalin GET and the floor under the
# settlement figure the same way (the server is stopped first, so as not to share the machine).
#   benchmarks/wrk/run.sh [connections] [seconds] [extra java options…]
# CIVIL_JAR=… runs another build of the server jar instead (to compare two builds).
# With CIVIL_DB_URL, CIVIL_DB_USER and CIVIL_DB_PASSWORD set (a PostgreSQL database), the server
# runs on it instead; then a second server starts over the same database, and two wrk processes
# settle at once, half the connections each, one per server: their requests per second add up to
# what the two settle together, printed beside the one server's figure. Both servers start and warm
# up alike before anything is measured.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${CIVIL_JAR:-$here/../../civil-api/target/civil-api.jar}"
connections="${1:-32}"
seconds="${2:-10}"
shift $(( $# > 2 ? 2 : $# ))
port="${CIVIL_WRK_PORT:-7099}"
export CIVIL_ADMIN_TOKEN="wrk-admin-token-$RANDOM$RANDOM-0123456789"
work="$(mktemp -d)"
second=""
trap 'kill "$server" $second 2>/dev/null || true; wait "$server" $second 2>/dev/null || true; rm -rf "$work"' EXIT
# start <data folder> <port>: a server on a fresh data folder, once it answers
start() {
  java "${java_opts[@]}" -jar "$jar" --data-dir "$work/$1" --demo-data=false --port "$2" > "$work/$1.log" 2>&1 &
  started=$!
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "http://127.0.0.1:$2/health" && break
    sleep 0.5
  done
}
java_opts=("$@")
start data "$port"
server=$started
if [ -n "${CIVIL_DB_URL:-}" ]; then
  # the second server starts now, so that it is as warm as the first when both are measured
  start data2 "$((port + 1))"
  second=$started
fi
awk -v n=2000 -f "$here/residents.awk" > "$work/residents.txt"
xargs -P 8 -I{} curl -s -o /dev/null -X PUT -H "Authorization: Bearer $CIVIL_ADMIN_TOKEN" \
    -H "Content-Type: application/json" -d '{"category": "SUBSISTENCE", "from": "2026-01-01", "to": null}' \
    "http://127.0.0.1:$port/api/v1/residents/{}/aid-category" < "$work/residents.txt"
export RESIDENTS="$work/residents.txt"
export BILL_SALT="$RANDOM$RANDOM" # bill ids differ from any run before on the same database
echo "== GET /health, $connections connections, $seconds s after 5 s of warm-up"
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port/health" > /dev/null
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/health" | tee "$work/health.txt"
echo "== settlements, $connections connections, $seconds s after 5 s of warm-up"
if [ -n "$second" ]; then # the second server's warm-up: as much as the first gets
  wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$((port + 1))/health" > /dev/null
  wrk -t2 -c"$connections" -d"$((seconds + 5))s" "http://127.0.0.1:$((port + 1))/health" > /dev/null
  wrk -t2 -c"$connections" -d5s -s "$here/settle.lua" "http://127.0.0.1:$((port + 1))" > /dev/null
fi
wrk -t2 -c"$connections" -d5s -s "$here/settle.lua" "http://127.0.0.1:$port" > /dev/null
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/settle.lua" "http://127.0.0.1:$port" | tee "$work/one.txt"
rate() { awk '/Requests\/sec/ {print $2}' "$1"; }
awk -v h="$(rate "$work/health.txt")" -v s="$(rate "$work/one.txt")" 'BEGIN {
  printf "settlements at %.1f%% of GET /health\n", 100 * s / h }'
if [ -n "${CIVIL_DB_URL:-}" ]; then
  half=$((connections / 2))
  echo "== two servers over one PostgreSQL, $half connections each, $seconds s after 5 s of warm-up"
  BILL_SALT="${BILL_SALT}a" wrk -t1 -c"$half" -d5s -s "$here/settle.lua" "http://127.0.0.1:$port" > /dev/null &
  first=$!
  BILL_SALT="${BILL_SALT}b" wrk -t1 -c"$half" -d5s -s "$here/settle.lua" "http://127.0.0.1:$((port + 1))" > /dev/null
  wait "$first"
  BILL_SALT="${BILL_SALT}c" wrk -t1 -c"$half" -d"${seconds}s" --latency -s "$here/settle.lua" "http://127.0.0.1:$port" > "$work/a.txt" &
  first=$!
  BILL_SALT="${BILL_SALT}d" wrk -t1 -c"$half" -d"${seconds}s" --latency -s "$here/settle.lua" "http://127.0.0.1:$((port + 1))" > "$work/b.txt"
  wait "$first"
  grep -E "Requests/sec|99%|errors" "$work/a.txt" "$work/b.txt" | sed "s#$work/##"
  awk -v a="$(rate "$work/a.txt")" -v b="$(rate "$work/b.txt")" -v one="$(rate "$work/one.txt")" 'BEGIN {
    printf "two servers settle %.0f requests/s together, %.2fx one server'"'"'s %.0f above\n", a + b, (a + b) / one, one }'
fi
# beside them, in the same run: a bare Javalin route and the floor under the settlement figure
# (floor.sh), when the benchmarks jar is built
if [ -f "$here/../target/benchmarks.jar" ]; then
  kill "$server" $second 2>/dev/null || true
  wait "$server" $second 2>/dev/null || true
  "$here/floor.sh" "$connections" "$seconds"
else
  echo "(benchmarks/target/benchmarks.jar not built: no bare route or floor in this run)"
fi
