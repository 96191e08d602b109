-- $1 name, $2 area kind, $3 area ref (segment/crossing id), $4 buffer km, $5 drawn polygon or point,
-- $6 event types, $7 min count, $8 window hours, $9 min fatalities, $10 baseline windows,
-- $11 rise percent, $12 severity, $13 webhook url, $14 webhook secret (as Data Protection wrote it), $15 cooldown minutes, $16 enabled.
-- The area resolves here, from the border tables the geodata loader filled; no row comes back when
-- the segment or crossing is unknown.
WITH source AS (
    SELECT CASE $2
               WHEN 'segment'  THEN (SELECT geom FROM border_segments WHERE id = $3)
               WHEN 'crossing' THEN (SELECT geom FROM crossings WHERE id = $3)
               ELSE $5
           END AS geom
), inserted AS (
    INSERT INTO alert_rules (name, area_kind, area_ref, area_buffer_km, area_input, area, event_types, min_count, window_hours,
                             min_fatalities, baseline_windows, rise_percent, severity, webhook_url, webhook_secret_protected,
                             cooldown_minutes, enabled)
    SELECT $1, $2, $3, $4, s.geom,
           ST_Multi(CASE WHEN $4 IS NULL THEN s.geom ELSE ST_Buffer(s.geom::geography, $4 * 1000)::geometry END),
           $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16
    FROM source s
    WHERE s.geom IS NOT NULL
    RETURNING *
)
SELECT * FROM inserted;
