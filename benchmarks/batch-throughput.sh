#!/usr/bin/env bash
# Bills per second of civil-batch's embedded engine and of Spark local[*] on the same generated
# file, in the same run, and whether their outputs are identical.
#   benchmarks/batch-throughput.sh [bills=10000000] [residents=1000000] [folder=target/batch-bench]
# Build first: ./mvnw -B -q -DskipTests package. LOCAL_HEAP (default 1g) and SPARK_HEAP (default 8g)
# set each run's -Xmx; the peak resident memory of each run is printed beside its rate.
set -euo pipefail
cd "$(dirname "$0")/.."
bills=${1:-10000000}
residents=${2:-1000000}
dir=${3:-target/batch-bench}
rm -rf "$dir"
mkdir -p "$dir"
java -cp benchmarks/target/benchmarks.jar civil.benchmarks.BillsFile "$dir/bills.csv" "$bills" "$residents" 1 20260701
for engine in local spark; do
  heap=$([ "$engine" = local ] && echo "${LOCAL_HEAP:-1g}" || echo "${SPARK_HEAP:-8g}")
  /usr/bin/time -f "%M" -o "$dir/$engine.rss" java -Xmx"$heap" -jar civil-batch/target/civil-batch.jar \
    settle --bills "$dir/bills.csv" --out "$dir/$engine" --engine "$engine" 2>"$dir/$engine.log" >/dev/null
  python3 - "$dir/$engine/summary.json" "$engine" "$heap" "$(cat "$dir/$engine.rss")" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print("%-5s bills=%d seconds=%.1f bills_per_s=%d heap=%s peak_rss_mb=%d"
      % (sys.argv[2], s["bills"], s["seconds"], s["bills"] / s["seconds"], sys.argv[3], int(sys.argv[4]) // 1024))
PY
done
if cmp -s "$dir/local/settlements.csv" "$dir/spark/settlements.csv"; then
  echo "settlements.csv identical"
else
  echo "settlements.csv DIFFER"
  exit 1
fi
