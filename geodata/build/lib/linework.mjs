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
