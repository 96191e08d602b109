// Incident markers: each event type in the renderer's colour and shape (circle, triangle, square),
// drawn on a canvas once and used by the map, the legend and the list alike, so the three agree.
const OUTLINE = '#1f1f1f';

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

/** A canvas holding one marker, `size` CSS pixels wide; `faint` draws it as the map draws an imprecise incident. */
export function markerCanvas(shape, colour, size = 14, { ratio = devicePixelRatio || 1, faint = false } = {}) {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = Math.ceil(size * ratio);
  canvas.style.width = canvas.style.height = `${size}px`;
  const context = canvas.getContext('2d');
  context.scale(ratio, ratio);
  trace(context, shape, size);
  context.globalAlpha = faint ? 0.45 : 1;
  context.fillStyle = colour;
  context.fill();
  context.globalAlpha = 1;
  context.lineWidth = 1.2;
  context.strokeStyle = faint ? colour : OUTLINE;
  if (faint) context.setLineDash([2, 1.5]);
  context.stroke();
  return canvas;
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
    const faint = id.endsWith('-faint');
    const marker = markers.get(faint ? id.slice(0, -'-faint'.length) : id);
    if (!marker || map.hasImage(id)) return;
    const canvas = markerCanvas(marker[0], marker[1], 14, { ratio, faint });
    map.addImage(id, canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height), { pixelRatio: ratio });
  });
}

/** The icon-image expression: the type's marker, faint when the incident is placed only to a province or the border. */
export function markerExpression(palette) {
  const name = ['match', ['get', 'event_type'],
    ...palette.eventTypes.flatMap(t => [t.code, markerImage(t.code)]), markerImage('unclassified')];
  return ['case', ['>=', ['coalesce', ['get', 'geo_precision'], 1], 3], ['concat', name, '-faint'], name];
}
