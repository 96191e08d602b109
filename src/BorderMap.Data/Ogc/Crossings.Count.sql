-- numberMatched for an Items page: the same filters as Crossings.Items.sql without the cursor.
SELECT count(*)
FROM crossings
WHERE ($1::float8 IS NULL OR geom && ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, $5), 4326));
