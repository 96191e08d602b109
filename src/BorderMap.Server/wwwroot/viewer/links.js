// The header's links to what the map shows: the view as a heatmap PNG and as GeoPackage and CSV
// exports. The server refuses (422) an export of more than Limits:ExportMaxRows incidents, so while
// the view selects more, the export links are disabled and say why instead of leading to that refusal.
const { exportMaxRows } = await (await fetch('/viewer/limits.json')).json();
const EXPORTS = { 'export-gpkg': 'incidents.gpkg', 'export-csv': 'incidents.csv' };
const $ = id => document.getElementById(id);

export class ViewLinks {
  /** `status` shows a message in the header (a click on a disabled export link gives its reason). */
  constructor(status) {
    for (const id of Object.keys(EXPORTS))
      $(id).addEventListener('click', event => {
        if ($(id).getAttribute('aria-disabled') !== 'true') return;
        event.preventDefault();
        status($(id).title);
      });
  }

  /** Points every link at the view: `query` holds the filters and the bbox. */
  update(query) {
    $('heatmap-png').href = `/maps/heatmap.png?${query}`;
    for (const [id, file] of Object.entries(EXPORTS)) $(id).href = `/api/v1/exports/${file}?${query}`;
  }

  /** Disables the export links while the view's `total` incidents are more than one export holds. */
  guard(total) {
    const over = total > exportMaxRows;
    for (const id of Object.keys(EXPORTS)) {
      $(id).setAttribute('aria-disabled', String(over));
      $(id).title = over ? `${total} incidents in view; one export holds at most ${exportMaxRows}: zoom in, shorten the period or filter` : '';
    }
  }
}
