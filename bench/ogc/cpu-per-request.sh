#!/usr/bin/env bash
# CPU per request of the fresh-bbox series (run-fresh-bbox.sh), which a busy machine does not
# inflate the way it inflates wall time: the CPU ticks of the server's processes and of the peer
# cluster's PostgreSQL (postmaster, backends, and backends that ended) over one wrk run, divided by
# the requests wrk completed. 2,000 ms of CPU per second on this 2-core machine, so 2000 / (server +
# PostgreSQL ms per request) is the throughput both cores could give if nothing else ran (wrk aside).
#   bench/ogc/cpu-per-request.sh SERIES...     SERIES: oapif wfs bm wfs-fes bm-cql; env BM (http://127.0.0.1:5190)
# Uses lines 100000 on of each sequence, which run-fresh-bbox.sh never sends.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
PEERS=${PEERS:-$(cd "$here/../../../shared/bench/peers" && pwd)}
BM=${BM:-http://127.0.0.1:5190}
MS=http://127.0.0.1:8081
. "$PEERS/env.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
ticks() {  # user+system ticks of these pids, children that ended included
  local sum=0 p
  for p in "$@"; do [ -r "/proc/$p/stat" ] && sum=$((sum + $(awk '{print $14+$15+$16+$17}' "/proc/$p/stat"))); done
  echo $sum
}
pg_pids() { local pm; pm=$(head -1 "$PEER_PGDATA/postmaster.pid"); echo "$pm" $(pgrep -P "$pm"); }
server_pids() {
  case $1 in
    bm*) ss -ltnp "sport = :${BM##*:}" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | sort -u ;;
    *) echo $(pgrep -x mapserv) $(pgrep -x lighttpd) ;;
  esac
}
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe="{}"))' "$1"; }
# The same templates as run-fresh-bbox.sh.
eval "$(sed -n '/^fes=/,/^declare -A label/p' "$here/run-fresh-bbox.sh" | sed '$d')"
hz=$(getconf CLK_TCK)
for s in "$@"; do
  python3 "$here/fresh-bboxes.py" "${template[$s]}" 120000 > "$tmp/paths"
  pids="$(server_pids "$s") $(pg_pids)"
  s0=$(ticks $(server_pids "$s")); p0=$(ticks $(pg_pids))
  wrk -t2 -c16 -d10s --timeout 30s -H 'Accept: application/geo+json' -s "$here/fresh-bbox.lua" "${host[$s]}" -- "$tmp/paths" 100000 2 > "$tmp/wrk"
  s1=$(ticks $(server_pids "$s")); p1=$(ticks $(pg_pids))
  n=$(awk '/requests in/{print $1}' "$tmp/wrk")
  awk -v s=$((s1 - s0)) -v p=$((p1 - p0)) -v n="$n" -v hz="$hz" -v name="$s" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN{
    sm = s * 1000 / hz / n; pm = p * 1000 / hz / n
    printf "CPU %-8s requests=%d server_ms=%.2f postgres_ms=%.2f total_ms=%.2f => %.0f req/s on 2 idle cores (load %s)\n", name, n, sm, pm, sm + pm, 2000 / (sm + pm), load }'
done
