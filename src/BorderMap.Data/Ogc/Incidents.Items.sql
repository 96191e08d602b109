-- One page of OGC items in id order (keyset: rows inserted while a client pages never shift a page).
-- Parameters shared by every collection's Items query: $1-$4 bbox (x = lon or easting), $5 its SRID;
-- $6/$7 first/last day; $8 event type; $9 country; $10 geo precision; $11 the previous page's last id;
-- $12 output SRID, $13 latitude first (EPSG:4326), $14 decimals; $15 page size + 1; $16 one id (a single item).
-- A NULL switches a filter off; statements are not prepared, so unused predicates fold away.
SELECT id::text AS id,
       ST_AsGeoJSON(CASE WHEN $13 THEN ST_FlipCoordinates(ST_Transform(geom, $12)) ELSE ST_Transform(geom, $12) END, $14) AS geometry,
       json_build_object(
         'date', occurred_on, 'time_precision', CASE time_precision WHEN 1 THEN 'day' WHEN 2 THEN 'week' ELSE 'month' END,
         'event_type', event_type, 'sub_event_type', sub_event_type, 'fatalities', fatalities, 'injured', injured,
         'place_name', place_name, 'admin1', admin1, 'admin2', admin2, 'country', country,
         'geo_precision', geo_precision, 'confidence', confidence, 'uncertainty_m', uncertainty_m,
         'border_side', border_side, 'border_distance_m', border_distance_m, 'border_segment_id', border_segment_id,
         'source', source, 'source_url', source_url, 'synthetic', synthetic, 'updated_at', updated_at)::text AS properties
FROM incidents
WHERE status = 'active'
  AND ($1::float8 IS NULL OR geom && ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, $5), 4326))
  AND ($6::date IS NULL OR occurred_on >= $6)
  AND ($7::date IS NULL OR occurred_on <= $7)
  AND ($8::text IS NULL OR event_type = $8)
  AND ($9::text IS NULL OR country = $9)
  AND ($10::smallint IS NULL OR geo_precision = $10)
  AND ($11::text IS NULL OR id > $11::bigint)
  AND ($16::text IS NULL OR incidents.id = $16::bigint)
ORDER BY incidents.id -- the column, not the text alias
LIMIT $15;
