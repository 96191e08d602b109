// Border villages and frontier posts that GeoNames cities500 lacks (../hand/villages.tsv).
// Unlike the other hand-written tables, a row carries a coordinate: the one its cited
// source states for that very place (never estimated). The build gives each row its
// border distance like a cities500 place's, checks that the point lies on its country's
// side of the line and inside the box of the border provinces, and reports how its
// stated district relates to the nearest district point, so a wrong district stands out.
import { byText, fixed } from './format.mjs';
import { distanceToLine, sideOfLine } from './linework.mjs';
import { geodesicDistance } from './geodesy.mjs';

/** Ids BorderMap gives its own places: far above any GeoNames id (those are below 20 million). */
export const OWN_ID_MIN = 900_000_001;
export const OWN_ID_MAX = 999_999_999;

const KINDS = { village: ['P', 'PPL'], post: ['S', 'PSTB'], site: ['S', 'ANS'] };
const SIDE = { TJ: 'left', AF: 'right' };
const URL = /^https?:\/\/\S+$/;
const DECIMAL = /^-?\d{1,3}\.\d{1,6}$/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

const list = (cell) => (cell === '' ? [] : cell.split('|').map((n) => n.trim()));

/** The ASCII form GeoNames would give: diacritics and modifier letters dropped. */
export const asciiName = (name) => name.normalize('NFD').replace(/[\p{M}\u02BB\u02BC\u2018\u2019]/gu, '');

/** Validated villages with their border distance and district; throws on the first bad row. */
export function villages(rows, { places, areas, line }) {
  const placeIds = new Set(places.map((p) => p.record.geonameId));
  const areaByCode = new Map(areas.map((u) => [u.code, u]));
  const ids = new Set();
  return rows.map((row, i) => {
    const where = `hand/villages.tsv row ${i + 1} (${row.id} ${row.name})`;
    const id = Number(row.id);
    if (!/^\d+$/.test(row.id) || id < OWN_ID_MIN || id > OWN_ID_MAX || ids.has(id) || placeIds.has(id)) {
      throw new Error(`${where}: id must be a number from ${OWN_ID_MIN} to ${OWN_ID_MAX}, used once`);
    }
    ids.add(id);
    if (!(row.kind in KINDS)) throw new Error(`${where}: kind ${row.kind} is not village, post or site`);
    if (!row.name || !LATIN.test(row.name)) throw new Error(`${where}: name must be a Latin-script name`);
    const alternates = list(row.alt_names);
    if (!alternates.every((n) => LATIN.test(n) && !CYRILLIC.test(n))) throw new Error(`${where}: alt_names holds a non-Latin name`);
    const russian = list(row.name_ru);
    if (!russian.every((n) => CYRILLIC.test(n))) throw new Error(`${where}: name_ru holds a name without Cyrillic`);
    if (russian.length && !row.name_ru_source.split(' ').every((u) => URL.test(u))) {
      throw new Error(`${where}: Russian names need name_ru_source URLs`);
    }
    if (!URL.test(row.source)) throw new Error(`${where}: source is not one URL`);
    if (!DECIMAL.test(row.lat) || !DECIMAL.test(row.lon)) throw new Error(`${where}: lat/lon must be decimal degrees`);
    const lat = Number(row.lat), lon = Number(row.lon);
    if (lat < 35 || lat > 40 || lon < 66 || lon > 76) throw new Error(`${where}: ${lat}, ${lon} is outside lon 66–76, lat 35–40`);
    const area = areaByCode.get(row.admin2_code);
    if (!area || area.level !== 2 || !area.code.startsWith(`${row.country}.`)) {
      throw new Error(`${where}: admin2_code ${row.admin2_code} is not an admin2 unit of ${row.country} in admin_areas.tsv`);
    }
    const side = sideOfLine(line, [lon, lat]);
    if (side !== SIDE[row.country]) throw new Error(`${where}: the point is on the ${side} of the line, not on ${row.country}'s side`);
    const borderM = distanceToLine(line, [lon, lat]);
    const names = [...new Set([row.name, ...alternates, ...russian])];
    return { row, id, lat, lon, borderM, area, admin1: areaByCode.get(area.admin1), names, district: districtCheck(area, areas, [lon, lat]) };
  }).sort((a, b) => a.id - b.id);
}

/** How far the stated district's point is, and which district point of the same country is nearest. */
function districtCheck(area, areas, p) {
  const country = area.code.slice(0, 2);
  const candidates = areas.filter((u) => u.level === 2 && u.point && u.code.startsWith(`${country}.`))
    .map((u) => ({ unit: u, metres: geodesicDistance(p, [u.point.lon, u.point.lat]) }))
    .sort((a, b) => a.metres - b.metres || byText(a.unit.code, b.unit.code));
  const stated = area.point ? geodesicDistance(p, [area.point.lon, area.point.lat]) : null;
  const nearest = candidates[0];
  // Soviet-era and current records of one Tajik district share a seat: either is "the nearest".
  const agrees = nearest !== undefined && stated !== null && Math.abs(nearest.metres - stated) < 1;
  return { statedM: stated, nearest, agrees };
}

/** One line of the build report per village. */
export function villageReport(v) {
  const km = (m) => (m === null ? 'no point' : `${(m / 1000).toFixed(1)} km`);
  const d = v.district;
  return `  ${v.id} ${v.row.name} (${v.row.country}, ${v.area.code} ${v.area.name}): ${km(v.borderM)} from the line; ` +
    `stated district's point ${km(d.statedM)}, nearest district point ${d.nearest.unit.code} ${d.nearest.unit.name} ` +
    `${km(d.nearest.metres)}${d.agrees ? '' : '  <-- CHECK the district'}`;
}

export const VILLAGE_COLUMNS = ['id', 'name', 'asciiname', 'kind', 'feature_class', 'feature_code', 'country',
  'admin1_code', 'admin1_name', 'admin2_code', 'admin2_name', 'lat', 'lon', 'border_distance_m', 'gazetteer_names',
  'source', 'name_ru_source', 'note'];

export const villageRow = (v) => [v.id, v.row.name, asciiName(v.row.name), v.row.kind, ...KINDS[v.row.kind],
  v.row.country, v.area.admin1, v.admin1?.name ?? '', v.area.code, v.area.name, fixed(v.lat, 5), fixed(v.lon, 5),
  Math.round(v.borderM), v.names.join('|'), v.row.source, v.row.name_ru_source, v.row.note];
