// Incident markers: each event type in the renderer's colour and shape (circle, triangle, square),
// drawn on a canvas once and used by the map, the legend and the list alike, so the three agree.
const OUTLINE = '#1f1f1f';

/** The image the map's stretch layer is hatched with, and its colour (the legend draws it too). */
export const STRETCH_HATCH = 'stretch-hatch';
export const STRETCH_COLOUR = '#5b2a86';

/** Traces a marker of `shape` filling a `size` × `size` box at the origin. */
function trace(context, shape, size) {
  const half = size / 2;
  context.beginPath();
  if (shape === 'triangle') {
    context.moveTo(half, 1);
    context.lineTo(size - 1, size - 1.5);
    context.lineTo(1, size - 1.5);
    context.closePath();
  } else if (shape === 'square') {
    context.rect(2, 2, size - 4, size - 4);
  } else {
    context.arc(half, half, half - 1.5, 0, 2 * Math.PI);
  }
}

/**
 * How a marker is drawn for how precisely its incident is placed (geo precision): `exact` (1, the
 * place itself) filled and outlined; `faint` (2, a district or "near" a place) half filled with a
 * dashed outline in its colour; `vague` (3, only a province or a stretch of the border) an empty
 * dashed ring, since it marks no real point: the map hatches the stretch instead.
 */
export const PRECISION_LOOK = { 1: 'exact', 2: 'faint', 3: 'vague' };

/** A canvas holding one marker, `size` CSS pixels wide, drawn as `look` (PRECISION_LOOK). */
export function markerCanvas(shape, colour, size = 14, { ratio = devicePixelRatio || 1, look = 'exact' } = {}) {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = Math.ceil(size * ratio);
  canvas.style.width = canvas.style.height = `${size}px`;
  const context = canvas.getContext('2d');
  context.scale(ratio, ratio);
  trace(context, shape, size);
  if (look !== 'vague') {
    context.globalAlpha = look === 'faint' ? 0.45 : 1;
    context.fillStyle = colour;
    context.fill();
    context.globalAlpha = 1;
  }
  context.lineWidth = look === 'vague' ? 2 : 1.2;
  context.strokeStyle = look === 'exact' ? OUTLINE : colour;
  if (look !== 'exact') context.setLineDash(look === 'vague' ? [2.5, 2] : [2, 1.5]);
  context.stroke();
  return canvas;
}

/** A hatch of the map's stretch layer: diagonal lines on clear ground, tiling seamlessly. */
export function hatchImage(colour, size = 8, ratio = 2) {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size * ratio;
  const context = canvas.getContext('2d');
  context.scale(ratio, ratio);
  context.strokeStyle = colour;
  context.lineWidth = 1.6;
  for (const offset of [-size, 0, size]) {
    context.beginPath();
    context.moveTo(offset, size);
    context.lineTo(offset + size, 0);
    context.stroke();
  }
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** The map's image name for an event type's marker. */
export const markerImage = code => `marker-${code}`;

/**
 * Draws the markers the map asks for: every type's (and the unclassified one), plain and faint. The
 * map asks for an image the first time a tile needs it, and waits for it, whenever that happens.
 */
export function provideMarkerImages(map, palette) {
  const markers = new Map([[markerImage('unclassified'), ['circle', palette.unclassified]]]);
  for (const type of palette.eventTypes) markers.set(markerImage(type.code), [type.shape, type.colour]);
  const ratio = 2;
  map.setMissingStyleImageResolver(async id => {
    if (id === STRETCH_HATCH) {
      if (!map.hasImage(id)) map.addImage(id, hatchImage(STRETCH_COLOUR, 8, ratio), { pixelRatio: ratio });
      return;
    }
    const [, base, look = 'exact'] = /^(.*?)(?:-(faint|vague))?$/.exec(id);
    const marker = markers.get(base);
    if (!marker || map.hasImage(id)) return;
    const canvas = markerCanvas(marker[0], marker[1], 14, { ratio, look });
    map.addImage(id, canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height), { pixelRatio: ratio });
  });
}

/** The icon-image expression: the type's marker, drawn as its geo precision's look (PRECISION_LOOK). */
export function markerExpression(palette) {
  const name = ['match', ['get', 'event_type'],
    ...palette.eventTypes.flatMap(t => [t.code, markerImage(t.code)]), markerImage('unclassified')];
  return ['match', ['coalesce', ['get', 'geo_precision'], 1], 2, ['concat', name, '-faint'], 3, ['concat', name, '-vague'], name];
}

/** Each type's colour as a style expression, for layers drawn in the incident's colour. */
export const colourExpression = palette =>
  ['match', ['get', 'event_type'], ...palette.eventTypes.flatMap(t => [t.code, t.colour]), palette.unclassified];
