// Figures that explain the border length: the same line generalised
// (Douglas–Peucker) at coarser tolerances gets shorter, as every meander of the
// Panj smaller than the tolerance is cut off. Published lengths were measured on
// maps of roughly kilometre-scale generalisation.
import * as turf from '@turf/turf';
import { measure } from './linework.mjs';

const METRES_PER_DEGREE = 111_000; // turf.simplify works in degrees; rough is fine for a table

export function generalisedLengths(coords, tolerancesM = [100, 250, 500, 1000]) {
  return tolerancesM.map((toleranceM) => {
    const s = turf.simplify(turf.lineString(coords), { tolerance: toleranceM / METRES_PER_DEGREE, highQuality: true });
    const c = s.geometry.coordinates;
    return { toleranceM, vertices: c.length, km: (measure(c).length / 1000).toFixed(1) };
  });
}
