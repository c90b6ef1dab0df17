#!/usr/bin/env bash
# The floor under run.sh's settlement figure: the same wrk runs (GET /health, then settle.lua's
# one-step settlements) against civil.benchmarks.WriteFloor, a bare Javalin server that reads each
# settlement's body, appends a record of a stored settlement's size to a file through one writer
# thread in one write per batch, and answers with a document of the real answer's size, with no
# rule, index or transaction. Prints wrk's figures for both and the settlements' share of /health.
#   benchmarks/wrk/floor.sh [connections] [seconds] [--fsync]
# Needs the benchmarks jar (./mvnw -B -q -DskipTests package).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../target/benchmarks.jar"
connections="${1:-32}"
seconds="${2:-10}"
fsync="${3:-}"
port="${CIVIL_WRK_PORT:-7098}"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
java -cp "$jar" civil.benchmarks.WriteFloor "$port" "$work/floor.log" $fsync > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -s -o /dev/null "http://127.0.0.1:$port/health" && break
  sleep 0.5
done
awk -v n=2000 -f "$here/residents.awk" > "$work/residents.txt"
export RESIDENTS="$work/residents.txt" CIVIL_ADMIN_TOKEN="unused-by-the-floor"
echo "== bare Javalin: GET /health, $connections connections, $seconds s after 5 s of warm-up"
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port/health" > /dev/null
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/health" | tee "$work/health.txt"
echo "== floor: settlements${fsync:+ (each batch forced to disk)}, $connections connections, $seconds s after 5 s of warm-up"
wrk -t2 -c"$connections" -d5s -s "$here/settle.lua" "http://127.0.0.1:$port" > /dev/null
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/settle.lua" "http://127.0.0.1:$port" | tee "$work/settle.txt"
awk '/Requests\/sec/ {print $2}' "$work/health.txt" "$work/settle.txt" | paste -s -d' ' \
  | awk '{ printf "floor: settlements at %.1f%% of the bare GET /health\n", 100 * $2 / $1 }'
