-- numberMatched for an Items page: the same filters as BorderSegments.Items.sql without the cursor.
SELECT count(*)
FROM border_segments
WHERE ($1::float8 IS NULL OR geom && ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, $5), 4326));
