#!/usr/bin/env python3
"""A fixed, reproducible sequence of bboxes, one per request, as a QGIS user panning over the
hotspots sends them: each a 0.2° x 0.16° box (the harness's Kunduz box) around one of the 40
hotspots (bench/hotspots.csv, chosen uniformly), moved by up to ±0.15° lon and ±0.12° lat.
Writes one request path per line, the bbox put into TEMPLATE's {x0} {y0} {x1} {y1}.
  fresh-bboxes.py TEMPLATE COUNT [SEED] > paths.txt
"""
import csv
import os
import random
import sys

template, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "hotspots.csv")) as f:
    hotspots = [(float(r["lon"]), float(r["lat"])) for r in csv.DictReader(f)]
for _ in range(count):
    lon, lat = rng.choice(hotspots)
    cx, cy = lon + rng.uniform(-0.15, 0.15), lat + rng.uniform(-0.12, 0.12)
    x0, y0, x1, y1 = (f"{v:.5f}" for v in (cx - 0.1, cy - 0.08, cx + 0.1, cy + 0.08))
    print(template.replace("{x0}", x0).replace("{y0}", y0).replace("{x1}", x1).replace("{y1}", y1))
