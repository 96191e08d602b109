-- One item: $1 id (text), $2 output SRID, $3 latitude first, $4 decimals.
SELECT id::text AS id,
       ST_AsGeoJSON(CASE WHEN $3 THEN ST_FlipCoordinates(ST_Transform(geom, $2)) ELSE ST_Transform(geom, $2) END, $4) AS geometry,
       json_build_object(
         'date', occurred_on, 'time_precision', CASE time_precision WHEN 1 THEN 'day' WHEN 2 THEN 'week' ELSE 'month' END,
         'event_type', event_type, 'sub_event_type', sub_event_type, 'fatalities', fatalities, 'injured', injured,
         'place_name', place_name, 'admin1', admin1, 'admin2', admin2, 'country', country,
         'geo_precision', geo_precision, 'confidence', confidence, 'uncertainty_m', uncertainty_m,
         'border_side', border_side, 'border_distance_m', border_distance_m, 'border_segment_id', border_segment_id,
         'source', source, 'source_url', source_url, 'synthetic', synthetic, 'updated_at', updated_at)::text AS properties
FROM incidents
WHERE status = 'active' AND id = $1::bigint;
