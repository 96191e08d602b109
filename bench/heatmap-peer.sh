#!/usr/bin/env bash
# Heatmap benchmark, BorderMap beside MapServer 8 in the same run over the same 1,000,000 points.
# Prerequisites (see bench/RESULTS.md, "Analytics (issue 7)"): the peer harness's cluster and
# MapServer are up (../shared/bench/peers: setup-postgis.sh, load-synthetic.sh 1000000,
# mapserver-up.sh); BorderMap's schema is migrated into a database of that cluster (db peer, or
# one of its own such as bm_heatmap holding a copy of bench.incidents) and
# bench/peer-copy-incidents.sql has copied bench.incidents into BorderMap's incidents there; a
# Release BorderMap server (--role api, so no background reprocessing) serves that database
# (BORDERMAP_DB) on $BM_URL.
#   bench/heatmap-peer.sh [PEER_DIR]      env: BM_URL (http://127.0.0.1:5091), RUNS (20),
#                                         SKIP_PEER=1 to measure BorderMap alone
set -euo pipefail
# The shared folder sits beside the checkout: ../shared from the repository's root.
peers=${1:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/../shared/bench/peers"}
bm=${BM_URL:-http://127.0.0.1:5091}
RUNS=${RUNS:-20}
. "$peers/env.sh"
. "$peers/lib-bench.sh"

if [ -z "${SKIP_PEER:-}" ]; then
  LAYERS=heatmap_grid "$peers/bench-heatmap.sh" || true
  LAYERS=heatmap "$peers/bench-heatmap.sh" || true
fi

# BorderMap: the same square box as the WMS request (lon 67.3–75.0, lat 33.65–41.35), all of 2024
# (the peer's 11 years compressed into one, bench/peer-copy-incidents.sql), quartic, 10 km radius.
bench_bm() {  # label, query
  local label=$1 url="$bm/api/v1/analytics/heatmap?bbox=67.3,33.65,75.0,41.35&from=2024-01-01&to=2024-12-31&radiusM=10000&$2"
  local tmp; tmp=$(mktemp -d)
  curl -sS -o "$tmp/body" -D "$tmp/head" "$url" >/dev/null   # warm-up
  "$peers/check-response.py" png "$tmp/body" >/dev/null || { echo "RESULT $label FAILED: not a valid PNG"; return 1; }
  wait_quiet
  : > "$tmp/times"; : > "$tmp/read"; : > "$tmp/kde"; : > "$tmp/wait"
  for _ in $(seq 1 "$RUNS"); do
    curl -sS -o "$tmp/body" -D "$tmp/head" -w '%{time_total}\n' "$url" | awk '{printf "%.1f\n", $1*1000}' >> "$tmp/times"
    for part in read kde wait; do
      grep -i '^server-timing' "$tmp/head" | sed -E "s/.*$part;dur=([0-9.]+).*/\\1/" >> "$tmp/$part"
    done
  done
  med() { sort -n "$1" | awk '{v[NR]=$1} END{print (NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2}'; }
  printf 'RESULT %-40s median_ms=%s min_ms=%s max_ms=%s read_median_ms=%s kde_median_ms=%s wait_median_ms=%s runs=%d (idle before %s%%)\n' \
    "$label" "$(med "$tmp/times")" "$(sort -n "$tmp/times" | head -1)" "$(sort -n "$tmp/times" | tail -1)" \
    "$(med "$tmp/read")" "$(med "$tmp/kde")" "$(med "$tmp/wait")" "$RUNS" "$QUIET_IDLE"
  rm -rf "$tmp"
}
bench_bm "bordermap heatmap 1024x1024 PNG" "width=1024&height=1024&format=png"
bench_bm "bordermap heatmap 512x512 PNG" "width=512&height=512&format=png"
