#!/usr/bin/env bash
# Issue 6 follow-up (session 2): OGC items against MapServer's WFS in the same run, and the densest
# z8 tile built (cache off) and cached. Two BorderMap Release servers over the same database:
#   $BM       Tiles:MemoryCache=true (default)      — OGC items, cached tile
#   $BM_COLD  Tiles:MemoryCache=false               — every tile request builds the tile
# (bench/RESULTS.md, "Tile cells and OGC items (issue 6, session 2)", has the set-up.)
# Knobs: ROUNDS (WFS/OAPIF pairs, default 2), SKIP_POINTS_TILE=1 (leave out the slow date-filtered tile).
set -euo pipefail
PEERS=${PEERS:-$(cd "$(dirname "$0")/../../../shared/bench/peers" && pwd)}
BM=${BM:-http://127.0.0.1:5197}
BM_COLD=${BM_COLD:-http://127.0.0.1:5198}
export BENCH_QUIET_WAIT=${BENCH_QUIET_WAIT:-120}
cd "$PEERS"
uptime
for round in $(seq "${ROUNDS:-2}"); do
  echo "## round $round: MapServer WFS 2.0 GeoJSON"; ./bench-wfs.sh
  # BorderMap's temporal property is the incident's day: the month is given as days (closed interval).
  echo "## round $round: BorderMap OAPIF items"; MONTH=2020-06-01/2020-06-30 TIME_PROP=date ./bench-oapif.sh "$BM/ogc/collections/incidents/items"
  uptime
done
tile="LON=69.6094 LAT=38.2727 ZOOMS=8 LAYER=incidents"
echo "## z8 tile, built every request from the cells"; env $tile ./bench-mvt.sh "$BM_COLD/tiles/incidents/{z}/{x}/{y}.pbf"
echo "## z8 tile, from the memory cache"; env $tile ./bench-mvt.sh "$BM/tiles/incidents/{z}/{x}/{y}.pbf"
# A date filter is not kept by the cells: the same tile from the points, for reference (seconds a build).
[ -n "${SKIP_POINTS_TILE:-}" ] && { uptime; exit 0; }
echo "## z8 tile with from=2015-01-01, built every request from the points"; env $tile SEQ_RUNS=3 ./bench-mvt.sh "$BM_COLD/tiles/incidents/{z}/{x}/{y}.pbf?from=2015-01-01"
uptime
