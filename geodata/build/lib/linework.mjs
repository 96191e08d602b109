// Measuring, snapping to and cutting the border line. Distances along the line
// are geodesic metres from its western end (the Uzbek tripoint); segments and
// crossings are located by that measure, so they stay consistent with each other.
import { geodesicDistance, geodesicInterpolate, nearestOnSegment } from './geodesy.mjs';

const round5 = (x) => Math.round(x * 1e5) / 1e5;

/** A measured polyline: coords plus the cumulative geodesic distance at each vertex. */
export function measure(coords) {
  const at = [0];
  for (let i = 1; i < coords.length; i++) at.push(at[i - 1] + geodesicDistance(coords[i - 1], coords[i]));
  return { coords, at, length: at[at.length - 1] };
}

/** Nearest point of the line to p: { point, along, metres } with geodesic metres. */
export function snapToLine(line, p) {
  let best = null;
  for (let i = 1; i < line.coords.length; i++) {
    const n = nearestOnSegment(p, line.coords[i - 1], line.coords[i]);
    if (!best || n.metres < best.metres) best = { ...n, i };
  }
  const a = line.coords[best.i - 1];
  const along = line.at[best.i - 1] + geodesicDistance(a, best.point);
  return { point: best.point, along, metres: geodesicDistance(p, best.point) };
}

/**
 * 'left' or 'right' of the line's direction (Tajikistan is on the left, Afghanistan on the
 * right), judged in a local plane against the nearest segment, or, for a point nearest to a
 * vertex, against both segments that meet there: where the line turns left the left side is
 * the wedge left of both, where it turns right it is everything left of either.
 */
export function sideOfLine(line, p) {
  let best = null;
  for (let i = 1; i < line.coords.length; i++) {
    const n = nearestOnSegment(p, line.coords[i - 1], line.coords[i]);
    if (!best || n.metres < best.n.metres) best = { n, i };
  }
  const k = Math.cos((p[1] * Math.PI) / 180);
  const cross = (a, b, q) => (b[0] - a[0]) * k * (q[1] - a[1]) - (b[1] - a[1]) * (q[0] - a[0]) * k;
  const { n, i } = best;
  const c = line.coords;
  const atVertex = n.t === 0 ? i - 1 : n.t === 1 ? i : -1;
  if (atVertex > 0 && atVertex < c.length - 1) {
    const [a, v, b] = [c[atVertex - 1], c[atVertex], c[atVertex + 1]];
    const leftOfFirst = cross(a, v, p) > 0, leftOfSecond = cross(v, b, p) > 0;
    const turnsLeft = cross(a, v, b) > 0;
    return (turnsLeft ? leftOfFirst && leftOfSecond : leftOfFirst || leftOfSecond) ? 'left' : 'right';
  }
  return cross(c[i - 1], c[i], p) > 0 ? 'left' : 'right';
}

/** Beyond this, snapToLine's local plane is too distorted to pick the nearest segment (~1 km off at 350 km). */
const LOCAL_PLANE_MAX_M = 100_000;

const CHUNK_VERTICES = 32;

/**
 * Geodesic metres from p to the nearest point of the line, valid at any distance (a capital on
 * the other side of the world included). Near the line this is snapToLine's answer. Farther
 * away the line is cut into chunks of CHUNK_VERTICES; no point of a chunk from a to b can be
 * nearer than (d(a) + d(b) - length(a..b)) / 2 (triangle inequality), so only chunks whose
 * bound beats the nearest chunk end are measured vertex by vertex, and the segments next to
 * the nearest vertices are searched by golden section on geodesics.
 */
export function distanceToLine(line, p) {
  const near = snapToLine(line, p);
  if (near.metres <= LOCAL_PLANE_MAX_M) return near.metres;
  const { coords, at } = line;
  const ends = [];
  for (let i = 0; i < coords.length - 1; i += CHUNK_VERTICES) ends.push(i);
  ends.push(coords.length - 1);
  const d = new Map(ends.map((i) => [i, geodesicDistance(p, coords[i])]));
  const bound = Math.min(...d.values());
  for (let c = 1; c < ends.length; c++) {
    const [a, b] = [ends[c - 1], ends[c]];
    if ((d.get(a) + d.get(b) - (at[b] - at[a])) / 2 > bound) continue;
    for (let i = a + 1; i < b; i++) d.set(i, geodesicDistance(p, coords[i]));
  }
  // A point inside a segment is at least (nearer end's distance - half the segment) away;
  // segments are tried nearest first, so the bound soon rules out the rest.
  const candidates = [];
  for (let i = 1; i < coords.length; i++) {
    const lower = Math.min(d.get(i - 1) ?? Infinity, d.get(i) ?? Infinity) - (at[i] - at[i - 1]) / 2;
    if (lower < Infinity) candidates.push({ i, lower });
  }
  candidates.sort((x, y) => x.lower - y.lower || x.i - y.i);
  let best = Math.min(...d.values());
  for (const { i, lower } of candidates) {
    if (lower >= best) break;
    best = Math.min(best, nearestOnGeodesicSegment(p, coords[i - 1], coords[i]));
  }
  return best;
}

/** Minimum geodesic distance from p to the geodesic a–b, by golden-section search on the fraction. */
function nearestOnGeodesicSegment(p, a, b) {
  const at = (t) => geodesicDistance(p, geodesicInterpolate(a, b, t));
  const g = (Math.sqrt(5) - 1) / 2;
  let lo = 0, hi = 1;
  let x1 = hi - g * (hi - lo), x2 = lo + g * (hi - lo), f1 = at(x1), f2 = at(x2);
  for (let k = 0; k < 32; k++) {
    if (f1 <= f2) { hi = x2; x2 = x1; f2 = f1; x1 = hi - g * (hi - lo); f1 = at(x1); }
    else { lo = x1; x1 = x2; f1 = f2; x2 = lo + g * (hi - lo); f2 = at(x2); }
  }
  return Math.min(f1, f2, geodesicDistance(p, a), geodesicDistance(p, b));
}

/** Point at a distance along the line, rounded to the source's 5 decimals. */
export function pointAt(line, along) {
  if (along <= 0) return line.coords[0];
  if (along >= line.length) return line.coords[line.coords.length - 1];
  let i = 1;
  while (line.at[i] < along) i++;
  const a = line.coords[i - 1], b = line.coords[i];
  const f = (along - line.at[i - 1]) / (line.at[i] - line.at[i - 1]);
  return geodesicInterpolate(a, b, f).map(round5);
}

/**
 * The part of the line between two distances. Cut points are rounded once and
 * shared by the neighbouring pieces, so consecutive pieces meet exactly.
 */
export function slice(line, from, to, fromPoint = pointAt(line, from), toPoint = pointAt(line, to)) {
  const inner = [];
  for (let i = 0; i < line.coords.length; i++) if (line.at[i] > from && line.at[i] < to) inner.push(line.coords[i]);
  const out = [fromPoint, ...inner, toPoint];
  return out.filter((c, i) => i === 0 || c[0] !== out[i - 1][0] || c[1] !== out[i - 1][1]);
}

/** Points every `step` metres along the line (including both ends), with their measure. */
export function samples(line, step) {
  const out = [];
  for (let d = 0; d < line.length; d += step) out.push({ along: d, point: pointAt(line, d) });
  out.push({ along: line.length, point: line.coords[line.coords.length - 1] });
  return out;
}
