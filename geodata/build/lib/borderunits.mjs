// Tajik border detachments and frontier posts (../hand/border_units.tsv). Like the
// crossings, the rows carry sources but never coordinates: a unit's point is its
// target's, a cities500 place (geo precision 1) or a district's point (precision 2: its
// seat, or its ../hand/admin_points.tsv point).
// The build writes the names the gazetteer indexes for each unit, so that the C#
// reader and the documentation see one rule: "<name> border detachment" and "<name>
// border unit" for a detachment; "<name> frontier post", "<name> border post" and the
// bare name for a post (a detachment's bare name is already its town's or district's).
import { fixed } from './format.mjs';

const KINDS = {
  detachment: { english: ['border detachment', 'border unit'], bare: false },
  post: { english: ['frontier post', 'border post'], bare: true },
};
const URL = /^https?:\/\/\S+$/;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Every name the gazetteer gets for a unit, English first, without duplicates. */
export function unitNames(row) {
  const kind = KINDS[row.kind];
  const russian = row.name_ru === '' ? [] : row.name_ru.split('|').map((n) => n.trim());
  const names = [...kind.english.map((w) => `${row.name} ${w}`), ...(kind.bare ? [row.name] : []), ...russian];
  return [...new Set(names)];
}

/** Validated units with their target's point; throws on the first bad row. */
export function borderUnits(rows, { places, areas }) {
  const placeById = new Map(places.map((p) => [String(p.record.geonameId), p]));
  const areaByCode = new Map(areas.map((u) => [u.code, u]));
  const ids = new Set();
  return rows.map((row, i) => {
    const where = `hand/border_units.tsv row ${i + 1} (${row.id})`;
    if (!/^b[up]-[a-z-]+$/.test(row.id) || ids.has(row.id)) throw new Error(`${where}: id must be bu-/bp- plus lower-case words, once`);
    ids.add(row.id);
    if (!(row.kind in KINDS)) throw new Error(`${where}: kind ${row.kind} is not detachment or post`);
    if (!URL.test(row.source)) throw new Error(`${where}: source is not one URL`);
    if (row.name_ru !== '') {
      if (!row.name_ru_source.split(' ').every((u) => URL.test(u))) throw new Error(`${where}: Russian names need name_ru_source URLs`);
      if (!row.name_ru.split('|').every((n) => CYRILLIC.test(n))) throw new Error(`${where}: name_ru holds a name without Cyrillic`);
    }
    const place = placeById.get(row.target);
    const area = areaByCode.get(row.target);
    if (!place && !area) throw new Error(`${where}: target ${row.target} is neither a gazetteer place nor an admin_areas.tsv code`);
    const target = place
      ? { name: place.record.name, precision: 1, country: place.record.countryCode,
        lat: place.record.latitude, lon: place.record.longitude, borderM: place.borderM }
      : { name: area.name, precision: 2, country: area.code.slice(0, 2),
        lat: area.point?.lat, lon: area.point?.lon, borderM: area.borderM };
    return { row, target, names: unitNames(row) };
  });
}

export const UNIT_COLUMNS = ['id', 'kind', 'name', 'name_ru', 'target', 'target_name', 'geo_precision', 'country',
  'lat', 'lon', 'border_distance_m', 'gazetteer_names', 'source', 'name_ru_source', 'note'];

export const unitRow = ({ row, target, names }) => [row.id, row.kind, row.name, row.name_ru, row.target, target.name,
  target.precision, target.country, target.lat === undefined ? '' : fixed(target.lat, 5),
  target.lon === undefined ? '' : fixed(target.lon, 5), target.borderM == null ? '' : Math.round(target.borderM),
  names.join('|'), row.source, row.name_ru_source, row.note];
