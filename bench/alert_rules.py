#!/usr/bin/env python3
"""Creates N deterministic alert rules through the API for the CheckAlerts benchmark (bench/RESULTS.md).

Point buffers of 3-15 km around the synthetic hotspots (bench/hotspots.csv) with jitter, 1-2 event
types or all, thresholds and windows that a duty officer might set, a fifth in rise-vs-baseline mode.
Usage: bench/alert_rules.py http://127.0.0.1:5391 1000
"""
import csv, json, random, sys, urllib.request, os

base, count = sys.argv[1], int(sys.argv[2])
here = os.path.dirname(os.path.abspath(__file__))
hotspots = list(csv.DictReader(open(os.path.join(here, "hotspots.csv"))))
types = ["battles", "explosions_remote_violence", "violence_against_civilians", "strategic_developments"]
rng = random.Random(7)
for n in range(count):
    h = rng.choice(hotspots)
    rule = {
        "name": f"bench rule {n} near {h['name']}",
        "area": {"geometry": {"type": "Point", "coordinates": [float(h["lon"]) + rng.uniform(-0.1, 0.1), float(h["lat"]) + rng.uniform(-0.08, 0.08)]},
                 "bufferKm": rng.choice([3, 5, 10, 15])},
        "eventTypes": rng.sample(types, rng.choice([0, 1, 1, 2])),
        "minCount": rng.choice([10, 20, 40, 80]),
        "windowHours": rng.choice([24, 168, 720]),
        "severity": rng.choice(["low", "medium", "high"]),
    }
    # thresholds scale with the window so rules fire on flare-ups, not on every window
    rule["minCount"] = max(2, rule["minCount"] * rule["windowHours"] // 720)
    if n % 5 == 0:
        rule["baseline"] = {"windows": rng.choice([4, 8, 12]), "risePercent": rng.choice([100, 200, 300])}
    request = urllib.request.Request(base + "/api/v1/alert-rules", json.dumps(rule).encode(), {"Content-Type": "application/json"})
    urllib.request.urlopen(request).read()
print(f"created {count} rules")
