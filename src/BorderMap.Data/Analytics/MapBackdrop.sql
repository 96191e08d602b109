-- The basemap under a map of the box $1-$4 (lon/lat): countries, the border line, its segments and
-- crossings that touch the box, simplified to about a pixel ($5 degrees). Empty until the geodata
-- loader has filled the tables.
SELECT 'country' AS layer, code AS id, name, ST_SimplifyPreserveTopology(geom, $5) AS geom, 0 AS ordinal
FROM countries WHERE geom && ST_MakeEnvelope($1, $2, $3, $4, 4326)
UNION ALL
SELECT 'border', id, name, ST_Simplify(geom, $5), 0
FROM border_line WHERE geom && ST_MakeEnvelope($1, $2, $3, $4, 4326)
UNION ALL
SELECT 'segment', id, name, ST_Simplify(geom, $5), ordinal
FROM border_segments WHERE geom && ST_MakeEnvelope($1, $2, $3, $4, 4326)
UNION ALL
SELECT 'crossing', id, name, geom, 0
FROM crossings WHERE geom && ST_MakeEnvelope($1, $2, $3, $4, 4326)
ORDER BY layer, ordinal, id;
