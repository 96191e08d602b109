-- $1 run id, $2 the gazetteer version being applied, $3 batch size. The next incidents after the
-- run's cursor, in id order, that are in scope and were placed with another gazetteer version.
SELECT i.*, ST_X(i.geom) AS lon, ST_Y(i.geom) AS lat
FROM incidents i
CROSS JOIN (SELECT * FROM reprocess_runs WHERE id = $1) r
WHERE i.id > r.cursor_id
  AND i.status = 'active' AND i.gazetteer_version IS DISTINCT FROM $2
  AND (r.bbox IS NULL OR ST_Intersects(i.geom, r.bbox))
  AND (r.date_from IS NULL OR i.occurred_on >= r.date_from)
  AND (r.date_to IS NULL OR i.occurred_on <= r.date_to)
  AND (r.incident_ids IS NULL OR i.id = ANY(r.incident_ids))
ORDER BY i.id
LIMIT $3;
