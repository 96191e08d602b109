-- One page of OGC items in id order (keyset: rows inserted while a client pages never shift a page).
-- Parameters shared by every collection's Items query: $1-$4 bbox (x = lon or easting), $5 its SRID;
-- $6/$7 first/last day; $8 event type; $9 country; $10 geo precision; $11 the previous page's last id;
-- $12 output SRID, $13 latitude first (EPSG:4326), $14 decimals; $15 page size + 1; $16 one id (a single item).
-- A NULL switches a filter off; every plan is a custom plan (the server sets plan_cache_mode), so unused
-- predicates fold away. Columns: the id, the geometry as GeoJSON text, then one column per property,
-- named as the property (OgcFeatureWriter writes each from its type).
SELECT id,
       ST_AsGeoJSON(CASE WHEN $13 THEN ST_FlipCoordinates(ST_Transform(geom, $12)) ELSE ST_Transform(geom, $12) END, $14, 0) AS geometry,
       ordinal, name, tj_admin2_code, tj_admin2_name, af_admin2_code, af_admin2_name, from_m, to_m, length_m
FROM border_segments
WHERE ($1::float8 IS NULL OR geom && ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, $5), 4326))
  AND /* filter */ TRUE
  AND ($11::text IS NULL OR id > $11)
  AND ($16::text IS NULL OR border_segments.id = $16)
ORDER BY border_segments.id
LIMIT $15;
