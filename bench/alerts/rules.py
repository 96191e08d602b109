#!/usr/bin/env python3
"""Creates N deterministic alert rules through the API for the CheckAlerts benchmark (bench/RESULTS.md).

Point buffers of 3-15 km around the synthetic hotspots (bench/hotspots.csv) with jitter, 1-2 event
types or all, windows of 1, 7 or 30 days, a fifth in rise-vs-baseline mode. Thresholds are set the
way a duty officer sets them: above what the area normally sees. The script asks the OGC items
endpoint how many incidents the buffer's bounding box held in the calibration year, scales that to
the rule's window and circle, and fires only k standard deviations above it (Poisson, k = 2-4), so
a rule alerts on unusual windows, not on every window.

Usage: BORDERMAP_KEY=bm_... bench/alerts/rules.py http://127.0.0.1:5391 1000 [calibration year, default 2025]
"""
import csv, json, math, os, random, sys, urllib.request

base, count = sys.argv[1], int(sys.argv[2])
year = int(sys.argv[3]) if len(sys.argv) > 3 else 2025
key = os.environ.get("BORDERMAP_KEY")
headers = {"Content-Type": "application/json"} | ({"Authorization": f"Bearer {key}"} if key else {})
here = os.path.dirname(os.path.abspath(__file__))
hotspots = list(csv.DictReader(open(os.path.join(here, "..", "hotspots.csv"))))
types = ["battles", "explosions_remote_violence", "violence_against_civilians", "strategic_developments"]
rng = random.Random(7)


def get(path):
    return json.load(urllib.request.urlopen(urllib.request.Request(base + path, headers=headers)))


def yearly_count(lon, lat, km, event_types):
    dlat = km / 111.32
    dlon = km / (111.32 * math.cos(math.radians(lat)))
    bbox = f"{lon - dlon:.5f},{lat - dlat:.5f},{lon + dlon:.5f},{lat + dlat:.5f}"
    query = f"/ogc/collections/incidents/items?bbox={bbox}&datetime={year}-01-01/{year}-12-31&limit=1"
    if not event_types:
        return get(query)["numberMatched"]
    return sum(get(query + f"&event_type={t}")["numberMatched"] for t in event_types)


for n in range(count):
    h = rng.choice(hotspots)
    lon, lat = float(h["lon"]) + rng.uniform(-0.1, 0.1), float(h["lat"]) + rng.uniform(-0.08, 0.08)
    km = rng.choice([3, 5, 10, 15])
    event_types = rng.sample(types, rng.choice([0, 1, 1, 2]))
    window_hours = rng.choice([24, 168, 720])
    sigmas = rng.choice([2, 3, 4])
    expected = yearly_count(lon, lat, km, event_types) * (math.pi / 4) * (window_hours / 24) / 365
    rule = {
        "name": f"bench rule {n} near {h['name']}",
        "area": {"geometry": {"type": "Point", "coordinates": [lon, lat]}, "bufferKm": km},
        "eventTypes": event_types,
        "minCount": max(2, math.ceil(expected + sigmas * math.sqrt(expected))),
        "windowHours": window_hours,
        "severity": rng.choice(["low", "medium", "high"]),
    }
    if n % 5 == 0:
        rule["baseline"] = {"windows": rng.choice([4, 8, 12]), "risePercent": rng.choice([50, 100, 200])}
    request = urllib.request.Request(base + "/api/v1/alert-rules", json.dumps(rule).encode(), headers)
    urllib.request.urlopen(request).read()
print(f"created {count} rules")
