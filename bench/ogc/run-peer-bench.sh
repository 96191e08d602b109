#!/usr/bin/env bash
# Issue 6 benchmarks, run by hand (never in CI): BorderMap beside MapServer 8 over the same
# 1,000,000 points in the peer harness's PostGIS (../shared/bench/peers, 127.0.0.1:55432 db peer).
# BorderMap's schema lives in schema ogc_bench of that database (load-peer-incidents.sql) and the
# Release server must be serving on $BM (see bench/RESULTS.md, "GIS outputs (issue 6)").
set -euo pipefail
PEERS=${PEERS:-$(cd "$(dirname "$0")/../../../shared/bench/peers" && pwd)}
BM=${BM:-http://127.0.0.1:5190}
export BENCH_QUIET_WAIT=${BENCH_QUIET_WAIT:-120}
cd "$PEERS"
echo "## MapServer OAPIF items"; ./bench-oapif.sh
# BorderMap's temporal property is the incident's day: the month is given as days (closed interval).
echo "## BorderMap OAPIF items"; MONTH=2020-06-01/2020-06-30 TIME_PROP=date ./bench-oapif.sh "$BM/ogc/collections/incidents/items"
echo "## MapServer WFS 2.0 GeoJSON"; ./bench-wfs.sh
# The densest z8 tile of the 1M points (177/98, 251,252 points).
echo "## BorderMap z8 tile"; LON=69.6094 LAT=38.2727 ZOOMS=8 LAYER=incidents ./bench-mvt.sh "$BM/tiles/incidents/{z}/{x}/{y}.pbf"
