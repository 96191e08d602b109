// The map's style: our own basemap, the border, its segments and crossings, place labels, and the
// incidents from the vector tiles (each one as its type's marker, clusters where a tile holds many).
import { markerExpression } from './markers.js';

export const COLOURS = {
  water: '#dfe8ef', borderCountry: '#f6f1e4', otherCountry: '#ebe8e0', outline: '#9a9a9a',
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

const incidents = { source: 'incidents', 'source-layer': 'incidents' };

export function mapStyle(origin, tileUrl, palette) {
  return {
    version: 8,
    // SDF glyphs made by the server from the renderer's DejaVu fonts: labels need no glyph server online
    glyphs: `${origin}/viewer/glyphs/{fontstack}/{range}.pbf`,
    sources: {
      basemap: { type: 'geojson', data: `${origin}/api/v1/basemap` },
      border: { type: 'geojson', data: `${origin}/api/v1/border/line` },
      segments: { type: 'geojson', data: `${origin}/api/v1/border/segments` },
      crossings: { type: 'geojson', data: `${origin}/api/v1/border/crossings` },
      incidents: { type: 'vector', tiles: [tileUrl], minzoom: 0, maxzoom: 14 },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': COLOURS.water } },
      { id: 'countries', type: 'fill', source: 'basemap', filter: ['==', ['get', 'kind'], 'country'],
        paint: { 'fill-color': ['match', ['get', 'role'], 'border', COLOURS.borderCountry, COLOURS.otherCountry], 'fill-outline-color': COLOURS.outline } },
      { id: 'country-outlines', type: 'line', source: 'basemap', filter: ['==', ['get', 'kind'], 'country'],
        paint: { 'line-color': COLOURS.outline, 'line-width': 0.6 } },
      { id: 'seats', type: 'circle', source: 'basemap', filter: ['in', ['get', 'kind'], ['literal', ['province_seat', 'district_seat']]],
        paint: { 'circle-radius': ['match', ['get', 'kind'], 'province_seat', 3.5, 2], 'circle-color': '#555', 'circle-opacity': 0.7 } },
      { id: 'segments', type: 'line', source: 'segments', paint: { 'line-color': COLOURS.segment, 'line-width': 5, 'line-opacity': 0.35 } },
      { id: 'border', type: 'line', source: 'border', paint: { 'line-color': COLOURS.border, 'line-width': 1.6, 'line-dasharray': [3, 1.5] } },
      { id: 'crossings', type: 'circle', source: 'crossings',
        paint: { 'circle-radius': 4, 'circle-color': '#fff', 'circle-stroke-color': '#222', 'circle-stroke-width': 1.5 } },
      // Labels lie under the incidents, so a label never hides an incident. Symbols of higher layers
      // are placed first: the cluster counts take their room, and place names fit around them.
      label('province-labels', 'basemap', ['==', ['get', 'kind'], 'province_seat'], ['coalesce', ['get', 'seat'], ['get', 'name']],
        { font: 'DejaVu Sans Bold', size: 12.5, minzoom: 5 }),
      label('district-labels', 'basemap', ['==', ['get', 'kind'], 'district_seat'], ['coalesce', ['get', 'seat'], ['get', 'name']],
        { font: 'DejaVu Sans', size: 11, minzoom: 7.5 }),
      label('crossing-labels', 'crossings', true, ['get', 'name'], { font: 'DejaVu Sans', size: 10.5, minzoom: 7, colour: '#1f3f66' }),
      { id: 'incident-clusters', type: 'circle', ...incidents, filter: ['has', 'count'],
        paint: { 'circle-radius': ['interpolate', ['linear'], ['get', 'count'], 1, 4, 10, 7, 100, 11, 1000, 16],
          // a neutral dark grey: no event type's colour, since a cluster mixes types
          'circle-color': COLOURS.cluster, 'circle-opacity': 0.75, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } },
      // the counts avoid each other and the labels; where two would meet, the larger is written
      { id: 'incident-cluster-counts', type: 'symbol', ...incidents, filter: ['>=', ['coalesce', ['get', 'count'], 0], 2],
        layout: { 'text-field': ['to-string', ['get', 'count']], 'text-font': ['DejaVu Sans Bold'], 'text-size': 10.5,
          'text-padding': 1, 'symbol-sort-key': ['-', ['get', 'count']] },
        paint: { 'text-color': '#fff', 'text-halo-color': COLOURS.cluster, 'text-halo-width': 1.2 } },
      { id: 'incident-selected', type: 'circle', ...incidents, filter: ['==', ['get', 'id'], -1],
        paint: { 'circle-radius': 12, 'circle-color': 'rgba(0, 0, 0, 0)', 'circle-stroke-color': COLOURS.selected, 'circle-stroke-width': 3 } },
      // every incident is drawn: its marker may overlap another, and labels may pass under it
      { id: 'incident-points', type: 'symbol', ...incidents, filter: ['!', ['has', 'count']],
        layout: { 'icon-image': markerExpression(palette), 'icon-size': ['interpolate', ['linear'], ['zoom'], 5, 0.9, 12, 1.4],
          'icon-allow-overlap': true, 'icon-ignore-placement': true, 'symbol-sort-key': ['get', 'day'] } },
    ],
  };
}
