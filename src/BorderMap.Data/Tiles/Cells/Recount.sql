-- The refreshed cells' rows at every level go; their level-15 rows are counted again from the
-- incidents inside each cell (the GiST index finds them by the cell's envelope, the integer
-- position decides). The coarser levels are then rolled up from these (RollUp.sql).
DELETE FROM incident_cells c
USING refreshed_cells r, generate_series(6, 15) AS l (level)
WHERE c.level = l.level AND c.cx = r.cx >> (15 - l.level) AND c.cy = r.cy >> (15 - l.level);
INSERT INTO incident_cells (level, cx, cy, retracted, event_type, country, geo_precision, incidents, fatalities, first_day, last_day, sum_x, sum_y)
SELECT 15, r.cx, r.cy, i.status = 'retracted', i.event_type, i.country, i.geo_precision,
       count(*), sum(i.fatalities), min(i.occurred_on), max(i.occurred_on), sum(mercator_x(i.geom)), sum(mercator_y(i.geom))
FROM refreshed_cells r
JOIN incidents i
  ON i.geom && ST_Expand(ST_Transform(ST_TileEnvelope(15, r.cx, r.cy), 4326), 1e-7)
 AND mercator_x(i.geom) >> 19 = r.cx
 AND mercator_y(i.geom) >> 19 = r.cy
WHERE i.status <> 'merged'
GROUP BY r.cx, r.cy, 4, 5, 6, 7;
