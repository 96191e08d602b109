-- numberMatched for an Items page: the same filters as Places.Items.sql without the cursor.
SELECT count(*)
FROM places
WHERE ($1::float8 IS NULL OR geom && ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, $5), 4326))
  AND ($9::text IS NULL OR country = $9);
