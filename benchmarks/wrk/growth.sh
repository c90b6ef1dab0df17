#!/usr/bin/env bash
# How the embedded H2 file grows under a stream of settlements: starts the built server
# (civil-api/target/civil-api.jar) on a fresh data folder, registers 2,000 residents, then settles
# with wrk (settle.lua) in rounds, printing after each round the settlements it made and the size
# of the database file. PAUSE_MS=… paces each connection (8 ms with 2 connections is about 200 a
# second); PAUSE_BETWEEN=… seconds of idleness between rounds.
#   benchmarks/wrk/growth.sh [connections] [rounds] [seconds a round]
# CIVIL_JAR=… runs another build of the server jar instead (to compare two builds).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${CIVIL_JAR:-$here/../../civil-api/target/civil-api.jar}"
connections="${1:-1}"
rounds="${2:-6}"
seconds="${3:-10}"
port="${CIVIL_WRK_PORT:-7096}"
export CIVIL_ADMIN_TOKEN="wrk-admin-token-$RANDOM$RANDOM-0123456789"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
java -jar "$jar" --data-dir "$work/data" --demo-data=false --port "$port" > "$work/server.log" 2>&1 &
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
size() { echo "$(( $(stat -c %s "$work/data/civil.mv.db") / 1048576 )) MB"; }
echo "residents registered: file $(size)"
total=0
for round in $(seq 1 "$rounds"); do
  if [ "$round" -gt 1 ] && [ -n "${PAUSE_BETWEEN:-}" ]; then
    sleep "$PAUSE_BETWEEN"
  fi
  wrk -t1 -c"$connections" -d"${seconds}s" -s "$here/settle.lua" "http://127.0.0.1:$port" > "$work/wrk.txt"
  made=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
  total=$((total + made))
  echo "round $round: $made settlements ($(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")/s), $total in all, file $(size)"
done
