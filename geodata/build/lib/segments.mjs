// Named border segments. Without district polygons in the sources, the district
// a stretch of border "faces" is approximated on each side by the nearest admin2
// seat (a Voronoi split around the seats). The line is sampled every SAMPLE_M,
// runs of the same (TJ unit, AF unit) pair become pieces, pieces shorter than
// MIN_M are absorbed by a neighbour and pieces longer than MAX_M are cut into
// equal parts, so every segment is MIN_M..MAX_M long (except where one pair
// covers less than MIN_M of the whole line).
import { geodesicDistance } from './geodesy.mjs';
import { pointAt, samples, slice, measure } from './linework.mjs';

export const SAMPLE_M = 500;
export const MIN_M = 10_000;
export const MAX_M = 40_000;

const shortName = (name) => name.replace(/^Nohiyai\s+/, '').replace(/\s+(District|Rayon|Region)$/, '');
const numericId = (code) => Number(code.split('.')[2]);

/** One unit per seat: the Soviet-era and current GeoNames records of a district share a seat; keep the newer (higher id). */
function facingUnits(areas, country) {
  const bySeat = new Map();
  for (const u of areas) {
    if (u.level !== 2 || !u.seat || !u.code.startsWith(country)) continue;
    const prev = bySeat.get(u.seat.record.geonameId);
    if (!prev || numericId(u.code) > numericId(prev.code)) bySeat.set(u.seat.record.geonameId, u);
  }
  return [...bySeat.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

function nearest(units, p) {
  let best = null, bestD = Infinity;
  for (const u of units) {
    const d = geodesicDistance(p, [u.seat.record.longitude, u.seat.record.latitude]);
    if (d < bestD) { bestD = d; best = u; }
  }
  return best;
}

function absorbShort(pieces) {
  for (;;) {
    const short = pieces.filter((p) => p.to - p.from < MIN_M);
    if (short.length === 0 || pieces.length === 1) return pieces;
    const p = short.reduce((a, b) => (b.to - b.from < a.to - a.from ? b : a));
    const i = pieces.indexOf(p);
    const prev = pieces[i - 1], next = pieces[i + 1];
    const shares = (n) => (n ? (n.tj === p.tj) + (n.af === p.af) : -1);
    const len = (n) => (n ? n.to - n.from : -1);
    const into = !next || (prev && (shares(prev) > shares(next) || (shares(prev) === shares(next) && len(prev) >= len(next)))) ? prev : next;
    into.from = Math.min(into.from, p.from);
    into.to = Math.max(into.to, p.to);
    pieces.splice(i, 1);
  }
}

/** Segments as GeoJSON features, west to east, ids seg-01… */
export function borderSegments(line, areas) {
  const tjUnits = facingUnits(areas, 'TJ');
  const afUnits = facingUnits(areas, 'AF');
  let pieces = [];
  for (const s of samples(line, SAMPLE_M)) {
    const tj = nearest(tjUnits, s.point), af = nearest(afUnits, s.point);
    const last = pieces[pieces.length - 1];
    if (last && last.tj === tj && last.af === af) last.to = s.along;
    else {
      if (last) last.to = s.along;
      pieces.push({ tj, af, from: last ? s.along : 0, to: s.along });
    }
  }
  pieces[pieces.length - 1].to = line.length;
  pieces = pieces.filter((p) => p.to > p.from);
  pieces = absorbShort(pieces);
  // Absorbing a short piece can leave two neighbours with the same pair; join them.
  pieces = pieces.reduce((acc, p) => {
    const last = acc[acc.length - 1];
    if (last && last.tj === p.tj && last.af === p.af) last.to = p.to;
    else acc.push(p);
    return acc;
  }, []);

  const parts = [];
  for (const p of pieces) {
    const n = Math.ceil((p.to - p.from) / MAX_M);
    for (let k = 0; k < n; k++) {
      parts.push({ ...p, from: p.from + ((p.to - p.from) * k) / n, to: p.from + ((p.to - p.from) * (k + 1)) / n,
        part: n > 1 ? ` (${k + 1}/${n})` : '' });
    }
  }
  // Cut points are computed once so that neighbouring segments share them exactly.
  const cuts = [line.coords[0], ...parts.slice(1).map((p) => pointAt(line, p.from)), line.coords[line.coords.length - 1]];
  return parts.map((p, i) => {
    const coords = slice(line, p.from, p.to, cuts[i], cuts[i + 1]);
    return {
      type: 'Feature',
      properties: {
        id: `seg-${String(i + 1).padStart(2, '0')}`,
        name: `${shortName(p.tj.name)} – ${shortName(p.af.name)}${p.part}`,
        tj_admin2_code: p.tj.code, tj_admin2_name: p.tj.name,
        af_admin2_code: p.af.code, af_admin2_name: p.af.name,
        from_m: Math.round(p.from), to_m: Math.round(p.to), length_m: Math.round(measure(coords).length),
        method: 'nearest admin2 seat on each side',
      },
      geometry: { type: 'LineString', coordinates: coords },
    };
  });
}
