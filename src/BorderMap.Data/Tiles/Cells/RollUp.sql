-- Level $1's rows over the refreshed cells, each the sum of the four level-($1 + 1) cells it holds.
-- Its old rows are gone already (Recount.sql / RecountAll.sql).
WITH parents AS (
    SELECT DISTINCT cx >> (15 - $1) AS cx, cy >> (15 - $1) AS cy FROM refreshed_cells
)
INSERT INTO incident_cells (level, cx, cy, retracted, event_type, country, geo_precision, incidents, fatalities, first_day, last_day, sum_x, sum_y)
SELECT $1, p.cx, p.cy, c.retracted, c.event_type, c.country, c.geo_precision,
       sum(c.incidents), sum(c.fatalities), min(c.first_day), max(c.last_day), sum(c.sum_x), sum(c.sum_y)
FROM parents p
JOIN incident_cells c
  ON c.level = $1 + 1
 AND c.cx BETWEEN p.cx * 2 AND p.cx * 2 + 1
 AND c.cy BETWEEN p.cy * 2 AND p.cy * 2 + 1
GROUP BY p.cx, p.cy, c.retracted, c.event_type, c.country, c.geo_precision;
