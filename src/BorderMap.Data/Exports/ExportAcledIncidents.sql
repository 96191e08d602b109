-- ExportIncidents.sql's selection (the same $1-$17 list filters), with the columns the ACLED layout
-- is written from: ACLED's key and kept columns beside BorderMap's typed ones, then BorderMap's own.
SELECT id, acled_event_id, occurred_on, time_precision, event_type, sub_event_type, actors, fatalities,
       admin1, admin2, place_name, country::text, geo_precision, source, notes, acled::text, ST_X(geom), ST_Y(geom),
       status, tags, injured, confidence, border_side::text, border_distance_m, border_segment_id, source_url,
       published_at, synthetic, updated_at
FROM analytics_incidents($1::boolean, $2::float8, $3::float8, $4::float8, $5::float8, $6::date, $7::date, $8::text[], $9::text,
                         $10::smallint, $11::float8, $12::float8, $13::float8, $14::float8, $15::float8, $16::float8, $17::float8)
ORDER BY id;
