// The incident list beside the map: the incidents the view and the filters select, newest first,
// a page at a time from /api/v1/incidents (its keyset pages: the next page's link comes with each).
// A row names the date, the type (with its marker), the place, the fatalities and the source; a
// click on it hands the incident to the viewer, which flies there and opens the popup.
import { PRECISION_LOOK, markerCanvas } from './markers.js';
import { SYNTHETIC_BADGE, dateText, escape, fatalitiesText, placeText, sourceLink } from './incident-text.js';

export const PAGE_SIZE = 25;

export class IncidentList {
  #rows;
  #more;
  #types;
  #onSelect;
  #next = null;
  #request = null;

  /**
   * @param rows the <ol> the rows go in; @param more the button that loads the next page;
   * @param palette /viewer/event-types.json; @param onSelect (feature) when a row is chosen.
   */
  constructor(rows, more, palette, onSelect) {
    this.#rows = rows;
    this.#more = more;
    this.#types = Object.fromEntries(palette.eventTypes.map(t => [t.code, t]));
    this.#onSelect = onSelect;
    more.addEventListener('click', () => this.#load(this.#next, true));
  }

  /** Shows the first page of the incidents `query` selects (filters and bbox). */
  show(query) {
    query.set('limit', String(PAGE_SIZE));
    return this.#load(`/api/v1/incidents?${query}`, false);
  }

  /** Marks the row of incident `id` (when it is on the list) and scrolls it into view. */
  highlight(id) {
    for (const row of this.#rows.querySelectorAll('li.selected')) row.classList.remove('selected');
    const row = this.#rows.querySelector(`li[data-id="${CSS.escape(String(id))}"]`);
    if (!row) return;
    row.classList.add('selected');
    row.scrollIntoView({ block: 'nearest' });
  }

  async #load(url, append) {
    this.#request?.abort();
    const request = this.#request = new AbortController();
    this.#rows.setAttribute('aria-busy', 'true');
    this.#more.hidden = true;
    let page;
    try {
      const response = await fetch(url, { signal: request.signal });
      if (!response.ok) throw new Error(`the list answered ${response.status}`);
      page = await response.json();
    } catch (error) {
      if (error.name === 'AbortError') return;
      this.#rows.replaceChildren(this.#message(`The list could not be read: ${error.message}.`));
      this.#rows.removeAttribute('aria-busy');
      return;
    }
    const rows = page.features.map(f => this.#row(f));
    if (append) this.#rows.append(...rows);
    else this.#rows.replaceChildren(...(rows.length ? rows : [this.#message('No incident in view matches the filters.')]));
    this.#next = page.links.find(l => l.rel === 'next')?.href ?? null;
    this.#more.hidden = !this.#next;
    this.#rows.removeAttribute('aria-busy');
  }

  #row(feature) {
    const p = feature.properties;
    const type = this.#types[p.eventType];
    const row = document.createElement('li');
    row.dataset.id = String(feature.id);
    row.dataset.date = p.date;
    const choose = document.createElement('button');
    choose.type = 'button';
    choose.className = 'incident';
    choose.append(markerCanvas(type?.shape ?? 'circle', type?.colour ?? '#999', 13, { look: PRECISION_LOOK[p.geoPrecision] }));
    const text = document.createElement('span');
    text.innerHTML = `<span class="date">${dateText(p.date, p.timePrecision)}</span> <span class="type">${escape(p.eventTypeLabel)}</span>`
      + `${p.synthetic ? ` ${SYNTHETIC_BADGE}` : ''}<br><span class="place">${placeText(p.placeName, p.admin1, p.country)}</span>`
      + ` · <span class="fatalities">fatalities: ${fatalitiesText(p.fatalities)}</span>`;
    choose.append(text);
    choose.addEventListener('click', () => this.#onSelect(feature));
    const source = document.createElement('div');
    source.className = 'source';
    source.innerHTML = `Source: ${sourceLink(p.source, p.sourceUrl)}`;
    row.append(choose, source);
    return row;
  }

  #message(text) {
    const item = document.createElement('li');
    item.className = 'empty';
    item.textContent = text;
    return item;
  }
}
