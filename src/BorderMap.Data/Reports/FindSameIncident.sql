-- $1 event type, $2 date, $3 point: an active incident of the same type within a day and 10 km.
SELECT id FROM incidents
WHERE status = 'active' AND event_type = $1
  AND occurred_on BETWEEN $2::date - 1 AND $2::date + 1
  AND ST_DWithin(geom::geography, $3::geography, 10000)
ORDER BY ST_Distance(geom::geography, $3::geography), id
LIMIT 1;
