#!/usr/bin/env bash
# Settlements against GET /health with wrk (Debian's package `wrk`), as a user would measure them:
# starts the built server (civil-api/target/civil-api.jar) on a fresh embedded database, registers
# 2,000 residents, then runs wrk on GET /health and on one-step settlements with unique bill ids,
# each for a warm-up and then the measured seconds, and prints wrk's figures for both.
#   benchmarks/wrk/run.sh [connections] [seconds] [extra java options…]
# CIVIL_JAR=… runs another build of the server jar instead (to compare two builds).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${CIVIL_JAR:-$here/../../civil-api/target/civil-api.jar}"
connections="${1:-32}"
seconds="${2:-10}"
shift $(( $# > 2 ? 2 : $# ))
port="${CIVIL_WRK_PORT:-7099}"
export CIVIL_ADMIN_TOKEN="wrk-admin-token-$RANDOM$RANDOM-0123456789"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
java "$@" -jar "$jar" --data-dir "$work/data" --demo-data=false --port "$port" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -s -o /dev/null "http://127.0.0.1:$port/health" && break
  sleep 0.5
done
awk -v n=2000 -f "$here/residents.awk" > "$work/residents.txt"
xargs -P 8 -I{} curl -s -o /dev/null -X PUT -H "Authorization: Bearer $CIVIL_ADMIN_TOKEN" \
    -H "Content-Type: application/json" -d '{"category": "SUBSISTENCE", "from": "2026-01-01", "to": null}' \
    "http://127.0.0.1:$port/api/v1/residents/{}/aid-category" < "$work/residents.txt"
export RESIDENTS="$work/residents.txt"
echo "== GET /health, $connections connections, $seconds s after 5 s of warm-up"
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port/health" > /dev/null
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/health"
echo "== settlements, $connections connections, $seconds s after 5 s of warm-up"
wrk -t2 -c"$connections" -d5s -s "$here/settle.lua" "http://127.0.0.1:$port" > /dev/null
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/settle.lua" "http://127.0.0.1:$port"
