// The timeline panel: incidents per week stacked by event type, drawn in SVG by hand, with a brush
// (a drag across the chart) that chooses a period. It knows nothing of the map: the viewer gives it
// buckets as /api/v1/analytics/timeline answers them and hears the chosen period back.
const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;
const AXIS_HEIGHT = 14;
const toDay = text => Date.parse(`${text}T00:00:00Z`) / DAY;
const fromDay = day => new Date(day * DAY).toISOString().slice(0, 10);

export class Timeline {
  /** The first and last day the chart covers ('' when it is empty). */
  range = { from: '', to: '' };
  #svg;
  #legend;
  #types;
  #scale = null;

  /**
   * @param svg the chart element; @param legend where the colour key goes;
   * @param types [code, label, colour] per event type; @param onBrush (from, to) as yyyy-mm-dd.
   */
  constructor(svg, legend, types, onBrush) {
    this.#svg = svg;
    this.#legend = legend;
    this.#types = types;
    this.#installBrush(onBrush);
  }

  /** Draws the buckets and shows the brush over `period` ({ from, to }, either may be ''). */
  draw(buckets, period) {
    const svg = this.#svg;
    const width = svg.clientWidth || 800;
    const height = svg.clientHeight || 100;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
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
    this.#scale = { x, day: px => first + (px / width) * (last - first), first, last };
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
    // a label where each year begins
    let lastYear = null;
    for (const bucket of buckets) {
      const year = bucket.start.slice(0, 4);
      if (year === lastYear) continue;
      lastYear = year;
      this.#element('text', { x: x(toDay(bucket.start)) + 2, y: height - 2, class: 'axis' }).textContent = year;
    }
    this.#element('rect', { class: 'brush', id: 'brush', x: 0, y: 0, width: 0, height: height - AXIS_HEIGHT, visibility: 'hidden' });
    this.#showBrush(period);
    this.#legend.replaceChildren(...this.#types.map(([, label, c]) => {
      const item = document.createElement('span');
      item.innerHTML = `<i style="background:${c}"></i>${label}`;
      return item;
    }));
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
    const px = event => event.clientX - svg.getBoundingClientRect().left;
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
      onBrush(fromDay(Math.max(Math.floor(day(a)), first)), fromDay(Math.min(Math.floor(day(b)), last - 1)));
    });
  }
}
