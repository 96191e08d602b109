// The gazetteer's places: GeoNames cities500 records of TJ and AF near the border,
// and every name GeoNames gives them. cities500's alternate names carry no language
// tags (the full alternateNames table is not in any reachable package), so each
// name is labelled only with its Unicode script, which is what a transliterating
// matcher needs to know.
import { fixed, byText } from './format.mjs';
import { snapToLine } from './linework.mjs';

/** Places farther than this from the border line are left out. */
export const PLACE_RADIUS_M = 150_000;

const SCRIPTS = [
  ['Cyrl', /\p{Script=Cyrillic}/u], ['Arab', /\p{Script=Arabic}/u], ['Hani', /\p{Script=Han}/u],
  ['Hang', /\p{Script=Hangul}/u], ['Jpan', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Deva', /\p{Script=Devanagari}/u], ['Grek', /\p{Script=Greek}/u], ['Hebr', /\p{Script=Hebrew}/u],
  ['Ethi', /\p{Script=Ethiopic}/u], ['Armn', /\p{Script=Armenian}/u], ['Geor', /\p{Script=Georgian}/u],
  ['Thai', /\p{Script=Thai}/u], ['Latn', /\p{Script=Latin}/u],
];

/** ISO 15924 code of the first script found in a name (Zyyy when none). */
export function scriptOf(name) {
  for (const [code, re] of SCRIPTS) if (re.test(name)) return code;
  return 'Zyyy';
}

/** cities500 records within PLACE_RADIUS_M of the line, with admin names and border distance. */
export function nearbyPlaces(records, adminNames, line) {
  const out = [];
  for (const r of records) {
    const snap = snapToLine(line, [r.longitude, r.latitude]);
    if (snap.metres > PLACE_RADIUS_M) continue;
    const a1 = r.admin1Code ? `${r.countryCode}.${r.admin1Code}` : '';
    const a2 = r.admin1Code && r.admin2Code ? `${a1}.${r.admin2Code}` : '';
    out.push({ record: r, admin1: a1, admin2: a2, borderM: snap.metres, along: snap.along,
      admin1Name: adminNames.admin1.get(a1) ?? '', admin2Name: adminNames.admin2.get(a2) ?? '' });
  }
  return out.sort((a, b) => a.record.geonameId - b.record.geonameId);
}

export const PLACE_COLUMNS = ['geonameid', 'name', 'asciiname', 'lat', 'lon', 'feature_class', 'feature_code',
  'country', 'admin1_code', 'admin1_name', 'admin2_code', 'admin2_name', 'population', 'border_distance_m'];

export const placeRow = (p) => {
  const r = p.record;
  return [r.geonameId, r.name, r.asciiName ?? '', fixed(r.latitude, 5), fixed(r.longitude, 5), r.featureClass,
    r.featureCode, r.countryCode, p.admin1, p.admin1Name, p.admin2, p.admin2Name, r.population, Math.round(p.borderM)];
};

export const NAME_COLUMNS = ['geonameid', 'name', 'script', 'kind'];

/** One row per distinct name of each place; kind says which GeoNames field it came from. */
export function placeNameRows(places) {
  const rows = [];
  for (const { record: r } of places) {
    const seen = new Set();
    const add = (name, kind) => {
      const n = name.trim();
      if (n === '' || seen.has(n)) return;
      seen.add(n);
      rows.push([r.geonameId, n, scriptOf(n), kind]);
    };
    add(r.name, 'name');
    if (r.asciiName) add(r.asciiName, 'asciiname');
    for (const n of [...r.alternateNames].sort(byText)) add(n, 'alternate');
  }
  return rows;
}
