// Rivers and lakes for the basemap, from GSHHG 2.3.7 (Wessel & Smith; rivers from CIA World Data
// Bank II), as Debian ships it for GMT: packages gmt-gshhg-high (the data, LGPL-3+) and gmt (whose
// `gmt coast -M` writes the binned features as text). No npm package ships rivers or lakes of this
// region, so this is the one step of the build that needs Debian packages.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REGION_BBOX } from './countries.mjs';
import { byText, fixed } from './format.mjs';

/** GSHHG's river classes that the basemap draws (gmt coast -I): permanent rivers and canals. */
export const RIVER_CLASSES = {
  1: 'permanent major river', 2: 'additional major river', 3: 'additional river', 4: 'minor river',
  8: 'major canal', 9: 'minor canal', 10: 'irrigation canal',
};
export const GSHHG_PACKAGE = 'gmt-gshhg-high';
const RESOLUTION = 'h'; // the highest resolution Debian's gmt-gshhg-high holds (about 200 m)

const region = () => `-R${REGION_BBOX[0]}/${REGION_BBOX[2]}/${REGION_BBOX[1]}/${REGION_BBOX[3]}`;

/** Runs `gmt coast -M` and splits its multisegment text into [header, [[lon, lat], …]] pieces. */
function dump(selector) {
  let text;
  // in a folder of its own: gmt leaves its history file (gmt.history) where it runs
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bordermap-gmt-'));
  try {
    text = execFileSync('gmt', ['coast', region(), `-D${RESOLUTION}`, selector, '-M'], { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    throw new Error(`gmt coast ${selector} failed (${error.message}): install Debian's gmt and ${GSHHG_PACKAGE}`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const pieces = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) pieces.push([line, []]);
    else if (line.trim() !== '') pieces.at(-1)[1].push(line.trim().split(/\s+/).map(Number));
  }
  return pieces;
}

const coords = (points) => points.map(([lon, lat]) => [Number(fixed(lon, 5)), Number(fixed(lat, 5))]);
const levelOf = (header) => Number(/Level (\d+)/.exec(header)?.[1]);

/** The GSHHG version Debian installed, for the build report. */
export function gshhgVersion() {
  const status = execFileSync('dpkg-query', ['-W', '-f=${Version}', GSHHG_PACKAGE], { encoding: 'utf8' });
  return status.trim();
}

/**
 * Lakes (GSHHG shoreline level 2, closed rings) and rivers of RIVER_CLASSES in the region, one
 * feature per piece GSHHG stores (rivers are cut at its bins), sorted so the file is stable.
 */
export function waterFeatures() {
  const source = `GSHHG 2.3.7 (LGPL-3+) via Debian ${GSHHG_PACKAGE}`;
  const lakes = dump('-W2').filter(([header, points]) => levelOf(header) === 2 && points.length >= 4).map(([, points]) => ({
    type: 'Feature',
    properties: { kind: 'lake', source },
    geometry: { type: 'Polygon', coordinates: [coords(points)] },
  }));
  const rivers = dump('-Ia').filter(([header, points]) => RIVER_CLASSES[levelOf(header)] && points.length >= 2).map(([header, points]) => ({
    type: 'Feature',
    properties: { kind: levelOf(header) >= 8 ? 'canal' : 'river', class: levelOf(header), description: RIVER_CLASSES[levelOf(header)], source },
    geometry: { type: 'LineString', coordinates: coords(points) },
  }));
  const key = (f) => `${f.properties.kind}\t${String(f.properties.class ?? 0).padStart(2, '0')}\t${JSON.stringify(f.geometry.coordinates)}`;
  return [...lakes, ...rivers].sort((a, b) => byText(key(a), key(b)));
}
