// The viewer's state: the view and the filters, kept in the URL hash so that a reload or a shared
// link restores them. Every request the viewer makes takes its filters from here.
export const DEFAULT_VIEW = { lon: 70.5, lat: 37.5, zoom: 6.5 };
const FILTERS = ['types', 'country', 'minPrecision', 'from', 'to'];

export function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const [zoom, lat, lon] = (params.get('map') ?? '').split('/').map(Number);
  const view = [zoom, lat, lon].every(Number.isFinite) ? { zoom, lat, lon } : DEFAULT_VIEW;
  const state = { ...view, heat: params.get('heat') === '1', segmentCounts: params.get('segments') === '1' };
  for (const name of FILTERS) state[name] = params.get(name) ?? '';
  return state;
}

export function writeHash(map, state) {
  const c = map.getCenter();
  const params = filterQuery(state);
  if (state.heat) params.set('heat', '1');
  if (state.segmentCounts) params.set('segments', '1');
  // the view by hand: URLSearchParams would escape its slashes, and people read and share this URL
  const view = `map=${map.getZoom().toFixed(2)}/${c.lat.toFixed(4)}/${c.lng.toFixed(4)}`;
  history.replaceState(null, '', `#${view}${params.size ? `&${params}` : ''}`);
}

/** The list filters as a query string (the same names every endpoint takes); `without` drops some. */
export function filterQuery(state, without = []) {
  const params = new URLSearchParams();
  for (const name of FILTERS) if (state[name] && !without.includes(name)) params.set(name, state[name]);
  return params;
}

/** The filters and the map's view as a bbox: what the count, the list and the links select. */
export function viewQuery(map, state) {
  const b = map.getBounds();
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -85, 85), clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -85, 85)];
  const query = filterQuery(state);
  query.set('bbox', bbox.map(v => v.toFixed(4)).join(','));
  return query;
}
