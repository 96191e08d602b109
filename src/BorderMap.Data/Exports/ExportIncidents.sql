-- Every incident matching the list filters, in id order, streamed row by row to an export writer.
-- The parameters are ListIncidents.sql's $1-$17 (include retracted, bbox, from, to, types, country,
-- max geo precision, near point, radius and its envelope); there is no page, an export takes all.
SELECT id, occurred_on,
       CASE time_precision WHEN 1 THEN 'day' WHEN 2 THEN 'week' ELSE 'month' END,
       event_type, sub_event_type, fatalities, injured, place_name, admin1, admin2, country::text,
       geo_precision, confidence, border_side::text, border_distance_m, border_segment_id,
       source, source_url, published_at, synthetic, updated_at, ST_X(geom), ST_Y(geom)
FROM incidents
WHERE (status = 'active' OR ($1 AND status = 'retracted'))
  AND ($2::float8 IS NULL OR geom && ST_MakeEnvelope($2, $3, $4, $5, 4326))
  AND ($6::date IS NULL OR occurred_on >= $6)
  AND ($7::date IS NULL OR occurred_on <= $7)
  AND ($8::text[] IS NULL OR event_type = ANY ($8))
  AND ($9::text IS NULL OR country = $9)
  AND ($10::smallint IS NULL OR geo_precision <= $10)
  AND ($11::float8 IS NULL OR (
        geom && ST_MakeEnvelope($14, $15, $16, $17, 4326)
        AND ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint($11, $12), 4326)::geography, $13)))
ORDER BY id;
