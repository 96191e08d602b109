-- One page of OGC items in id order (keyset: rows inserted while a client pages never shift a page).
-- Parameters shared by every collection's Items query: $1-$4 bbox (x = lon or easting), $5 its SRID;
-- $6/$7 first/last day; $8 event type; $9 country; $10 geo precision; $11 the previous page's last id;
-- $12 output SRID, $13 latitude first (EPSG:4326), $14 decimals; $15 page size + 1; $16 one id (a single item).
-- A NULL switches a filter off; statements are not prepared, so unused predicates fold away.
SELECT id::text AS id,
       ST_AsGeoJSON(CASE WHEN $13 THEN ST_FlipCoordinates(ST_Transform(geom, $12)) ELSE ST_Transform(geom, $12) END, $14) AS geometry,
       json_build_object('name', name, 'kind', kind, 'tj_side', tj_side, 'af_side', af_side, 'segment_id', segment_id,
         'snap_distance_m', snap_distance_m, 'note', note, 'source', source)::text AS properties
FROM crossings
WHERE ($1::float8 IS NULL OR geom && ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, $5), 4326))
  AND ($11::text IS NULL OR id > $11)
  AND ($16::text IS NULL OR crossings.id = $16)
ORDER BY crossings.id -- the column, not the text alias
LIMIT $15;
