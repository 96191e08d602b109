// BorderMap's web viewer: our own basemap and border layers, incidents from the vector tiles, the
// list of the incidents in view, a weekly timeline with a brush, place search, the KDE heatmap and
// segment counts. Everything the page shows is derived from one state object (state.js), which
// lives in the URL hash so that a reload restores the view.
import * as maplibregl from './vendor/maplibre-gl.mjs';
import { filterQuery, readHash, viewQuery, writeHash } from './state.js';
import { loadDetailWhenNear, mapStyle } from './style.js';
import { provideMarkerImages } from './markers.js';
import { Legend } from './legend.js';
import { IncidentList } from './list.js';
import { IncidentPanel } from './panel.js';
import { IncidentPopup } from './popup.js';
import { Overlays } from './overlays.js';
import { PlaceSearch } from './search.js';
import { Timeline } from './timeline.js';
import { ViewLinks } from './links.js';

const ATTRIBUTION = 'Border and country outlines © OpenStreetMap contributors (ODbL). Place names © GeoNames (CC BY 4.0). Neighbouring countries: Natural Earth. Some village and district points: Wikipedia contributors (CC BY-SA 4.0). Rivers and lakes: GSHHG (LGPL-3+).';
// each ACLED event type's label, colour and marker shape: the server's palette, the one the rendered PNGs use
const palette = await (await fetch('/viewer/event-types.json')).json();
const state = readHash();
const $ = id => document.getElementById(id);
const status = message => { $('status').textContent = message ?? ''; };
const small = matchMedia('(max-width: 700px)');
if (small.matches) $('legend-box').open = false; // the map first; the legend is a tap away

const tileUrl = () => {
  const query = filterQuery(state).toString();
  return `${location.origin}/tiles/incidents/{z}/{x}/{y}.pbf${query ? `?${query}` : ''}`;
};

// the filters first: they settle the header's height, and so the map's size, before the map measures it
buildFilterControls();
const map = new maplibregl.Map({
  container: 'map',
  center: [state.lon, state.lat],
  zoom: state.zoom,
  // on a phone the attribution folds into an (i) button instead of covering the map
  attributionControl: { compact: small.matches, customAttribution: ATTRIBUTION },
  style: mapStyle(location.origin, tileUrl(), palette, state.zoom),
  // labels appear at once instead of fading in over 300 ms after every tile (the map is idle sooner)
  fadeDuration: 0,
});
provideMarkerImages(map, palette);
loadDetailWhenNear(map, location.origin, () => !state.segmentCounts);
map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
map.addControl(new maplibregl.ScaleControl());
window.borderMap = map; // for the browser tests and for curious analysts in the console
let mapLoaded = false;

const links = new ViewLinks(status);
const legend = new Legend($('legend'), palette);
const overlays = new Overlays(map, status);
const panel = new IncidentPanel($('incident-panel'), $('incident-list'));
const popup = new IncidentPopup(map, palette, id => panel.show(id));
const timeline = new Timeline($('timeline-chart'), palette.eventTypes.map(t => [t.code, t.label, t.colour]), (from, to) => {
  state.from = from;
  state.to = to;
  applyFilters();
});
let selected = null;
const list = new IncidentList($('incident-rows'), $('more-incidents'), palette, feature => {
  const [lon, lat] = feature.geometry.coordinates;
  selected = feature.id;
  map.flyTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 11) });
  map.once('moveend', () => select(feature.id, [lon, lat]));
});
new PlaceSearch($('place-search'), $('search-results'), ({ lon, lat, zoom }) => map.flyTo({ center: [lon, lat], zoom }));

/** Opens an incident's popup, rings its marker and marks its row on the list. */
function select(id, lngLat) {
  selected = id;
  popup.show(id, lngLat);
  whenStyled(() => map.setFilter('incident-selected', ['==', ['get', 'id'], Number(id)]));
  list.highlight(id);
}

// ---- what the view selects: its count, the synthetic banner, the list, the links ----------------
// The count is asked of the server (/viewer/summary.json for the filters and the view's bounds), not
// counted from the drawn tiles: a cluster straddling the view's edge holds incidents outside it, and
// the map's 'idle' event cannot be relied on after a filter change. MapLibre reloads every tile with
// the new URL, and a tile whose bytes did not change (same ETag) is marked loaded without any event
// or repaint; when such a tile is the last to arrive, 'idle' never fires and a count taken there
// stays stale. dataset.count is '' while a count is on its way, so a reader never sees a stale one.
let summaryRequest = null;
async function summariseView() {
  summaryRequest?.abort();
  const request = summaryRequest = new AbortController();
  $('visible-count').textContent = '…';
  $('visible-count').dataset.count = '';
  let summary;
  try {
    const response = await fetch(`/viewer/summary.json?${viewQuery(map, state)}`, { signal: request.signal });
    if (!response.ok) { status(`Count: ${response.status}`); return; }
    summary = await response.json();
  } catch (error) {
    if (error.name === 'AbortError') return;
    throw error;
  }
  if (request !== summaryRequest) return;
  const total = summary.incidents;
  $('visible-count').textContent = `${total} incident${total === 1 ? '' : 's'} in view`;
  $('visible-count').dataset.count = String(total);
  $('synthetic-banner').hidden = !summary.synthetic;
  links.guard(total);
}

function viewChanged() {
  writeHash(map, state);
  links.update(viewQuery(map, state));
  summariseView();
  list.show(viewQuery(map, state)).then(() => { if (selected !== null) list.highlight(selected); });
}
map.on('moveend', () => { viewChanged(); if (state.heat) whenStyled(() => overlays.showHeatmap(viewQuery(map, state))); });

for (const layer of ['incident-points', 'incident-clusters']) {
  map.on('mouseenter', layer, () => { map.getCanvas().style.cursor = 'pointer'; });
  map.on('mouseleave', layer, () => { map.getCanvas().style.cursor = ''; });
}
map.on('click', 'incident-clusters', e => map.easeTo({ center: e.lngLat, zoom: map.getZoom() + 2 }));
map.on('click', 'incident-points', e => select(e.features[0].properties.id, e.features[0].geometry.coordinates));

// A precision-3 incident is placed only to a province or the border: the stretch of the border it is
// placed to is hatched ("somewhere along here"). The tiles name each one's segment; after every
// load the hatched layer shows the segments of those in view (set only when they changed).
let stretches = '';
map.on('idle', () => {
  const ids = [...new Set(map.querySourceFeatures('incidents', { sourceLayer: 'incidents', filter: ['has', 'segment_id'] })
    .map(f => f.properties.segment_id))].sort();
  if (ids.join() === stretches) return;
  stretches = ids.join();
  map.setFilter('incident-stretches', ['in', ['get', 'id'], ['literal', ids]]);
});

// ---- filters ------------------------------------------------------------------------------------
function buildFilterControls() {
  const chosen = new Set(state.types ? state.types.split(',') : []);
  for (const { code, label, colour } of palette.eventTypes) {
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
  // on a phone the filters fold into a panel under the header
  $('filters-toggle').addEventListener('click', () => {
    const open = $('filter-panel').classList.toggle('open');
    $('filters-toggle').setAttribute('aria-expanded', String(open));
  });
}

/** Sets the dates from the brush or the inputs and redraws everything that depends on the filters. */
function applyFilters() {
  $('from').value = state.from;
  $('to').value = state.to;
  viewChanged();
  const timelineDrawn = loadTimeline();
  whenStyled(() => {
    map.getSource('incidents').setTiles([tileUrl()]);
    if (state.heat) overlays.showHeatmap(viewQuery(map, state)); else overlays.hideHeatmap();
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

async function loadSegmentCounts() {
  const [from, to] = [state.from || timeline.range.from, state.to || timeline.range.to];
  let query = null;
  if (state.segmentCounts && from && to) {
    query = filterQuery(state, ['from', 'to']);
    query.set('from', from);
    query.set('to', to);
  }
  legend.draw({ heat: state.heat, segments: await overlays.showSegmentCounts(query) });
}

// ---- timeline: weekly counts stacked by type; its brush sets from/to ---------------------------
async function loadTimeline() {
  // the whole period, whatever from/to say: the brush shows them over it
  const query = filterQuery(state, ['from', 'to']);
  query.set('interval', 'week');
  query.set('splitBy', 'eventType');
  // an incident known only to the month is drawn as 1/31 a day over its month, not dropped from the bars
  query.set('coarseDates', 'spread');
  const response = await fetch(`/api/v1/analytics/timeline?${query}`);
  if (!response.ok) { status(`Timeline: ${response.status}`); return; }
  timeline.draw((await response.json()).buckets, state);
}

legend.draw({ heat: state.heat, segments: null });
viewChanged();
const timelineDrawn = loadTimeline();
map.on('load', () => {
  mapLoaded = true;
  // MapLibre opens a compact attribution at first; on a phone it starts as its (i) button
  if (small.matches) document.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  timelineDrawn.then(loadSegmentCounts);
  if (state.heat) overlays.showHeatmap(viewQuery(map, state));
});
