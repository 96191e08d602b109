// The timeline panel: incidents per week stacked by event type, drawn in SVG by hand, with a brush
// (a drag across the chart) that chooses a period. It knows nothing of the map: the viewer gives it
// buckets as /api/v1/analytics/timeline answers them and hears the chosen period back.
const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;
const AXIS_HEIGHT = 14;
const LABEL_GAP = 34; // px between year labels: fewer labels rather than overlapping ones
const toDay = text => Date.parse(`${text}T00:00:00Z`) / DAY;
const fromDay = day => new Date(day * DAY).toISOString().slice(0, 10);

export class Timeline {
  /** The first and last day the chart covers ('' when it is empty). */
  range = { from: '', to: '' };
  #svg;
  #types;
  #scale = null;
  #drawn = null;

  /** @param svg the chart element; @param types [code, label, colour] per event type; @param onBrush (from, to) as yyyy-mm-dd. */
  constructor(svg, types, onBrush) {
    this.#svg = svg;
    this.#types = types;
    this.#installBrush(onBrush);
    // Drawn at the size the chart has when the data arrives, which on first load may not be its
    // final size yet (the page is still being laid out): drawn again whenever the size changes.
    let size = '';
    new ResizeObserver(() => requestAnimationFrame(() => {
      const now = `${svg.clientWidth}×${svg.clientHeight}`;
      if (now === size) return;
      size = now;
      if (this.#drawn) this.draw(...this.#drawn);
    })).observe(svg);
  }

  /** Draws the buckets and shows the brush over `period` ({ from, to }, either may be ''). */
  draw(buckets, period) {
    this.#drawn = [buckets, { from: period.from, to: period.to }];
    const svg = this.#svg;
    const width = svg.clientWidth || 800;
    const height = svg.clientHeight || 100;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.replaceChildren();
    if (!buckets.length) {
      this.#scale = null;
      this.range = { from: '', to: '' };
      this.#element('text', { x: 10, y: height / 2, class: 'axis' }).textContent = 'No incidents match the filters.';
      return;
    }
    const first = toDay(buckets[0].start);
    const last = toDay(buckets.at(-1).end) + 1;
    this.range = { from: buckets[0].start, to: buckets.at(-1).end };
    const x = day => ((day - first) / (last - first)) * width;
    this.#scale = { x, day: px => first + (px / width) * (last - first), first, last, width };
    const most = Math.max(...buckets.map(b => b.incidents));
    const y = n => (n / most) * (height - AXIS_HEIGHT - 4);
    const colour = Object.fromEntries(this.#types.map(([code, , c]) => [code, c]));
    for (const bucket of buckets) {
      const left = x(toDay(bucket.start));
      const barWidth = Math.max(1, x(toDay(bucket.end) + 1) - left - 1);
      let base = height - AXIS_HEIGHT;
      for (const group of bucket.groups) {
        const h = y(group.incidents);
        const bar = this.#element('rect', { x: left, y: base - h, width: barWidth, height: h, fill: colour[group.key] ?? '#333' });
        // spread week- and month-dated incidents make fractional counts
        this.#element('title', {}, bar).textContent = `${bucket.start}: ${+group.incidents.toFixed(2)} ${group.label ?? group.key}`;
        base -= h;
      }
    }
    // a tick on each 1 January, labelled while the labels keep apart
    const firstYear = buckets[0].start.slice(0, 4);
    this.#element('text', { x: 2, y: height - 2, class: 'axis year', 'data-day': buckets[0].start }).textContent = firstYear;
    let lastLabel = 2;
    for (let year = Number(firstYear) + 1; year <= Number(buckets.at(-1).end.slice(0, 4)); year++) {
      const tick = x(toDay(`${year}-01-01`));
      this.#element('line', { x1: tick, x2: tick, y1: height - AXIS_HEIGHT, y2: height - AXIS_HEIGHT + 3, class: 'tick' });
      if (tick - lastLabel < LABEL_GAP || tick > width - 24) continue;
      lastLabel = tick;
      this.#element('text', { x: tick + 2, y: height - 2, class: 'axis year', 'data-day': `${year}-01-01` }).textContent = year;
    }
    this.#element('rect', { class: 'brush', id: 'brush', x: 0, y: 0, width: 0, height: height - AXIS_HEIGHT, visibility: 'hidden' });
    this.#showBrush(period);
  }

  #element(name, attributes, parent = this.#svg) {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
    parent.append(node);
    return node;
  }

  #showBrush({ from, to }) {
    const brush = this.#svg.querySelector('.brush');
    if (!brush || !this.#scale) return;
    if (!from && !to) { brush.setAttribute('visibility', 'hidden'); return; }
    const left = this.#scale.x(from ? toDay(from) : this.#scale.first);
    const right = this.#scale.x(to ? toDay(to) + 1 : this.#scale.last);
    this.#stretchBrush(brush, Math.max(0, left), right);
  }

  #stretchBrush(brush, left, right) {
    brush.setAttribute('x', left);
    brush.setAttribute('width', Math.max(1, right - left));
    brush.setAttribute('visibility', 'visible');
  }

  #installBrush(onBrush) {
    const svg = this.#svg;
    let start = null;
    // in the chart's own units, whatever size it is shown at
    const px = event => {
      const box = svg.getBoundingClientRect();
      return (event.clientX - box.left) * ((this.#scale?.width ?? box.width) / box.width);
    };
    svg.addEventListener('pointerdown', event => {
      if (!this.#scale) return;
      start = px(event);
      svg.setPointerCapture(event.pointerId);
    });
    svg.addEventListener('pointermove', event => {
      const brush = svg.querySelector('.brush');
      if (start === null || !brush) return;
      const [a, b] = [start, px(event)].sort((p, q) => p - q);
      this.#stretchBrush(brush, a, b);
    });
    svg.addEventListener('pointerup', event => {
      if (start === null || !this.#scale) { start = null; return; }
      const [a, b] = [start, px(event)].sort((p, q) => p - q);
      start = null;
      if (b - a < 3) return; // a click, not a drag
      const { day, first, last } = this.#scale;
      // from the day under the start to the last day that begins before the end (a drag that ends on
      // 1 January ends the period on 31 December); a millionth of a day absorbs rounding
      onBrush(fromDay(Math.max(Math.floor(day(a) + 1e-6), first)), fromDay(Math.min(Math.ceil(day(b) - 1e-6) - 1, last - 1)));
    });
  }
}
