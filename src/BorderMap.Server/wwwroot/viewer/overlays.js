// What lies over the basemap on request: the KDE heatmap (an image in UTM 42N warped onto the map by
// its four corners) and the border segments coloured by their incidents in the period.
import { COLOURS } from './style.js';

// the KDE grid is in UTM 42N (the X-Grid-CRS header); proj4 knows EPSG:4326 already
proj4.defs('EPSG:32642', '+proj=utm +zone=42 +datum=WGS84 +units=m +no_defs');

export class Overlays {
  #map;
  #status;
  #heatmapRequest = 0;

  /** @param status shows a failure in the header. */
  constructor(map, status) {
    this.#map = map;
    this.#status = status;
  }

  /** Lays the heatmap of `query` (the filters and the view's bbox) over the map. */
  async showHeatmap(query) {
    const map = this.#map;
    const request = ++this.#heatmapRequest;
    query.set('format', 'png');
    query.set('width', '512');
    const response = await fetch(`/api/v1/analytics/heatmap?${query}`);
    if (request !== this.#heatmapRequest) return;
    if (!response.ok) { this.#status(`Heatmap: ${(await response.json().catch(() => ({}))).detail ?? response.status}`); return; }
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
    this.#status('');
  }

  hideHeatmap() {
    const map = this.#map;
    this.#heatmapRequest++;
    if (map.getLayer('heatmap')) map.removeLayer('heatmap');
    if (map.getSource('heatmap')) map.removeSource('heatmap');
  }

  /**
   * Colours the segments by their incidents from `query` (filters with from and to), or plainly
   * when `query` is null. Answers the highest count, for the legend's scale (null when plain).
   */
  async showSegmentCounts(query) {
    const map = this.#map;
    if (!query) {
      map.setPaintProperty('segments', 'line-color', COLOURS.segment);
      map.setPaintProperty('segments', 'line-opacity', 0.35);
      return null;
    }
    const response = await fetch(`/api/v1/analytics/segments?${query}`);
    if (!response.ok) { this.#status(`Segment counts: ${response.status}`); return null; }
    const collection = await response.json();
    map.getSource('segments').setData(collection);
    const most = Math.max(1, ...collection.features.map(f => f.properties.incidents ?? 0));
    map.setPaintProperty('segments', 'line-color',
      ['interpolate', ['linear'], ['coalesce', ['get', 'incidents'], 0], 0, COLOURS.fewer, most, COLOURS.more]);
    map.setPaintProperty('segments', 'line-opacity', 0.9);
    return { most };
  }
}
