#!/usr/bin/env bash
# GeoPackage export of every incident: `bordermap export gpkg` beside `ogr2ogr -f GPKG` reading the
# same table, one after the other in the same sitting, each under /usr/bin/time -v.
#   BORDERMAP_DB='Host=127.0.0.1;Port=55432;Username=postgres;Database=bm_tiles' bench/gpkg/run.sh [runs]
# BEFORE_DLL=…/bordermap.dll adds a third tool, another build of the CLI (e.g. of an older commit).
# Reads only; the BorderMap schema must already be migrated in that database (the CLI would migrate it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-1}"
out="${BENCH_OUT:-/var/tmp/bench-gpkg}"
: "${BORDERMAP_DB:?set BORDERMAP_DB to the database holding the incidents}"
pg="$(sed -E 's/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/; s/;/ /g' <<<"$BORDERMAP_DB")"
mkdir -p "$out"
dotnet build "$root/src/BorderMap.Cli/BorderMap.Cli.csproj" -c Release --nologo -v q "-clp:ErrorsOnly;NoSummary" >&2
cli="$root/src/BorderMap.Cli/bin/Release/net10.0/bordermap.dll"

# ExportIncidents.sql's columns under the same names; straight from the table ogr2ogr fails on the
# text[] columns (NOT NULL constraint failed: tags).
sql="SELECT id, occurred_on AS date,
  CASE time_precision WHEN 1 THEN 'day' WHEN 2 THEN 'week' ELSE 'month' END AS time_precision,
  event_type, sub_event_type, fatalities, injured, place_name, admin1, admin2, country::text AS country,
  geo_precision, confidence, border_side::text AS border_side, border_distance_m, border_segment_id,
  source, source_url, published_at, synthetic, updated_at, geom
FROM incidents WHERE status = 'active' ORDER BY id"

measure() { # name, command...
  local name="$1"; shift
  /usr/bin/time -v -o "$out/$name.time" "$@" >"$out/$name.log" 2>&1
  local wall cpu rss
  wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/$name.time")"
  cpu="$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$out/$name.time")"
  rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/$name.time")"
  printf '%-10s wall %s  cpu %s s  peak RSS %d MB  file %d MB  load %s\n' "$name" "$wall" "$cpu" $((rss / 1024)) \
    $(( $(stat -c %s "$out/$name.gpkg") / 1048576 )) "$(cut -d' ' -f1-3 /proc/loadavg)"
}

echo "before: $(uptime)"
for i in $(seq "$runs"); do
  rm -f "$out"/*.gpkg
  if [[ -n "${BEFORE_DLL:-}" ]]; then measure before dotnet "$BEFORE_DLL" export gpkg -o "$out/before.gpkg"; fi
  measure bordermap dotnet "$cli" export gpkg -o "$out/bordermap.gpkg"
  measure ogr2ogr ogr2ogr -f GPKG "$out/ogr2ogr.gpkg" PG:"$pg" -nln incidents -sql "$sql"
done
echo "after: $(uptime)"
