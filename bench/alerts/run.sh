#!/usr/bin/env bash
# CheckAlerts benchmark (bench/RESULTS.md, issue 5): 1,000 rules over the checkout's database of
# 1,000,000 synthetic incidents (./bordermap seed --synthetic 1000000 --seed 42 first).
#   1. first evaluation of every rule (each rule new: evaluated_at cleared, its alerts deleted), RUNS times
#   2. steady state: NEW synthetic incidents inserted, then a check, RUNS times
# The server runs in the api role (no worker: no scheduled check or reprocess competes), with a
# lookback that reaches back to 2025, the last year of the synthetic data.
# Usage: bench/alerts/run.sh [RUNS=3] [NEW=500]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; root="$(cd "$here/../.." && pwd)"
runs=${1:-3}; new=${2:-500}; port=${PORT:-5391}; url="http://127.0.0.1:$port"
cd "$root"
./bordermap migrate >/dev/null
export PGPASSWORD="$(cat .data/pg.secret)"
pgport=$(awk '/^port/ {print $3}' .data/pg/bordermap.conf)
sql() { psql -X -q -At -h 127.0.0.1 -p "$pgport" -U bordermap -d bordermap "$@"; }
[ "$(sql -c 'SELECT count(*) >= 1000000 FROM incidents WHERE synthetic')" = t ] || { echo "seed 1,000,000 synthetic incidents first" >&2; exit 1; }

key=$(./bordermap keys create --role admin --name "alert-bench-$$" | tail -1)
dotnet build src/BorderMap.Server -c Release --nologo -v q "-clp:ErrorsOnly;NoSummary" >&2
dotnet src/BorderMap.Server/bin/Release/net10.0/BorderMap.Server.dll --urls "$url" --role api \
    --Alerts:LookbackDays $(( ( $(date +%s) - $(date -d 2025-01-01 +%s) ) / 86400 )) >/tmp/alert-bench-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -fs "$url/readyz" >/dev/null; do sleep 1; done

rules=$(sql -c "SELECT count(*) FROM alert_rules WHERE deleted_at IS NULL AND name LIKE 'bench rule %'")
if [ "$rules" -lt 1000 ]; then
    sql -c "UPDATE alert_rules SET deleted_at = now(), enabled = false WHERE name LIKE 'bench rule %'"
    BORDERMAP_KEY="$key" python3 "$here/rules.py" "$url" 1000
fi

check() {  # prints: seconds, rules, windows, created, Server-Timing
    local headers; headers=$(mktemp)
    local seconds; seconds=$(curl -s -o /tmp/alert-bench-check.json -D "$headers" -w '%{time_total}' -X POST -H "Authorization: Bearer $key" "$url/api/v1/alerts:check")
    python3 -c "import json,sys; d=json.load(open('/tmp/alert-bench-check.json')); print(f\"{float(sys.argv[1]):.2f} s  rules {d['rulesEvaluated']}  windows {d['windowsEvaluated']}  alerts {len(d['created'])}  \", end='')" "$seconds"
    grep -i '^server-timing' "$headers" | tr -d '\r'; rm -f "$headers"
}

echo "== $(date -u +%FT%TZ), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
    sql -c "DELETE FROM alerts WHERE rule_id IN (SELECT id FROM alert_rules WHERE name LIKE 'bench rule %'); UPDATE alert_rules SET evaluated_at = NULL, last_alert_at = NULL WHERE name LIKE 'bench rule %'"
    echo -n "first evaluation $i: "; check
done
for i in $(seq "$runs"); do
    sql -v n="$new" -f "$here/new-incidents.sql"
    echo -n "steady state $i ($new new incidents): "; check
done
echo -n "no change: "; check
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
sql -c "DELETE FROM incidents WHERE created_by = 'alert-bench'" >/dev/null
