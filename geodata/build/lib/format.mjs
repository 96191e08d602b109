// Output formatting. Every file must come out byte-identical on every run, so
// numbers have a fixed number of decimals, strings are compared by code unit
// (never localeCompare, whose order depends on the ICU build), and GeoJSON is
// written one feature per line so that diffs of the committed files stay readable.
import fs from 'node:fs';
import path from 'node:path';

/** Code-unit string order: stable across Node versions and locales. */
export const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Fixed-decimal number, without "-0". */
export function fixed(value, decimals) {
  const s = value.toFixed(decimals);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** Rounds a coordinate for GeoJSON output (6 decimals ≈ 0.1 m). */
export const round6 = (x) => Math.round(x * 1e6) / 1e6;
export const roundCoords = (coords) =>
  typeof coords[0] === 'number' ? coords.map(round6) : coords.map(roundCoords);

function cleanCell(value) {
  const s = value === undefined || value === null ? '' : String(value);
  if (/[\t\n\r]/.test(s)) throw new Error(`TSV cell contains a tab or newline: ${JSON.stringify(s)}`);
  return s;
}

/** Writes a TSV file with a header line; rows are arrays in column order. */
export function writeTsv(file, columns, rows) {
  const lines = [columns.join('\t'), ...rows.map((r) => r.map(cleanCell).join('\t'))];
  writeText(file, lines.join('\n') + '\n');
  return rows.length;
}

/** Reads a hand-written TSV (header line, '#' comment lines allowed) into objects. */
export function readTsv(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines[0].split('\t');
  return lines.slice(1).map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== header.length) {
      throw new Error(`${path.basename(file)} row ${i + 1}: ${cells.length} cells, header has ${header.length}`);
    }
    return Object.fromEntries(header.map((h, j) => [h, cells[j].trim()]));
  });
}

/** Writes a FeatureCollection with one feature per line. */
export function writeGeoJson(file, features, extra = {}) {
  const head = JSON.stringify({ type: 'FeatureCollection', ...extra }).slice(0, -1);
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeText(file, `${head},"features":[\n${body}\n]}\n`);
  return features.length;
}

export function writeText(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text.normalize('NFC'), 'utf8');
}
