// The incident panel: everything known about one incident, readable, in place of the list: what
// happened, where and how precisely, every source (its own, the reports it was found in, and the
// other accounts its notes cite), and its history, revision by revision, as what each one changed.
import { PRECISION, SYNTHETIC_BADGE, dateText, escape, fatalitiesText, placeText, sourceLink } from './incident-text.js';

/** The accounts a note cites as "<https://…>", each with the words before it as its title. */
export function citedInNotes(notes) {
  const cited = [];
  for (const match of String(notes ?? '').matchAll(/([^<>]*?)<(https?:\/\/[^>\s]+)>/g)) {
    const words = match[1].split(/Also reported by:|;/).at(-1).replace(/^[\s,]+|[\s,]+$/g, '');
    cited.push({ title: words || new URL(match[2]).host, url: match[2] });
  }
  return cited;
}

/** Notes as text, their cited addresses as links. */
const notesHtml = notes => String(notes).split(/<(https?:\/\/[^>\s]+)>/g)
  .map((part, i) => i % 2 ? `&lt;<a href="${escape(part)}" target="_blank" rel="noopener">${escape(part)}</a>&gt;` : escape(part)).join('');

const when = iso => escape(new Date(iso).toISOString().slice(0, 16).replace('T', ' ') + ' UTC');

export class IncidentPanel {
  #panel;
  #body;
  #list;
  #request = null;

  /** @param panel the section that shows an incident; @param list what it stands in for while open. */
  constructor(panel, list) {
    this.#panel = panel;
    this.#body = panel.querySelector('.panel-body');
    this.#list = list;
    panel.querySelector('.panel-close').addEventListener('click', () => this.close());
    panel.addEventListener('keydown', e => { if (e.key === 'Escape') this.close(); });
  }

  get openId() { return this.#panel.hidden ? null : this.#panel.dataset.incident; }

  async show(id) {
    this.#request?.abort();
    const request = this.#request = new AbortController();
    this.#panel.dataset.incident = String(id);
    this.#panel.hidden = false;
    this.#list.hidden = true;
    this.#body.setAttribute('aria-busy', 'true');
    this.#body.innerHTML = '<p>Loading…</p>';
    let data;
    try {
      const response = await fetch(`/viewer/incidents/${encodeURIComponent(id)}.json`, { signal: request.signal });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      data = await response.json();
    } catch (error) {
      if (error.name === 'AbortError') return;
      this.#body.innerHTML = `<p>Incident ${escape(id)} could not be read: ${escape(error.message)}.</p>`;
      this.#body.removeAttribute('aria-busy');
      return;
    }
    this.#body.innerHTML = this.#html(data);
    this.#body.removeAttribute('aria-busy');
    this.#panel.querySelector('h2').focus();
  }

  close() {
    this.#request?.abort();
    this.#panel.hidden = true;
    this.#list.hidden = false;
    delete this.#panel.dataset.incident;
  }

  #html({ incident, reports, history }) {
    const p = incident.properties;
    const b = p.border;
    const stretch = p.geoPrecision >= 3 && b?.segmentId ? ` — drawn along border segment ${escape(b.segmentId)}, hatched` : '';
    const side = b?.distanceM != null ? `${escape(b.side ?? '—')} side, ${(b.distanceM / 1000).toFixed(1)} km from the border` : '—';
    const sources = [
      `<li>${sourceLink(p.source, p.sourceUrl)}${p.published ? ` <span class="muted">(published ${escape(p.published.slice(0, 10))})</span>` : ''}</li>`,
      ...reports.map(r => `<li>${sourceLink(r.title ?? `report ${r.id}`, r.url)} <span class="muted">(report ${escape(r.id)}, ${escape(r.published)}${r.merged ? ', merged in' : ''})</span></li>`),
      ...citedInNotes(p.notes).map(c => `<li>${sourceLink(c.title, c.url)} <span class="muted">(cited in the notes)</span></li>`),
    ];
    const revisions = history.map(r => `<li><strong>Revision ${escape(r.revision)}</strong>: ${escape(r.change)}, ${when(r.changedAt)}`
      + `${r.changedBy ? ` by ${escape(r.changedBy)}` : ''}${r.changes.length ? `<ul>${r.changes.map(c =>
        `<li>${escape(c.field)}: ${escape(c.from ?? 'none')} → ${escape(c.to ?? 'none')}</li>`).join('')}</ul>` : ''}</li>`);
    return `<h2 tabindex="-1">${escape(p.eventTypeLabel)}, ${dateText(p.date, p.timePrecision)}${p.synthetic ? ` ${SYNTHETIC_BADGE}` : ''}</h2>
      <dl class="incident-facts">
        <dt>Date</dt><dd>${dateText(p.date, p.timePrecision)}</dd>
        <dt>Type</dt><dd>${escape(p.eventTypeLabel)}${p.subEventTypeLabel ? ` — ${escape(p.subEventTypeLabel)}` : ''}</dd>
        <dt>Place</dt><dd>${placeText(p.placeName, p.admin2, p.admin1, p.country)}</dd>
        <dt>Placed to</dt><dd class="precision">${escape(PRECISION[p.geoPrecision] ?? p.geoPrecision)}${stretch}</dd>
        <dt>Border</dt><dd>${side}</dd>
        <dt>Actors</dt><dd>${p.actors.length ? p.actors.map(escape).join('; ') : 'not reported'}</dd>
        <dt>Fatalities</dt><dd>${fatalitiesText(p.fatalities)}</dd>
        <dt>Injured</dt><dd>${fatalitiesText(p.injured)}</dd>
        <dt>Status</dt><dd>${escape(p.status)}</dd>
      </dl>
      <h3>Sources (${sources.length})</h3><ul class="sources">${sources.join('')}</ul>
      ${p.notes ? `<h3>Notes</h3><p class="notes">${notesHtml(p.notes)}</p>` : ''}
      <h3>History (${history.length} revision${history.length === 1 ? '' : 's'})</h3><ol class="history">${revisions.join('')}</ol>
      <p><a class="raw" href="/ogc/collections/incidents/items/${encodeURIComponent(incident.id)}" target="_blank" rel="noopener">Incident ${escape(incident.id)} as GeoJSON</a></p>`;
  }
}
