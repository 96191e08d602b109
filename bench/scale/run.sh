#!/usr/bin/env bash
# Scale benchmark (issue 19): reads/s through HAProxy with one and with two API nodes of
# `bordermap layout` (primary + streaming replica + worker), and the replica's lag under a write
# burst. Uses its own database (bench_scale) in the checkout's private cluster, with the sample
# incidents: what is measured is the API tier and the proxy, not PostgreSQL's scans.
#
#   bench/scale/run.sh                 # RUNS=3 DURATION=20 CONNECTIONS=32 BURST=200000
#
# Prints one line per run; the lag sampler prints the largest replay lag seen during the burst.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
runs=${RUNS:-3} duration=${DURATION:-20} connections=${CONNECTIONS:-32} burst=${BURST:-200000}
db=bench_scale
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

./bordermap migrate >/dev/null   # starts the private cluster; builds the CLI
dotnet build src/BorderMap.Server -c Release --nologo -v q "-clp:ErrorsOnly;NoSummary" >&2
# The private cluster's port and password (see BorderMap.Cluster); a fresh database for each run.
pg_port=$(sed -n 's/^port = //p' .data/pg/bordermap.conf)
export PGPASSWORD; PGPASSWORD=$(cat .data/pg.secret)
primary="host=127.0.0.1 port=$pg_port user=bordermap dbname=$db"
psql "host=127.0.0.1 port=$pg_port user=bordermap dbname=postgres" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

layout_pid=""
stop_layout() { [ -n "$layout_pid" ] && kill "$layout_pid" 2>/dev/null && wait "$layout_pid" 2>/dev/null; layout_pid=""; }
trap stop_layout EXIT
start_layout() { # $1: API nodes; sets port
  port=$(free_port)
  log=$(mktemp /tmp/bordermap-scale-layout.XXXXXX.log)
  dotnet src/BorderMap.Cli/bin/Release/net10.0/bordermap.dll layout --api-nodes "$1" --port "$port" --database "$db" --no-build >"$log" 2>&1 &
  layout_pid=$!
  for _ in $(seq 240); do grep -q "BorderMap layout is running" "$log" && return 0; sleep 1; done
  echo "the layout did not start; its output: $log" >&2; exit 1
}

for run in $(seq "$runs"); do
  for nodes in 1 2; do
    start_layout "$nodes"
    wrk -t2 -c"$connections" -d5s -s bench/scale/reads.lua "http://127.0.0.1:$port" >/dev/null   # warm-up: caches, JIT, pools
    load=$(cut -d' ' -f1 /proc/loadavg)
    rps=$(wrk -t2 -c"$connections" -d"${duration}s" -s bench/scale/reads.lua "http://127.0.0.1:$port" | awk '/Requests\/sec/ {print $2}')
    echo "run $run: $nodes API node(s): $rps reads/s through HAProxy (load average before: $load)"
    stop_layout
  done
done

# The write burst: a bulk COPY of synthetic incidents on the primary while the replica streams.
start_layout 1
sample() {
  while :; do
    psql "$primary" -Atc "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), coalesce(extract(epoch FROM replay_lag), 0) FROM pg_stat_replication" 2>/dev/null
    sleep 0.1
  done
}
sample >/tmp/bordermap-scale-lag.txt &
sampler=$!
start=$(date +%s.%N)
BORDERMAP_DB="Host=127.0.0.1;Port=$pg_port;Username=bordermap;Password=$PGPASSWORD;Database=$db" \
  dotnet src/BorderMap.Cli/bin/Release/net10.0/bordermap.dll seed --synthetic "$burst" --seed 19 >/dev/null
end=$(date +%s.%N)
sleep 3
kill "$sampler"
python3 - "$start" "$end" "$burst" <<'PY'
import sys
start, end, burst = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
rows = [l.split("|") for l in open("/tmp/bordermap-scale-lag.txt") if "|" in l]
bytes_behind = max(float(r[0] or 0) for r in rows)
lag = max(float(r[1] or 0) for r in rows)
print(f"write burst: {burst} incidents by binary COPY in {end - start:.1f} s; replica at most {bytes_behind / 1e6:.1f} MB and {lag:.2f} s behind ({len(rows)} samples)")
PY
