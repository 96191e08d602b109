// BorderMap's web viewer: our own basemap and border layers, incidents from the vector tiles, a
// weekly timeline with a brush, the KDE heatmap and segment counts. Everything the page shows is
// derived from one state object, which lives in the URL hash so that a reload restores the view.
import * as maplibregl from './vendor/maplibre-gl.mjs';
import { Timeline } from './timeline.js';
import { ViewLinks } from './links.js';

const ATTRIBUTION = 'Border and country outlines © OpenStreetMap contributors (ODbL). Place names © GeoNames (CC BY 4.0). Neighbouring countries: Natural Earth. Some village and district points: Wikipedia contributors (CC BY-SA 4.0).';
// [code, label, colour] per ACLED event type: the server's palette, the one the rendered PNGs use
const palette = await (await fetch('/viewer/event-types.json')).json();
const EVENT_TYPES = palette.eventTypes.map(t => [t.code, t.label, t.colour]);
const DEFAULT_VIEW = { lon: 70.5, lat: 37.5, zoom: 6.5 };
// the KDE grid is in UTM 42N (the X-Grid-CRS header); proj4 knows EPSG:4326 already
proj4.defs('EPSG:32642', '+proj=utm +zone=42 +datum=WGS84 +units=m +no_defs');

// ---- state <-> URL hash -------------------------------------------------------------------------
const FILTERS = ['types', 'country', 'minPrecision', 'from', 'to'];

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const [zoom, lat, lon] = (params.get('map') ?? '').split('/').map(Number);
  const view = [zoom, lat, lon].every(Number.isFinite) ? { zoom, lat, lon } : DEFAULT_VIEW;
  const state = { ...view, heat: params.get('heat') === '1', segmentCounts: params.get('segments') === '1' };
  for (const name of FILTERS) state[name] = params.get(name) ?? '';
  return state;
}

function writeHash() {
  const c = map.getCenter();
  const params = filterQuery();
  if (state.heat) params.set('heat', '1');
  if (state.segmentCounts) params.set('segments', '1');
  // the view by hand: URLSearchParams would escape its slashes, and people read and share this URL
  const view = `map=${map.getZoom().toFixed(2)}/${c.lat.toFixed(4)}/${c.lng.toFixed(4)}`;
  history.replaceState(null, '', `#${view}${params.size ? `&${params}` : ''}`);
}

/** The list filters as a query string (the same names every endpoint takes); `without` drops some. */
function filterQuery(without = []) {
  const params = new URLSearchParams();
  for (const name of FILTERS) if (state[name] && !without.includes(name)) params.set(name, state[name]);
  return params;
}

function viewBbox() {
  const b = map.getBounds();
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -85, 85), clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -85, 85)]
    .map(v => v.toFixed(4)).join(',');
}

const state = readHash();
const $ = id => document.getElementById(id);
const status = message => { $('status').textContent = message ?? ''; };
const links = new ViewLinks(status);

// ---- map ----------------------------------------------------------------------------------------
const tileUrl = () => {
  const query = filterQuery().toString();
  return `${location.origin}/tiles/incidents/{z}/{x}/{y}.pbf${query ? `?${query}` : ''}`;
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

const map = new maplibregl.Map({
  container: 'map',
  center: [state.lon, state.lat],
  zoom: state.zoom,
  attributionControl: { compact: false, customAttribution: ATTRIBUTION },
  style: {
    version: 8,
    // SDF glyphs made by the server from the renderer's DejaVu fonts: labels need no glyph server online
    glyphs: `${location.origin}/viewer/glyphs/{fontstack}/{range}.pbf`,
    sources: {
      basemap: { type: 'geojson', data: `${location.origin}/api/v1/basemap` },
      border: { type: 'geojson', data: `${location.origin}/api/v1/border/line` },
      segments: { type: 'geojson', data: `${location.origin}/api/v1/border/segments` },
      crossings: { type: 'geojson', data: `${location.origin}/api/v1/border/crossings` },
      incidents: { type: 'vector', tiles: [tileUrl()], minzoom: 0, maxzoom: 14 },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe8ef' } },
      { id: 'countries', type: 'fill', source: 'basemap', filter: ['==', ['get', 'kind'], 'country'],
        paint: { 'fill-color': ['match', ['get', 'role'], 'border', '#f6f1e4', '#ebe8e0'], 'fill-outline-color': '#9a9a9a' } },
      { id: 'country-outlines', type: 'line', source: 'basemap', filter: ['==', ['get', 'kind'], 'country'],
        paint: { 'line-color': '#9a9a9a', 'line-width': 0.6 } },
      { id: 'seats', type: 'circle', source: 'basemap', filter: ['in', ['get', 'kind'], ['literal', ['province_seat', 'district_seat']]],
        paint: { 'circle-radius': ['match', ['get', 'kind'], 'province_seat', 3.5, 2], 'circle-color': '#555', 'circle-opacity': 0.7 } },
      { id: 'segments', type: 'line', source: 'segments',
        paint: { 'line-color': '#7a5c99', 'line-width': 5, 'line-opacity': 0.35 } },
      { id: 'border', type: 'line', source: 'border', paint: { 'line-color': '#b22222', 'line-width': 1.6, 'line-dasharray': [3, 1.5] } },
      { id: 'crossings', type: 'circle', source: 'crossings',
        paint: { 'circle-radius': 4, 'circle-color': '#fff', 'circle-stroke-color': '#222', 'circle-stroke-width': 1.5 } },
      // labels under the incidents, so a label never hides an incident; they avoid each other, not the points
      label('province-labels', 'basemap', ['==', ['get', 'kind'], 'province_seat'], ['coalesce', ['get', 'seat'], ['get', 'name']],
        { font: 'DejaVu Sans Bold', size: 12.5, minzoom: 5 }),
      label('district-labels', 'basemap', ['==', ['get', 'kind'], 'district_seat'], ['coalesce', ['get', 'seat'], ['get', 'name']],
        { font: 'DejaVu Sans', size: 11, minzoom: 7.5 }),
      label('crossing-labels', 'crossings', true, ['get', 'name'], { font: 'DejaVu Sans', size: 10.5, minzoom: 7, colour: '#1f3f66' }),
      { id: 'incident-clusters', type: 'circle', source: 'incidents', 'source-layer': 'incidents', filter: ['has', 'count'],
        paint: { 'circle-radius': ['interpolate', ['linear'], ['get', 'count'], 1, 5, 10, 9, 100, 16, 1000, 26],
          // a neutral dark grey: no event type's colour, since a cluster mixes types
          'circle-color': '#4a4a4a', 'circle-opacity': 0.8, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } },
      { id: 'incident-cluster-counts', type: 'symbol', source: 'incidents', 'source-layer': 'incidents', filter: ['>=', ['coalesce', ['get', 'count'], 0], 2],
        layout: { 'text-field': ['to-string', ['get', 'count']], 'text-font': ['DejaVu Sans Bold'], 'text-size': 10.5,
          'text-allow-overlap': true, 'text-ignore-placement': true },
        paint: { 'text-color': '#fff' } },
      { id: 'incident-points', type: 'circle', source: 'incidents', 'source-layer': 'incidents', filter: ['!', ['has', 'count']],
        paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 4, 12, 8],
          'circle-color': ['match', ['get', 'event_type'], ...EVENT_TYPES.flatMap(([code, , colour]) => [code, colour]), palette.unclassified],
          'circle-stroke-color': '#fff', 'circle-stroke-width': 1.2 } },
    ],
  },
});
map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
map.addControl(new maplibregl.ScaleControl());
window.borderMap = map; // for the browser tests and for curious analysts in the console
let mapLoaded = false;

// ---- the count of incidents in view --------------------------------------------------------------
// Asked of the server (the timeline endpoint's total for the filters and the view's bounds), not
// counted from the drawn tiles: a cluster straddling the view's edge holds incidents outside it, and
// the map's 'idle' event cannot be relied on after a filter change. MapLibre reloads every tile with
// the new URL, and a tile whose bytes did not change (same ETag) is marked loaded without any event
// or repaint; when such a tile is the last to arrive, 'idle' never fires and a count taken there
// stays stale. dataset.count is '' while a count is on its way, so a reader never sees a stale one.
let countRequest = null;
async function countInView() {
  countRequest?.abort();
  const request = countRequest = new AbortController();
  $('visible-count').textContent = '…';
  $('visible-count').dataset.count = '';
  const query = filterQuery();
  query.set('bbox', viewBbox());
  query.set('interval', 'month');
  query.set('splitBy', 'none');
  let total;
  try {
    const response = await fetch(`/api/v1/analytics/timeline?${query}`, { signal: request.signal });
    if (!response.ok) { status(`Count: ${response.status}`); return; }
    total = (await response.json()).incidents;
  } catch (error) {
    if (error.name === 'AbortError') return;
    throw error;
  }
  if (request !== countRequest) return;
  $('visible-count').textContent = `${total} incident${total === 1 ? '' : 's'} in view`;
  $('visible-count').dataset.count = String(total);
  links.guard(total);
}
map.on('moveend', () => { writeHash(); updateLinks(); countInView(); if (state.heat) whenStyled(loadHeatmap); });

for (const layer of ['incident-points', 'incident-clusters'])
{
  map.on('mouseenter', layer, () => { map.getCanvas().style.cursor = 'pointer'; });
  map.on('mouseleave', layer, () => { map.getCanvas().style.cursor = ''; });
}
map.on('click', 'incident-clusters', e => map.easeTo({ center: e.lngLat, zoom: map.getZoom() + 2 }));
map.on('click', 'incident-points', e => showIncident(e.features[0].properties.id, e.lngLat));

const escape = text => String(text ?? '—').replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
const PRECISION = { 1: 'place', 2: 'district / near a place', 3: 'province / the border' };

async function showIncident(id, lngLat) {
  const popup = new maplibregl.Popup({ maxWidth: '320px' }).setLngLat(lngLat).setHTML('Loading…').addTo(map);
  const url = `/ogc/collections/incidents/items/${encodeURIComponent(id)}`;
  const response = await fetch(url, { headers: { Accept: 'application/geo+json' } });
  if (!response.ok) { popup.setHTML(`Incident ${escape(id)} could not be read (${response.status}).`); return; }
  const p = (await response.json()).properties;
  const type = EVENT_TYPES.find(([code]) => code === p.event_type)?.[1] ?? p.event_type;
  const source = p.source_url ? `<a href="${escape(p.source_url)}" target="_blank" rel="noopener">${escape(p.source)}</a>` : escape(p.source);
  popup.setHTML(`<dl class="incident-popup" data-incident="${escape(id)}">
    <dt>Date</dt><dd class="date">${escape(p.date)}${p.time_precision && p.time_precision !== 'day' ? ` (${escape(p.time_precision)})` : ''}</dd>
    <dt>Type</dt><dd>${escape(type)}${p.sub_event_type ? ` — ${escape(p.sub_event_type)}` : ''}</dd>
    <dt>Place</dt><dd>${escape([p.place_name, p.admin2, p.admin1, p.country].filter(Boolean).join(', '))}</dd>
    <dt>Precision</dt><dd>${escape(PRECISION[p.geo_precision] ?? p.geo_precision)}</dd>
    <dt>Fatalities</dt><dd>${escape(p.fatalities ?? 0)}</dd>
    <dt>Sources</dt><dd>${source}</dd>
  </dl><a href="${url}" target="_blank" rel="noopener">Incident ${escape(id)}</a>`);
}

// ---- filters ------------------------------------------------------------------------------------
function buildFilterControls() {
  const chosen = new Set(state.types ? state.types.split(',') : []);
  for (const [code, label, colour] of EVENT_TYPES) {
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: code, checked: chosen.has(code) });
    const item = document.createElement('label');
    item.title = label;
    item.style.borderBottom = `3px solid ${colour}`;
    item.append(box, ` ${label.split(/[ /]/)[0]}`);
    $('types').append(item);
    box.addEventListener('change', () => {
      state.types = [...$('types').querySelectorAll('input:checked')].map(b => b.value).join(',');
      applyFilters();
    });
  }
  for (const name of ['country', 'minPrecision', 'from', 'to']) {
    $(name).value = state[name];
    $(name).addEventListener('change', () => { state[name] = $(name).value; applyFilters(); });
  }
  for (const name of ['heat', 'segmentCounts']) {
    $(name).checked = state[name];
    $(name).addEventListener('change', () => { state[name] = $(name).checked; applyFilters(); });
  }
  $('clear-dates').addEventListener('click', () => { state.from = ''; state.to = ''; applyFilters(); });
}

/** Sets the dates from the brush or the inputs and redraws everything that depends on the filters. */
function applyFilters() {
  $('from').value = state.from;
  $('to').value = state.to;
  writeHash();
  updateLinks();
  countInView();
  const timelineDrawn = loadTimeline();
  whenStyled(() => {
    map.getSource('incidents').setTiles([tileUrl()]);
    if (state.heat) loadHeatmap(); else removeHeatmap();
    // segment counts default to the timeline's period, so they wait for it
    timelineDrawn.then(loadSegmentCounts);
  });
}

/**
 * Runs a change of the map's sources or layers now if its style is in place, else once the map has
 * loaded: a filter chosen while the page is still loading is applied, not thrown away with an error.
 */
function whenStyled(change) {
  if (mapLoaded) change(); else map.once('load', change);
}

// ---- links to the view as a PNG and as exports -------------------------------------------------
function updateLinks() {
  const query = filterQuery();
  query.set('bbox', viewBbox());
  links.update(query);
}

// ---- heatmap (KDE in UTM 42N, warped onto the map by its four corners) ---------------------------
let heatmapRequest = 0;
async function loadHeatmap() {
  const request = ++heatmapRequest;
  const query = filterQuery();
  query.set('format', 'png');
  query.set('bbox', viewBbox());
  query.set('width', '512');
  const response = await fetch(`/api/v1/analytics/heatmap?${query}`);
  if (request !== heatmapRequest) return;
  if (!response.ok) { status(`Heatmap: ${(await response.json().catch(() => ({}))).detail ?? response.status}`); return; }
  const [minX, cellWidth, , maxY, , negCellHeight] = response.headers.get('X-Grid-GeoTransform').split(',').map(Number);
  const crs = response.headers.get('X-Grid-CRS');
  const blob = await response.blob();
  const image = await createImageBitmap(blob);
  const maxX = minX + image.width * cellWidth;
  const minY = maxY + image.height * negCellHeight;
  const corner = (x, y) => proj4(crs, 'EPSG:4326', [x, y]);
  const coordinates = [corner(minX, maxY), corner(maxX, maxY), corner(maxX, minY), corner(minX, minY)];
  const url = URL.createObjectURL(blob);
  const source = map.getSource('heatmap');
  if (source) source.updateImage({ url, coordinates });
  else {
    map.addSource('heatmap', { type: 'image', url, coordinates });
    map.addLayer({ id: 'heatmap', type: 'raster', source: 'heatmap', paint: { 'raster-opacity': 0.7, 'raster-fade-duration': 0 } }, 'segments');
  }
  status('');
}

function removeHeatmap() {
  heatmapRequest++;
  if (map.getLayer('heatmap')) map.removeLayer('heatmap');
  if (map.getSource('heatmap')) map.removeSource('heatmap');
}

// ---- segments coloured by the period's count -----------------------------------------------------
async function loadSegmentCounts() {
  const plain = () => {
    map.setPaintProperty('segments', 'line-color', '#7a5c99');
    map.setPaintProperty('segments', 'line-opacity', 0.35);
  };
  if (!state.segmentCounts) { plain(); return; }
  const [from, to] = [state.from || timeline.range.from, state.to || timeline.range.to];
  if (!from || !to) { plain(); return; }
  const query = filterQuery(['from', 'to']);
  query.set('from', from);
  query.set('to', to);
  const response = await fetch(`/api/v1/analytics/segments?${query}`);
  if (!response.ok) { status(`Segment counts: ${response.status}`); return; }
  const collection = await response.json();
  map.getSource('segments').setData(collection);
  const most = Math.max(1, ...collection.features.map(f => f.properties.incidents ?? 0));
  map.setPaintProperty('segments', 'line-color',
    ['interpolate', ['linear'], ['coalesce', ['get', 'incidents'], 0], 0, '#fee8c8', most, '#b30000']);
  map.setPaintProperty('segments', 'line-opacity', 0.9);
}

// ---- timeline: weekly counts stacked by type; its brush sets from/to ---------------------------------
const timeline = new Timeline($('timeline-chart'), $('legend'), EVENT_TYPES, (from, to) => {
  state.from = from;
  state.to = to;
  applyFilters();
});

async function loadTimeline() {
  // the whole period, whatever from/to say: the brush shows them over it
  const query = filterQuery(['from', 'to']);
  query.set('interval', 'week');
  query.set('splitBy', 'eventType');
  // an incident known only to the month is drawn as 1/31 a day over its month, not dropped from the bars
  query.set('coarseDates', 'spread');
  const response = await fetch(`/api/v1/analytics/timeline?${query}`);
  if (!response.ok) { status(`Timeline: ${response.status}`); return; }
  timeline.draw((await response.json()).buckets, state);
}

buildFilterControls();
updateLinks();
countInView();
const timelineDrawn = loadTimeline();
map.on('load', () => {
  mapLoaded = true;
  timelineDrawn.then(loadSegmentCounts);
  if (state.heat) loadHeatmap();
});
window.addEventListener('resize', loadTimeline);
