// The gazetteer's places: every GeoNames cities500 record of Afghanistan, Tajikistan,
// Uzbekistan and Kyrgyzstan, and the capital of every country (so that far places are
// recognised as far rather than matched to a border village), with every name GeoNames
// gives them. cities500's alternate names carry no language
// tags (the full alternateNames table is not in any reachable package), so each
// name is labelled only with its Unicode script, which is what a transliterating
// matcher needs to know.
import { fixed, byText } from './format.mjs';
import { distanceToLine } from './linework.mjs';

/** Countries whose every cities500 place is in the gazetteer. */
export const GAZETTEER_COUNTRIES = ['AF', 'TJ', 'UZ', 'KG'];
/** Feature codes kept in every other country: capitals. */
export const WORLD_FEATURE_CODES = ['PPLC'];
/** The border places: the gazetteer before it grew, and what the build report counts apart. */
export const NEAR_BORDER_M = 150_000;

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

/** Every record with its admin names and geodesic distance to the border line, by geonameid. */
export function gazetteerPlaces(records, adminNames, line) {
  const out = records.map((r) => {
    const a1 = r.admin1Code ? `${r.countryCode}.${r.admin1Code}` : '';
    const a2 = r.admin1Code && r.admin2Code ? `${a1}.${r.admin2Code}` : '';
    return { record: r, admin1: a1, admin2: a2, borderM: distanceToLine(line, [r.longitude, r.latitude]),
      admin1Name: adminNames.admin1.get(a1) ?? '', admin2Name: adminNames.admin2.get(a2) ?? '' };
  });
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

/**
 * GeoNames alternate names that are not names: airport and ICAO codes (KBL, TJU, OAKB) and
 * Latin forms of one or two letters (Os, Ox; a two-character Han name is a name). Left in, they match ordinary words ("And" is Kunduz's
 * UND, "A" Baraki Barak's OAA) once the gazetteer reaches far beyond the border.
 */
export const isCodeOrFragment = (name) =>
  /^[A-Z]{3,4}$/.test(name) || (scriptOf(name) === 'Latn' && (name.match(/\p{L}/gu) ?? []).length < 3);

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
    for (const n of [...r.alternateNames].sort(byText)) if (!isCodeOrFragment(n.trim())) add(n, 'alternate');
  }
  return rows;
}
