#!/usr/bin/env bash
# OGC items with a new bbox on every request (issue 20): MapServer 8's OAPIF and WFS 2.0 and
# BorderMap's OGC API given the same fixed sequence of bboxes (fresh-bboxes.py), then the same with
# a filter of the same meaning on both (issue 16): MapServer WFS with an FES 2.0 filter, BorderMap
# with CQL2 text. Run by hand, never in CI; prerequisites as in bench/RESULTS.md, "Fresh bboxes".
#   bench/ogc/run-fresh-bbox.sh        env: BM (http://127.0.0.1:5190), ROUNDS (3), PEERS (../shared/bench/peers),
#                                           WRK_DURATION (15s), WRK_CONN (16), ONLY ("oapif wfs bm wfs-fes bm-cql")
# No request repeats within a run, nor across runs and warm-ups: round r sends lines r*20000 on,
# its warm-up lines 60000 + r*20000 on, so no response or count cache can answer.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
PEERS=${PEERS:-$(cd "$here/../../../shared/bench/peers" && pwd)}
BM=${BM:-http://127.0.0.1:5190}
MS=http://127.0.0.1:8081
ROUNDS=${ROUNDS:-3}
WRK_CONN=${WRK_CONN:-16}
WRK_DURATION=${WRK_DURATION:-15s}
ONLY=${ONLY:-"oapif wfs bm wfs-fes bm-cql"}
export BENCH_QUIET_WAIT=${BENCH_QUIET_WAIT:-120}
. "$PEERS/env.sh"
. "$PEERS/lib-bench.sh"
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe="{}"))' "$1"; }

fes="<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\"><fes:And>\
<fes:BBOX><fes:ValueReference>geom</fes:ValueReference><gml:Envelope srsName=\"urn:ogc:def:crs:EPSG::4326\">\
<gml:lowerCorner>{y0} {x0}</gml:lowerCorner><gml:upperCorner>{y1} {x1}</gml:upperCorner></gml:Envelope></fes:BBOX>\
<fes:PropertyIsEqualTo><fes:ValueReference>event_type</fes:ValueReference><fes:Literal>armed_clash</fes:Literal></fes:PropertyIsEqualTo>\
<fes:PropertyIsGreaterThanOrEqualTo><fes:ValueReference>fatalities</fes:ValueReference><fes:Literal>1</fes:Literal></fes:PropertyIsGreaterThanOrEqualTo>\
</fes:And></fes:Filter>"
# The peer's armed_clash is BorderMap's sub-event type of the same name (load-peer-incidents.sql).
cql="sub_event_type = 'armed_clash' AND fatalities >= 1"
wfs_base="/mapserv?map=INCIDENTS&SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=incidents&OUTPUTFORMAT=geojson&COUNT=100"
declare -A host=([oapif]=$MS [wfs]=$MS [wfs-fes]=$MS [bm]=$BM [bm-cql]=$BM)
declare -A template=(
  [oapif]="/mapserv/incidents/ogcapi/collections/incidents/items?bbox={x0},{y0},{x1},{y1}&limit=100"
  [wfs]="$wfs_base&BBOX={y0},{x0},{y1},{x1},urn:ogc:def:crs:EPSG::4326"
  [wfs-fes]="$wfs_base&FILTER=$(enc "$fes")")
template[bm]="/ogc/collections/incidents/items?bbox={x0},{y0},{x1},{y1}&limit=100"
template[bm-cql]="/ogc/collections/incidents/items?bbox={x0},{y0},{x1},{y1}&limit=100&filter-lang=cql2-text&filter=$(enc "$cql")"
declare -A label=([oapif]="MapServer OAPIF items (numberMatched)" [wfs]="MapServer WFS 2.0 GeoJSON" [bm]="BorderMap OGC items (numberMatched)"
  [wfs-fes]="MapServer WFS + FES filter" [bm-cql]="BorderMap OGC items + CQL2 filter (numberMatched)")

for s in $ONLY; do
  python3 "$here/fresh-bboxes.py" "${template[$s]}" 120000 > "$BENCH_TMP/$s.paths"
  # Check the first request before timing: HTTP 200 and GeoJSON features inside the bbox.
  read -r first < "$BENCH_TMP/$s.paths"
  bbox=$(python3 "$here/fresh-bboxes.py" '{x0},{y0},{x1},{y1}' 1)
  st=$(fetch "${host[$s]}$first" -H 'Accept: application/geo+json')
  echo "check $s: HTTP $st; $("$PEERS/check-response.py" geojson "$BENCH_TMP/body" --limit 100 --bbox "$bbox" || true)"
done

for r in $(seq 0 $((ROUNDS - 1))); do
  for s in $ONLY; do
    wait_quiet
    wrk -t2 -c"$WRK_CONN" -d3s --timeout 30s -H 'Accept: application/geo+json' -s "$here/fresh-bbox.lua" "${host[$s]}" \
      -- "$BENCH_TMP/$s.paths" $((60000 + r * 20000)) 2 > /dev/null
    wrk -t2 -c"$WRK_CONN" -d"$WRK_DURATION" --timeout 30s --latency -H 'Accept: application/geo+json' -s "$here/fresh-bbox.lua" "${host[$s]}" \
      -- "$BENCH_TMP/$s.paths" $((r * 20000)) 2 > "$BENCH_TMP/wrk.out"
    rps=$(awk '/^Requests\/sec:/{print $2}' "$BENCH_TMP/wrk.out")
    p50=$(to_ms "$(awk '$1=="50%"{print $2}' "$BENCH_TMP/wrk.out")"); p99=$(to_ms "$(awk '$1=="99%"{print $2}' "$BENCH_TMP/wrk.out")")
    reqs=$(awk '/requests in/{print $1}' "$BENCH_TMP/wrk.out")
    non2xx=$(awk '/Non-2xx or 3xx responses:/{print $NF}' "$BENCH_TMP/wrk.out")
    printf 'RESULT round %d %-48s req/s=%-8s p50_ms=%-8s p99_ms=%-8s requests=%s non2xx=%s (idle before %s%%, load %s)\n' \
      $((r + 1)) "${label[$s]}" "$rps" "$p50" "$p99" "$reqs" "${non2xx:-0}" "$QUIET_IDLE" "$(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
