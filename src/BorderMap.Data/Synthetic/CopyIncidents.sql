COPY incidents (occurred_on, time_precision, event_type, sub_event_type, tags, fatalities, geom, place_name,
                country, geo_precision, source, synthetic, created_by, updated_by,
                border_side, border_distance_m, border_segment_id, nearest_crossing_id, nearest_crossing_m, gazetteer_version)
FROM STDIN (FORMAT BINARY)
