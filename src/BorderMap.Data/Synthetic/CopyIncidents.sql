COPY incidents (occurred_on, time_precision, event_type, sub_event_type, tags, fatalities, geom, place_name,
                country, geo_precision, source, synthetic, created_by, updated_by)
FROM STDIN (FORMAT BINARY)
