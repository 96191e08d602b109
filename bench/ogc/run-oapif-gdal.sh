#!/usr/bin/env bash
# Issue 16: GDAL's OAPIF driver (the client QGIS's OGC API – Features provider shares its paging
# logic with) loading every incident of a running BorderMap, three runs each, with the machine's
# load before each run. bench/RESULTS.md, "GDAL's OAPIF driver loading 20,000 and 200,000", has
# the set-up and the figures.
#   bench/ogc/run-oapif-gdal.sh [BASE_URL]      (default http://127.0.0.1:5187)
# Knobs: RUNS (3), OUT (a scratch folder), PAGE_SIZES ("default 100 1000 10000": GDAL's page size, "default"
# = GDAL's own, 10 in GDAL 3.6), FILTER (the -where clause of the filtered run), SUMMARY=0 to leave out
# the ogrinfo -so runs and COUNTS=0 the request-counting pass (each pages through everything again).
set -euo pipefail
BASE=${1:-http://127.0.0.1:5187}
RUNS=${RUNS:-3}
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"
FILTER=${FILTER:-"event_type = 'battles' AND fatalities > 3"}
export NO_PROXY=127.0.0.1,localhost GDAL_HTTP_TIMEOUT=600

load() { cut -d' ' -f1-3 /proc/loadavg; }
rows() { ogrinfo -ro -so "$1" incidents 2>/dev/null | sed -n 's/^Feature Count: //p'; }
timed() { # label, output file, command...: prints seconds, the rows written and the load average before
  local label=$1 file=$2; shift 2
  local before; before=$(load)
  local start; start=$(date +%s.%N)
  "$@" >/dev/null 2>"$OUT/stderr" || { echo "FAIL $label: $(tail -3 "$OUT/stderr")"; return 1; }
  local end; end=$(date +%s.%N)
  printf 'RESULT %-44s %8.2f s  %7s rows  load before %s\n' "$label" "$(echo "$end - $start" | bc)" "$([ -n "$file" ] && rows "$file")" "$before"
}

total=$(curl -s "$BASE/ogc/collections/incidents/items?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("numberMatched"))')
echo "# $BASE: numberMatched $total; $(nproc) cores; $(date -u +%FT%TZ)"
if [ "${SUMMARY:-1}" != 0 ]; then
  echo "# ogrinfo -ro -so OAPIF:$BASE/ogc incidents"
  ogrinfo -ro -so "OAPIF:$BASE/ogc" incidents | grep -E '^(Feature Count|Geometry):'
fi
for run in $(seq "$RUNS"); do
  for size in ${PAGE_SIZES:-default 100 1000 10000}; do
    opts=(); [ "$size" = default ] || opts=(-oo "PAGE_SIZE=$size")
    timed "run $run ogr2ogr all, page $size" "$OUT/all-$run-$size.gpkg" ogr2ogr -f GPKG "$OUT/all-$run-$size.gpkg" "${opts[@]}" "OAPIF:$BASE/ogc" incidents
  done
  [ "${SUMMARY:-1}" = 0 ] || timed "run $run ogrinfo -so (summary)" "" ogrinfo -ro -so "OAPIF:$BASE/ogc" incidents
  timed "run $run ogr2ogr -where (server-side CQL2)" "$OUT/filtered-$run.gpkg" ogr2ogr -f GPKG "$OUT/filtered-$run.gpkg" "OAPIF:$BASE/ogc" incidents -where "$FILTER"
done
[ "${COUNTS:-1}" = 0 ] && exit 0
echo "# item requests of one load, per page size (GDAL --debug on):"
for size in ${PAGE_SIZES:-default 100 1000 10000}; do
  opts=(); [ "$size" = default ] || opts=(-oo "PAGE_SIZE=$size")
  echo "page $size: $(ogr2ogr --debug on -f GPKG "$OUT/debug-$size.gpkg" "${opts[@]}" "OAPIF:$BASE/ogc" incidents 2>&1 | grep -c 'items?')"
done
