-- The incidents a map draws as points: the newest first, at most $18 of them, in a fixed order
-- so the same request always draws the same points. $1-$17 the shared filters (analytics_incidents).
SELECT ST_X(i.geom), ST_Y(i.geom), i.event_type
FROM analytics_incidents($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) AS i
ORDER BY i.occurred_on DESC, i.id DESC
LIMIT $18;
