-- Every cell from every incident (after a bulk load marked most cells stale, one grouped scan beats
-- a recount cell by cell), then every level-15 cell joins the refreshed ones for the roll-up.
DELETE FROM incident_cells;
INSERT INTO incident_cells (level, cx, cy, retracted, event_type, country, geo_precision, incidents, fatalities, first_day, last_day, sum_x, sum_y)
SELECT 15, mercator_x(geom) >> 19, mercator_y(geom) >> 19, status = 'retracted', event_type, country, geo_precision,
       count(*), sum(fatalities), min(occurred_on), max(occurred_on), sum(mercator_x(geom)), sum(mercator_y(geom))
FROM incidents
WHERE status <> 'merged' AND mercator_y(geom) IS NOT NULL
GROUP BY 2, 3, 4, 5, 6, 7;
INSERT INTO refreshed_cells SELECT cx, cy FROM incident_cells WHERE level = 15 ON CONFLICT DO NOTHING;
