-- Every cell from every incident (after a bulk load marked most cells stale, one grouped scan beats
-- a recount cell by cell), then every level-15 cell joins the refreshed ones for the roll-up.
-- Each position is computed once per row (OFFSET 0 keeps the planner from inlining the functions
-- into each of their four uses): 16 % less CPU over 1M incidents (bench/RESULTS.md, "Bulk load").
DELETE FROM incident_cells;
INSERT INTO incident_cells (level, cx, cy, retracted, event_type, country, geo_precision, incidents, fatalities, first_day, last_day, sum_x, sum_y)
SELECT 15, p.x >> 19, p.y >> 19, i.status = 'retracted', i.event_type, i.country, i.geo_precision,
       count(*), sum(i.fatalities), min(i.occurred_on), max(i.occurred_on), sum(p.x), sum(p.y)
FROM incidents i
CROSS JOIN LATERAL (SELECT mercator_x(i.geom) AS x, mercator_y(i.geom) AS y OFFSET 0) p
WHERE i.status <> 'merged' AND p.y IS NOT NULL
GROUP BY 2, 3, 4, 5, 6, 7;
INSERT INTO refreshed_cells SELECT cx, cy FROM incident_cells WHERE level = 15 ON CONFLICT DO NOTHING;
