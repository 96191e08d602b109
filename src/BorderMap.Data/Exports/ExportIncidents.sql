-- Every incident matching the list filters, in id order, streamed row by row to an export writer.
-- The parameters are ListIncidents.sql's $1-$17 (include retracted, bbox, from, to, types, country,
-- max geo precision, near point, radius and its envelope); there is no page, an export takes all.
SELECT id, occurred_on,
       CASE time_precision WHEN 1 THEN 'day' WHEN 2 THEN 'week' ELSE 'month' END,
       event_type, sub_event_type, fatalities, injured, place_name, admin1, admin2, country::text,
       geo_precision, confidence, uncertainty_m, border_side::text, border_distance_m, border_segment_id,
       source, source_url, published_at, synthetic, updated_at, ST_X(geom), ST_Y(geom)
FROM analytics_incidents($1::boolean, $2::float8, $3::float8, $4::float8, $5::float8, $6::date, $7::date, $8::text[], $9::text,
                         $10::smallint, $11::float8, $12::float8, $13::float8, $14::float8, $15::float8, $16::float8, $17::float8)
ORDER BY id;
