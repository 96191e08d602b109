// How an incident reads in the popup and the list: escaped text, the type's label, the place as
// precise as it is known, the sources as links.
export const escape = text => String(text ?? '—').replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);

export const PRECISION = { 1: 'the place itself', 2: 'district, or near a place', 3: 'only the province or a stretch of the border' };

/** The date as reported: a week or a month when that is all the report says. */
export function dateText(date, timePrecision) {
  if (timePrecision === 'month') return `${escape(date.slice(0, 7))} (some day in the month)`;
  if (timePrecision === 'week') return `${escape(date)} (some day in the week)`;
  return escape(date);
}

export const placeText = (...parts) => escape(parts.filter(Boolean).join(', '));

export const fatalitiesText = n => n === null || n === undefined ? 'not reported' : `${n}`;

/** The source as a link when it has an address (only http and https), else as text. */
export function sourceLink(source, url) {
  if (url && /^https?:\/\//i.test(url)) return `<a href="${escape(url)}" target="_blank" rel="noopener">${escape(source || new URL(url).host)}</a>`;
  return escape(source);
}

export const SYNTHETIC_BADGE = '<span class="synthetic-badge" title="generated for benchmarks, not a real event">synthetic</span>';
