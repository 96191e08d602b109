// The map's style: our own basemap, the border, its segments and crossings, place labels, and the
// incidents from the vector tiles (each one as its type's marker, clusters where a tile holds many).
import { STRETCH_HATCH, colourExpression, markerExpression } from './markers.js';

export const COLOURS = {
  water: '#dfe8ef', river: '#8fb3cf', borderCountry: '#f6f1e4', otherCountry: '#ebe8e0', outline: '#9a9a9a',
  border: '#b22222', segment: '#7a5c99', cluster: '#4a4a4a', selected: '#1f4e8c',
  // segment counts: few to many incidents in the period
  fewer: '#fee8c8', more: '#b30000',
};

/** A symbol layer of names beside their points (whichever side has room), with a halo to read on any fill. */
function label(id, source, filter, text, { font, size, minzoom, colour = '#2b2b2b' }) {
  return {
    id, type: 'symbol', source, filter, minzoom,
    layout: {
      'text-field': text, 'text-font': [font], 'text-size': size, 'text-max-width': 9,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.55, 'text-justify': 'auto',
    },
    paint: { 'text-color': colour, 'text-halo-color': 'rgba(255, 255, 255, 0.85)', 'text-halo-width': 1.4 },
  };
}

/** Place labels by population: [layer, at least, fewer than, from zoom, size, font]. */
// A place's rank: 1 a city (100,000 people or more) or a province's or country's capital (GeoNames
// PPLA, PPLC: Khorugh, Fayzabad), 2 a town of 10,000 or more, 3 the rest.
const PLACE_RANK = ['case',
  ['any', ['>=', ['get', 'population'], 100000], ['in', ['get', 'feature_code'], ['literal', ['PPLA', 'PPLC']]]], 1,
  ['>=', ['get', 'population'], 10000], 2, 3];

// [layer, rank, from zoom, size]. One font for all (a bold one would cost the first load another
// glyph range of Latin Extended), and the towns from just past the opening zoom.
const PLACE_TIERS = [
  ['place-labels-cities', 1, 4, 13.5],
  ['place-labels-towns', 2, 7, 11.5],
  ['place-labels', 3, 8.5, 10.5],
];

const incidents = { source: 'incidents', 'source-layer': 'incidents' };

// Below DETAIL_ZOOM the basemap, the border line and its segments come as the server's overview
// (/viewer/overview/: lines and outlines simplified by ~0.2 km, under a pixel there): half the
// coordinates for the browser to parse and cut into tiles. From DETAIL_ZOOM on, the full layers.
export const DETAIL_ZOOM = 7.5;
const FULL = { basemap: '/api/v1/basemap', line: '/api/v1/border/line', segments: '/api/v1/border/segments' };
const layerUrl = (origin, layer, detailed) => `${origin}${detailed ? FULL[layer] : `/viewer/overview/${layer}.json`}`;

/**
 * Swaps the overview layers for the full ones the first time the map comes to DETAIL_ZOOM (once:
 * the full layers serve the far zooms as well). `segmentsFree()` says whether the segments source
 * may be swapped (not while it holds the segment counts).
 */
export function loadDetailWhenNear(map, origin, segmentsFree) {
  if (map.getZoom() >= DETAIL_ZOOM) return;
  const near = () => {
    if (map.getZoom() < DETAIL_ZOOM || !map.getSource('basemap')) return; // (no sources before the style has loaded)
    map.off('zoomend', near);
    map.getSource('basemap').setData(layerUrl(origin, 'basemap', true));
    map.getSource('border').setData(layerUrl(origin, 'line', true));
    if (segmentsFree()) map.getSource('segments').setData(layerUrl(origin, 'segments', true));
  };
  map.on('zoomend', near);
}

export function mapStyle(origin, tileUrl, palette, zoom) {
  const detailed = zoom >= DETAIL_ZOOM;
  return {
    version: 8,
    // SDF glyphs made by the server from the renderer's DejaVu fonts: labels need no glyph server online
    glyphs: `${origin}/viewer/glyphs/{fontstack}/{range}.pbf`,
    sources: {
      basemap: { type: 'geojson', data: layerUrl(origin, 'basemap', detailed) },
      border: { type: 'geojson', data: layerUrl(origin, 'line', detailed) },
      segments: { type: 'geojson', data: layerUrl(origin, 'segments', detailed) },
      crossings: { type: 'geojson', data: `${origin}/api/v1/border/crossings` },
      incidents: { type: 'vector', tiles: [tileUrl], minzoom: 0, maxzoom: 14 },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': COLOURS.water } },
      { id: 'countries', type: 'fill', source: 'basemap', filter: ['==', ['get', 'kind'], 'country'],
        paint: { 'fill-color': ['match', ['get', 'role'], 'border', COLOURS.borderCountry, COLOURS.otherCountry], 'fill-outline-color': COLOURS.outline } },
      { id: 'country-outlines', type: 'line', source: 'basemap', filter: ['==', ['get', 'kind'], 'country'],
        paint: { 'line-color': COLOURS.outline, 'line-width': 0.6 } },
      { id: 'lakes', type: 'fill', source: 'basemap', filter: ['==', ['get', 'kind'], 'lake'],
        paint: { 'fill-color': COLOURS.water, 'fill-outline-color': COLOURS.river } },
      { id: 'rivers', type: 'line', source: 'basemap', filter: ['in', ['get', 'kind'], ['literal', ['river', 'canal']]],
        paint: { 'line-color': COLOURS.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, ['match', ['get', 'class'], 1, 1.4, 2, 1, 0.6], 10, ['match', ['get', 'class'], 1, 3, 2, 2.2, 1.3]] } },
      { id: 'places', type: 'circle', source: 'basemap', filter: ['==', ['get', 'kind'], 'place'],
        // a dot from the zoom its name is written at (PLACE_TIERS)
        paint: { 'circle-radius': ['match', PLACE_RANK, 1, 3.2, 2, 2.2, 1.6], 'circle-color': '#555',
          'circle-opacity': ['step', ['zoom'], ['match', PLACE_RANK, 1, 0.75, 0], 7, ['match', PLACE_RANK, 3, 0, 0.75], 8.5, 0.75] } },
      { id: 'segments', type: 'line', source: 'segments', paint: { 'line-color': COLOURS.segment, 'line-width': 5, 'line-opacity': 0.35 } },
      // the stretches precision-3 incidents in view are placed to, hatched: "somewhere along here" (stretches.js sets the filter)
      { id: 'incident-stretches', type: 'line', source: 'segments', filter: ['in', ['get', 'id'], ['literal', []]],
        layout: { 'line-cap': 'butt' }, paint: { 'line-pattern': STRETCH_HATCH, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 8, 11, 16] } },
      { id: 'border', type: 'line', source: 'border', paint: { 'line-color': COLOURS.border, 'line-width': 1.6, 'line-dasharray': [3, 1.5] } },
      { id: 'crossings', type: 'circle', source: 'crossings',
        paint: { 'circle-radius': 4, 'circle-color': '#fff', 'circle-stroke-color': '#222', 'circle-stroke-width': 1.5 } },
      // Labels lie under the incidents, so a label never hides an incident. Symbols of higher layers
      // are placed first: the cluster counts take their room, and place names fit around them.
      // crossings first, so that a town's name wins over a bridge's where the two would meet
      label('crossing-labels', 'crossings', true, ['get', 'name'], { font: 'DejaVu Sans', size: 10.5, minzoom: 7, colour: '#1f3f66' }),
      // every cities500 place, the bigger ones from further out; where two names would meet, the bigger
      // place keeps its own (the server sends them biggest first)
      ...PLACE_TIERS.map(([id, rank, minzoom, size]) => label(id, 'basemap',
        ['all', ['==', ['get', 'kind'], 'place'], ['==', PLACE_RANK, rank]], ['get', 'name'], { font: 'DejaVu Sans', size, minzoom })),
      { id: 'province-labels', type: 'symbol', source: 'basemap', filter: ['==', ['get', 'kind'], 'province_seat'], minzoom: 5.5, maxzoom: 9.5,
        layout: { 'text-field': ['get', 'name'], 'text-font': ['DejaVu Sans'], 'text-size': 11, 'text-transform': 'uppercase',
          'text-letter-spacing': 0.12, 'text-anchor': 'top', 'text-offset': [0, 1.1], 'text-max-width': 12 },
        paint: { 'text-color': '#6b5a7a', 'text-halo-color': 'rgba(255, 255, 255, 0.8)', 'text-halo-width': 1.2 } },
      { id: 'incident-clusters', type: 'circle', ...incidents, filter: ['has', 'count'],
        paint: { 'circle-radius': ['interpolate', ['linear'], ['get', 'count'], 1, 4, 10, 7, 100, 11, 1000, 16],
          // a neutral dark grey: no event type's colour, since a cluster mixes types
          'circle-color': COLOURS.cluster, 'circle-opacity': 0.75, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } },
      // the counts avoid each other and the labels; where two would meet, the larger is written
      { id: 'incident-cluster-counts', type: 'symbol', ...incidents, filter: ['>=', ['coalesce', ['get', 'count'], 0], 2],
        layout: { 'text-field': ['to-string', ['get', 'count']], 'text-font': ['DejaVu Sans Bold'], 'text-size': 10.5,
          'text-padding': 1, 'symbol-sort-key': ['-', ['get', 'count']] },
        paint: { 'text-color': '#fff', 'text-halo-color': COLOURS.cluster, 'text-halo-width': 1.2 } },
      // an incident placed only to a district or "near" a place: a pale disc of about a district's size (10 km radius, to scale)
      { id: 'incident-district-discs', type: 'circle', ...incidents, filter: ['all', ['!', ['has', 'count']], ['==', ['get', 'geo_precision'], 2]],
        paint: { 'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], 5, 2.6, 12, 330], 'circle-color': colourExpression(palette),
          'circle-opacity': 0.1, 'circle-pitch-alignment': 'map' } },
      { id: 'incident-selected', type: 'circle', ...incidents, filter: ['==', ['get', 'id'], -1],
        paint: { 'circle-radius': 12, 'circle-color': 'rgba(0, 0, 0, 0)', 'circle-stroke-color': COLOURS.selected, 'circle-stroke-width': 3 } },
      // every incident is drawn: its marker may overlap another, and labels may pass under it
      { id: 'incident-points', type: 'symbol', ...incidents, filter: ['!', ['has', 'count']],
        layout: { 'icon-image': markerExpression(palette), 'icon-size': ['interpolate', ['linear'], ['zoom'], 5, 0.9, 12, 1.4],
          'icon-allow-overlap': true, 'icon-ignore-placement': true, 'symbol-sort-key': ['get', 'day'] } },
    ],
  };
}
