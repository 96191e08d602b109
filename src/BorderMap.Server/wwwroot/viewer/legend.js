// The legend: a row for every layer the map draws (incident types with their markers, clusters,
// the border, its segments and crossings), and the scales of the heatmap and of the segment counts
// while those are on. Markers and colours come from the same code and palette as the map's.
import { STRETCH_COLOUR, markerCanvas } from './markers.js';
import { COLOURS } from './style.js';

const svg = body => `<svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">${body}</svg>`;
const SWATCHES = {
  cluster: svg(`<circle cx="11" cy="7" r="6.5" fill="${COLOURS.cluster}" stroke="#fff"/><text x="11" y="10" font-size="8" font-weight="700" fill="#fff" text-anchor="middle">12</text>`),
  border: svg(`<line x1="1" y1="7" x2="21" y2="7" stroke="${COLOURS.border}" stroke-width="2" stroke-dasharray="5 2.5"/>`),
  segment: svg(`<line x1="1" y1="7" x2="21" y2="7" stroke="${COLOURS.segment}" stroke-opacity="0.35" stroke-width="6"/>`),
  stretch: svg(`<rect x="1" y="3" width="20" height="8" fill="url(#legend-hatch)"/><defs><pattern id="legend-hatch" width="5" height="5" patternUnits="userSpaceOnUse"><path d="M0 5 L5 0" stroke="${STRETCH_COLOUR}" stroke-width="1.4"/></pattern></defs>`),
  crossing: svg('<circle cx="11" cy="7" r="4" fill="#fff" stroke="#222" stroke-width="1.5"/>'),
};

export class Legend {
  #element;
  #palette;

  /** @param element the legend's container; @param palette /viewer/event-types.json. */
  constructor(element, palette) {
    this.#element = element;
    this.#palette = palette;
  }

  /** Draws the rows for what is on: `heat` the heatmap, `segments` the segment counts ({ most } or null). */
  draw({ heat, segments }) {
    const rows = this.#palette.eventTypes.map(t => this.#row(markerCanvas(t.shape, t.colour), t.label, `type-${t.code}`));
    rows.push(this.#row(markerCanvas('circle', '#888', 14, { look: 'faint' }), 'Faint, in a pale disc (10 km): placed only to a district or "near" a place', 'precision-2'));
    rows.push(this.#row(markerCanvas('circle', '#888', 14, { look: 'vague' }), 'Empty ring: placed only to a province or the border; the hatched stretch is where on the border', 'precision-3'));
    rows.push(this.#row(SWATCHES.stretch, 'Stretch of the border a precision-3 incident is placed to', 'stretches'));
    rows.push(this.#row(SWATCHES.cluster, 'Several incidents close together (their count); click to zoom in', 'clusters'));
    rows.push(this.#row(SWATCHES.border, 'Tajik–Afghan border', 'border'));
    if (!segments) rows.push(this.#row(SWATCHES.segment, 'Border segment', 'segments'));
    rows.push(this.#row(SWATCHES.crossing, 'Crossing or border post', 'crossings'));
    if (heat) {
      const ramp = this.#palette.heat.map(s => `${s.colour} ${s.position * 100}%`).join(', ');
      rows.push(this.#scale('heatmap', 'Heatmap: incident density (KDE, 10 km)', ramp, 'low', 'highest in view'));
    }
    if (segments) {
      const ramp = `${COLOURS.fewer}, ${COLOURS.more}`;
      rows.push(this.#scale('segment-counts', 'Border segments: incidents in the period', ramp, '0', String(segments.most)));
    }
    this.#element.replaceChildren(...rows);
  }

  #row(swatch, text, layer) {
    const row = document.createElement('li');
    row.dataset.layer = layer;
    const key = document.createElement('span');
    key.className = 'swatch';
    if (typeof swatch === 'string') key.innerHTML = swatch; else key.append(swatch);
    row.append(key, text);
    return row;
  }

  #scale(layer, text, gradient, low, high) {
    const row = document.createElement('li');
    row.dataset.layer = layer;
    row.className = 'scale';
    row.innerHTML = `<span>${text}</span><span class="ramp" style="background: linear-gradient(to right, ${gradient})"></span>`
      + `<span class="ends"><span>${low}</span><span>${high}</span></span>`;
    return row;
  }
}
