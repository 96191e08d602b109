// An incident's popup: what happened, where (and how precisely), when, who died, and the source,
// read from the public OGC item; its button opens the panel with every source and its history.
import * as maplibregl from './vendor/maplibre-gl.mjs';
import { PRECISION, SYNTHETIC_BADGE, dateText, escape, fatalitiesText, placeText, sourceLink } from './incident-text.js';

export class IncidentPopup {
  #map;
  #labels;
  #popup = null;

  #onDetails;

  /** @param palette /viewer/event-types.json, for the types' labels; @param onDetails (id) opens the incident panel. */
  constructor(map, palette, onDetails) {
    this.#map = map;
    this.#onDetails = onDetails;
    this.#labels = Object.fromEntries(palette.eventTypes.map(t => [t.code, t.label]));
  }

  async show(id, lngLat) {
    this.#popup?.remove();
    const popup = this.#popup = new maplibregl.Popup({ maxWidth: '340px' }).setLngLat(lngLat).setHTML('Loading…').addTo(this.#map);
    const url = `/ogc/collections/incidents/items/${encodeURIComponent(id)}`;
    const response = await fetch(url, { headers: { Accept: 'application/geo+json' } });
    if (!response.ok) { popup.setHTML(`Incident ${escape(id)} could not be read (${response.status}).`); return; }
    const p = (await response.json()).properties;
    const type = this.#labels[p.event_type] ?? p.event_type;
    popup.setHTML(`<dl class="incident-popup" data-incident="${escape(id)}">
      <dt>Date</dt><dd class="date">${dateText(p.date, p.time_precision)}</dd>
      <dt>Type</dt><dd>${escape(type)}${p.sub_event_type ? ` — ${escape(p.sub_event_type.replaceAll('_', ' '))}` : ''}${p.synthetic ? ` ${SYNTHETIC_BADGE}` : ''}</dd>
      <dt>Place</dt><dd>${placeText(p.place_name, p.admin2, p.admin1, p.country)}</dd>
      <dt>Placed to</dt><dd>${escape(PRECISION[p.geo_precision] ?? p.geo_precision)}</dd>
      <dt>Fatalities</dt><dd>${fatalitiesText(p.fatalities)}</dd>
      <dt>Source</dt><dd class="source">${sourceLink(p.source, p.source_url)}</dd>
    </dl><button type="button" class="details">Details, sources and history</button>`);
    popup.getElement().querySelector('button.details').addEventListener('click', () => this.#onDetails(id));
  }
}
