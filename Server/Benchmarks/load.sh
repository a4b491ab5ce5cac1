#!/usr/bin/env bash
# Load on loopback with wrk: a 2 KB report (Samples/maximal.yaml) posted to /v1/check over
# 64 connections, two runs of SECONDS each (default 30), the server's resident memory read
# before, between and after. Usage: Server/Benchmarks/load.sh [SECONDS] [BINARY]
# (BINARY: default the release build, which this script makes).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
binary=${2:-}
if [[ -z $binary ]]; then
    swift build -c release --package-path Server --product gsz-server 2>&1 | tail -n 1
    binary=Server/.build/release/gsz-server
fi
export GSZ_REPORT=$PWD/Samples/maximal.yaml

log=$(mktemp)
out=$(mktemp)
# The server as deployed: one log line per request, here into a temporary file.
"$binary" --port 0 --log-level "${GSZ_LOG_LEVEL:-info}" >"$out" 2>"$log" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log" "$out"' EXIT
for _ in $(seq 100); do grep -q listening "$out" && break; sleep 0.1; done
url=$(sed -n 's/.*listening on //p' "$out")
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$pid/status"; }

echo "report: $(wc -c <"$GSZ_REPORT") bytes; server $binary at $url"
echo "RSS at start: $(rss)"
for run in 1 2; do
    wrk -t 2 -c 64 -d "${seconds}s" --latency -s Server/Benchmarks/post.lua "$url/v1/check" | tee "$out.wrk"
    requests=$(awk '/requests in/ {print $1}' "$out.wrk")
    echo "RSS after run $run ($requests requests): $(rss)"
    if grep -q "Non-2xx" "$out.wrk" || grep -q "Socket errors" "$out.wrk"; then
        echo "load: errors in run $run"
        exit 1
    fi
done
kill -TERM "$pid"
wait "$pid"
echo "load: server stopped with status $? after $(grep -c " request" "$log") log lines"
