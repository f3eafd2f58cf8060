#!/usr/bin/env bash
# Runs every benchmark of the design brief and prints one Markdown table:
# each figure next to its target and a baseline measured in the same run.
#
#   bash bench/run.sh small   # reduced sizes, under 3 minutes (CI smoke)
#   bash bench/run.sh full    # the brief's sizes
#
# Needs Go, node and npm (ethers is installed into bench/ethers/node_modules
# on first use) and /usr/bin/time (apt-get install time). Generated inputs go
# to a temporary folder that is removed at the end. Peak memory is the
# maximum resident set size: /usr/bin/time -v for whole processes, VmHWM for
# the passes measured inside bench/main.go.
set -euo pipefail

size="${1:-small}"
case "$size" in
small)
	ROWS=100000 HOLDERS=10000 ENTRIES=20000 QUERIES=500 REVIEW_QUERIES=200 BRUTE=3 LOGS=10000 RPC_HOLDERS=2000
	VESSELS=10000 OWNERSHIP=100000 XLSX=1
	;;
full)
	# Screening runs the brief's 100k queries (10k with the review band):
	# about 5 minutes at the measured rate (see bench/RESULTS.md).
	ROWS=1000000 HOLDERS=100000 ENTRIES=1000000 QUERIES=100000 REVIEW_QUERIES=10000 BRUTE=2 LOGS=100000 RPC_HOLDERS=10000
	VESSELS=100000 OWNERSHIP=1000000 XLSX=1
	;;
*)
	echo "usage: bash bench/run.sh [small|full]" >&2
	exit 2
	;;
esac

cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ ! -x /usr/bin/time ]; then
	echo "bench: /usr/bin/time is missing (apt-get install time)" >&2
	exit 1
fi
if [ ! -d bench/ethers/node_modules/ethers ]; then
	npm install --no-save --prefix bench/ethers ethers@6 >&2
fi

# maxrss FILE: the maximum resident set size /usr/bin/time -v wrote, in MB.
maxrss() { awk -F': ' '/Maximum resident set size/ {printf "%d MB", $2/1024}' "$1"; }
# wall FILE: the elapsed wall-clock time /usr/bin/time -v wrote.
wall() { awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$1"; }

echo "building the benchmark binaries..." >&2
go build -o "$tmp/bench" ./bench
go build -o "$tmp/audit" ./cmd/audit
go test -c -o "$tmp/registry.test" ./internal/registry
go test -c -o "$tmp/report.test" ./internal/report
go test -c -o "$tmp/ownership.test" ./internal/ownership
go test -c -o "$tmp/rules.test" ./internal/rules

{
	echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(free -h | awk '/Mem:/ {print $2}') RAM; $(go version | cut -d' ' -f3); size: $size; $(date -u +%Y-%m-%dT%H:%MZ)"
	echo
	echo "| benchmark | figure | target | baseline (same run) | ratio |"
	echo "|---|---|---|---|---|"
} >"$tmp/table"

echo "transfer exports..." >&2
"$tmp/bench" gen-export -rows "$ROWS" -holders "$HOLDERS" -dir "$tmp"
"$tmp/bench" export -file "$tmp/etl.csv" -label ethereum-etl >>"$tmp/table"
"$tmp/bench" export -file "$tmp/etherscan.csv" -label etherscan -decimals 18 >>"$tmp/table"
rm -f "$tmp/etl.csv" "$tmp/etherscan.csv"

echo "screening..." >&2
"$tmp/bench" screen -entries "$ENTRIES" -queries "$QUERIES" -brute "$BRUTE" -workers "$(nproc)" -review 0.80 -warm >>"$tmp/table"
"$tmp/bench" screen -entries "$ENTRIES" -queries "$REVIEW_QUERIES" -brute 1 -workers "$(nproc)" -review 0.70 >>"$tmp/table"

echo "holders over JSON-RPC (builds the chain first)..." >&2
"$tmp/bench" rpc -logs "$LOGS" -holders "$RPC_HOLDERS" -ethers bench/ethers >>"$tmp/table"

echo "registry load..." >&2
(cd internal/registry && REGISTRY_BENCH_VESSELS=$VESSELS REGISTRY_BENCH_OWNERSHIP=$OWNERSHIP \
	/usr/bin/time -v -o "$tmp/registry.time" "$tmp/registry.test" -test.run '^$' -test.bench 'BenchmarkLoadLargeWorkbook$' -test.benchtime 1x) \
	>"$tmp/registry.out" 2>&1 || { cat "$tmp/registry.out" >&2; exit 1; }
line=$(grep '^registry load:' "$tmp/registry.out" | head -1)
echo "| registry load: $VESSELS vessels, $OWNERSHIP ownership rows (XLSX; internal/registry BenchmarkLoadLargeWorkbook) | ${line#registry load: } | < 1.5 GB peak | | process peak $(maxrss "$tmp/registry.time") (workbook generation included when not cached) |" >>"$tmp/table"

if [ "$XLSX" = 1 ]; then
	echo "XLSX report with 1M holder rows..." >&2
	(cd internal/report && /usr/bin/time -v -o "$tmp/report.time" "$tmp/report.test" -test.run '^$' -test.bench 'BenchmarkXLSXHolders$' -test.benchtime 1x) \
		>"$tmp/report.out" 2>&1 || { cat "$tmp/report.out" >&2; exit 1; }
	line=$(grep 'BenchmarkXLSXHolders' "$tmp/report.out" | tail -1 | tr -s ' \t' ' ')
	echo "| XLSX of 1M holder rows (internal/report BenchmarkXLSXHolders) | ${line#*1 } | < 500 MB peak | | process peak $(maxrss "$tmp/report.time") (the 1M-holder report itself included) |" >>"$tmp/table"
fi

echo "ownership graph and rules at 1M companies..." >&2
(cd internal/ownership && /usr/bin/time -v -o "$tmp/graph.time" "$tmp/ownership.test" -test.run '^$' -test.bench 'BenchmarkGraph1M$' -test.benchtime 1x) \
	>"$tmp/graph.out" 2>&1 || { cat "$tmp/graph.out" >&2; exit 1; }
graph=$(grep -E '^(graph|cycles|50% rule|look-through):' "$tmp/graph.out" | sed 's/|/\\|/g' | paste -sd ';' - | sed 's/;/; /g')
echo "| ownership graph of 1M companies (internal/ownership BenchmarkGraph1M) | $graph | seconds, bounded memory | | process peak $(maxrss "$tmp/graph.time") |" >>"$tmp/table"
(cd internal/rules && /usr/bin/time -v -o "$tmp/rules.time" "$tmp/rules.test" -test.run '^$' -test.bench 'BenchmarkEvaluate1M$' -test.benchtime 1x) \
	>"$tmp/rules.out" 2>&1 || { cat "$tmp/rules.out" >&2; exit 1; }
line=$(grep '^evaluate:' "$tmp/rules.out" | head -1)
echo "| every rule over 1M companies and ~2M ownership rows (internal/rules BenchmarkEvaluate1M) | ${line#evaluate: } | seconds, bounded memory | | process peak $(maxrss "$tmp/rules.time") (the generated facts included) |" >>"$tmp/table"

echo "demo..." >&2
demo_rc=0
(cd "$tmp" && /usr/bin/time -v -o "$tmp/demo.time" "$tmp/audit" demo >"$tmp/demo.out" 2>"$tmp/demo.err") || demo_rc=$?
echo "| audit demo (embedded chain, fixtures, every report format) | $(wall "$tmp/demo.time") wall, exit $demo_rc | | | peak $(maxrss "$tmp/demo.time") |" >>"$tmp/table"

cat "$tmp/table"
