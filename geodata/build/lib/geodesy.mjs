// Distances on the WGS84 ellipsoid. Lengths that we publish (border length,
// segment length_m, snapping distances) use GeographicLib's geodesics, because
// a spherical haversine is off by up to ~0.3 % at these latitudes.
// Nearest-point searches use a local equirectangular projection instead: it is
// exact enough over the few hundred metres a search covers and far cheaper.
import geodesicLib from 'geographiclib-geodesic';

const WGS84 = geodesicLib.Geodesic.WGS84;

/** Geodesic distance in metres between [lon, lat] points. */
export function geodesicDistance(a, b) {
  return WGS84.Inverse(a[1], a[0], b[1], b[0]).s12;
}

/** Geodesic length in metres of a list of [lon, lat] points. */
export function geodesicLength(coords) {
  let total = 0;
  for (let i = 1; i < coords.length; i++) total += geodesicDistance(coords[i - 1], coords[i]);
  return total;
}

/** Point at `fraction` (0..1) along the geodesic from a to b. */
export function geodesicInterpolate(a, b, fraction) {
  const line = WGS84.InverseLine(a[1], a[0], b[1], b[0]);
  const p = line.Position(line.s13 * fraction);
  return [p.lon2, p.lat2];
}

const M_PER_DEG_LAT = 110_574; // near 37° N; only used for local comparisons
const mPerDegLon = (lat) => 111_320 * Math.cos((lat * Math.PI) / 180);

/**
 * Nearest point on segment a–b to p in a local equirectangular frame centred on p.
 * Returns { point: [lon, lat], t, metres }, metres being approximate (< 0.1 % error
 * at sub-kilometre range); callers that publish a distance recompute it geodesically.
 */
export function nearestOnSegment(p, a, b) {
  const kx = mPerDegLon(p[1]);
  const ax = (a[0] - p[0]) * kx, ay = (a[1] - p[1]) * M_PER_DEG_LAT;
  const bx = (b[0] - p[0]) * kx, by = (b[1] - p[1]) * M_PER_DEG_LAT;
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : -(ax * dx + ay * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const x = ax + t * dx, y = ay + t * dy;
  return { point: [p[0] + x / kx, p[1] + y / M_PER_DEG_LAT], t, metres: Math.hypot(x, y) };
}
