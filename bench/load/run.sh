#!/usr/bin/env bash
# Load benchmark (issue 8): mixed read traffic — tiles, incident lists, OGC items, heatmaps — from
# CONNECTIONS connections for DURATION seconds over 1,000,000 synthetic incidents, against a server
# configured as in production except for one documented setting: the load client's key, named
# "load-client", gets a per-key budget of LOAD_KEY_PER_MINUTE requests a minute
# (Access:KeyPerMinuteByName:load-client) instead of the default 6,000.
#
#   bench/load/run.sh
#
# Environment: CONNECTIONS (200), DURATION (60), WARMUP (10), TIMEOUT (30 s per request), SEED (42),
# LOAD_KEY_PER_MINUTE (600000), QUIET_WAIT (0: seconds to wait for an idle machine before starting),
# HEATMAP_PERMILLE (5: each of PNG and JSON heatmaps, per mille of requests),
# SERVER_ARGS (extra server settings, e.g. "--Limits:Analytics:Concurrent=1000" to switch the heavy
# queue off for a comparison). The checkout's private PostgreSQL cluster is used (./bordermap).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
connections=${CONNECTIONS:-200} duration=${DURATION:-60} warmup=${WARMUP:-10} timeout=${TIMEOUT:-30} seed=${SEED:-42}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

./bordermap migrate >/dev/null   # starts the private cluster; builds the CLI
dotnet build src/BorderMap.Server -c Release --nologo -v q "-clp:ErrorsOnly;NoSummary" >&2
dotnet build bench/load/BorderMap.Bench.Load -c Release --nologo -v q "-clp:ErrorsOnly;NoSummary" >&2

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
log=$(mktemp /tmp/bordermap-load-server.XXXXXX.log)
# Production settings (appsettings.json, Production environment, JSON logs at Information), but for the load key's budget.
# shellcheck disable=SC2086
(cd src/BorderMap.Server && exec dotnet bin/Release/net10.0/BorderMap.Server.dll --urls "$base" \
  "--Access:KeyPerMinuteByName:load-client=${LOAD_KEY_PER_MINUTE:-600000}" ${SERVER_ARGS:-} >"$log" 2>&1) &
server=$!
key_prefix=""
cleanup() {
  [ -n "$key_prefix" ] && ./bordermap keys revoke "$key_prefix" >/dev/null 2>&1 || true
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 120); do curl -sf "$base/readyz" >/dev/null && break; sleep 1; done
curl -sf "$base/readyz" >/dev/null || { echo "the server did not become ready; its log: $log" >&2; exit 1; }

# The server has loaded the geodata before the seed, so the synthetic rows carry the current
# gazetteer version and no reprocessing run competes with the load.
count() { curl -sf "$base/api/v1/analytics/timeline?from=1900-01-01&to=2100-12-31&interval=month" | python3 -c 'import json, sys; print(json.load(sys.stdin)["incidents"])'; }
incidents=$(count)
if [ "$incidents" -lt 1000000 ]; then
  echo "the database holds $incidents incidents; seeding 1,000,000 synthetic ones (seed 42)"
  ./bordermap seed --synthetic 1000000 --seed 42
  incidents=$(count)
fi

created=$(./bordermap keys create --role reader --name load-client)
key=$(printf '%s\n' "$created" | tail -1)
key_prefix=$(printf '%s\n' "$created" | sed -n 's/.*(prefix \([0-9a-f]*\)).*/\1/p')

if [ "${QUIET_WAIT:-0}" -gt 0 ]; then
  python3 - "$QUIET_WAIT" <<'EOF'
import sys, time
def idle():
    a = [int(x) for x in open('/proc/stat').readline().split()[1:]]
    time.sleep(2)
    b = [int(x) for x in open('/proc/stat').readline().split()[1:]]
    d = [y - x for x, y in zip(a, b)]
    return 100.0 * (d[3] + d[4]) / sum(d)
deadline = time.time() + int(sys.argv[1])
while (i := idle()) < 90 and time.time() < deadline:
    pass
print(f"idle {i:.0f} % when the load started")
EOF
fi

echo "server $base (log $log), $incidents incidents, commit $(git rev-parse --short HEAD)"
echo "before: $(uptime)"
status=0
dotnet bench/load/BorderMap.Bench.Load/bin/Release/net10.0/bordermap-load.dll --url "$base" --key "$key" \
  --connections "$connections" --duration "$duration" --warmup "$warmup" --timeout "$timeout" --seed "$seed" \
  --hotspots bench/hotspots.csv --heatmap-permille "${HEATMAP_PERMILLE:-5}" || status=$?
echo "after:  $(uptime)"
echo "server log: $(grep -c '"LogLevel":"Warning"' "$log") warnings, $(grep -c '"LogLevel":"Error"' "$log") errors, $(grep -c 'answered 503' "$log") answers 503"
exit $status
