// Place search: places from the gazetteer (/api/v1/gazetteer/search, any script and spelling) and
// the border's segments and crossings by name; choosing one flies the map there.
import { escape } from './incident-text.js';

const WAIT_MS = 200; // a pause in typing before asking: one request per word, not per letter

export class PlaceSearch {
  #input;
  #results;
  #flyTo;
  #border = null; // the border's names, asked for when the search is first used
  #timer = 0;
  #request = null;

  /** @param flyTo ({ lon, lat, zoom }) when a result is chosen. */
  constructor(input, results, flyTo) {
    this.#input = input;
    this.#results = results;
    this.#flyTo = flyTo;
    input.addEventListener('focus', () => this.#borderNames(), { once: true });
    input.addEventListener('input', () => { clearTimeout(this.#timer); this.#timer = setTimeout(() => this.#search(), WAIT_MS); });
    input.addEventListener('keydown', event => {
      if (event.key === 'Enter') { event.preventDefault(); this.#search().then(() => this.#results.querySelector('button')?.click()); }
      if (event.key === 'Escape') this.#close();
      if (event.key === 'ArrowDown') { event.preventDefault(); this.#results.querySelector('button')?.focus(); }
    });
    results.addEventListener('keydown', event => {
      const step = { ArrowDown: 'nextElementSibling', ArrowUp: 'previousElementSibling' }[event.key];
      if (step) { event.preventDefault(); event.target.closest('li')?.[step]?.querySelector('button')?.focus(); }
      if (event.key === 'Escape') { this.#close(); input.focus(); }
    });
  }

  /** The segments' and crossings' names and centres: not needed for the map's first view, so loaded on first use. */
  #borderNames() {
    this.#border ??= this.#loadBorderNames();
    return this.#border;
  }

  async #loadBorderNames() {
    const names = async (url, kind, zoom) => {
      const response = await fetch(url);
      if (!response.ok) return [];
      return (await response.json()).features.map(f => ({ name: f.properties.name, kind, zoom, at: centre(f.geometry) }));
    };
    return (await Promise.all([
      names('/api/v1/border/segments', 'border segment', 9), names('/api/v1/border/crossings', 'crossing', 12),
    ])).flat().filter(b => b.name && b.at);
  }

  async #search() {
    const q = this.#input.value.trim();
    if (q.length < 2) { this.#close(); return; }
    this.#request?.abort();
    const request = this.#request = new AbortController();
    const folded = fold(q);
    const border = (await this.#borderNames()).filter(b => fold(b.name).includes(folded)).slice(0, 4);
    let places = [];
    try {
      const response = await fetch(`/api/v1/gazetteer/search?${new URLSearchParams({ q, limit: '8' })}`, { signal: request.signal });
      if (response.ok) places = (await response.json()).candidates.filter(c => c.geometry);
    } catch (error) {
      if (error.name !== 'AbortError') throw error;
      return;
    }
    if (request !== this.#request) return;
    const items = [
      ...border.map(b => ({ name: b.name, detail: b.kind, lon: b.at[0], lat: b.at[1], zoom: b.zoom })),
      ...places.map(c => ({
        name: c.name, detail: [c.matchedName !== c.name ? `“${c.matchedName}”` : '', c.admin1, c.country].filter(Boolean).join(', '),
        lon: c.geometry.coordinates[0], lat: c.geometry.coordinates[1], zoom: c.population > 50_000 ? 10 : 11.5,
      })),
    ];
    this.#results.replaceChildren(...(items.length ? items.map(item => this.#item(item)) : [this.#empty(q)]));
    this.#results.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
  }

  #item(item) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.innerHTML = `<strong>${escape(item.name)}</strong> <small>${escape(item.detail)}</small>`;
    button.addEventListener('click', () => { this.#close(); this.#flyTo(item); });
    li.append(button);
    return li;
  }

  #empty(q) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = `No place called “${q}” in the gazetteer.`;
    return li;
  }

  #close() {
    this.#results.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
  }
}

/** Lower case without accents, so "panj" finds "Panj" and "Pyandzh" is left to the gazetteer. */
const fold = text => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A point to fly to: the point itself, or the middle vertex of a line. */
function centre(geometry) {
  if (geometry?.type === 'Point') return geometry.coordinates;
  const line = geometry?.type === 'MultiLineString' ? geometry.coordinates.flat() : geometry?.coordinates;
  return line?.length ? line[Math.floor(line.length / 2)] : null;
}
