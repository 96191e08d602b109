-- $17 the rule id; $1..$16 as InsertAlertRule. An edit clears evaluated_at so the next check
-- evaluates every window of the rule again; windows that already alerted stay alerted (UNIQUE).
-- $14 is the secret as Data Protection wrote it. Disabling a rule cancels its deliveries that wait
-- for their next attempt; one in flight is cancelled by its next claim (ClaimDelivery).
WITH source AS (
    SELECT CASE $2
               WHEN 'segment'  THEN (SELECT geom FROM border_segments WHERE id = $3)
               WHEN 'crossing' THEN (SELECT geom FROM crossings WHERE id = $3)
               ELSE $5
           END AS geom
), updated AS (
    UPDATE alert_rules r SET
        name = $1, area_kind = $2, area_ref = $3, area_buffer_km = $4, area_input = s.geom,
        area = ST_Multi(CASE WHEN $4 IS NULL THEN s.geom ELSE ST_Buffer(s.geom::geography, $4 * 1000)::geometry END),
        event_types = $6, min_count = $7, window_hours = $8, min_fatalities = $9, baseline_windows = $10,
        rise_percent = $11, severity = $12, webhook_url = $13, webhook_secret_protected = $14, webhook_secret_plain = NULL, cooldown_minutes = $15,
        enabled = $16, evaluated_at = NULL, revision = r.revision + 1, updated_at = now()
    FROM source s
    WHERE r.id = $17 AND r.deleted_at IS NULL AND s.geom IS NOT NULL
    RETURNING r.*
), cancelled AS (
    UPDATE alerts a SET delivery_state = 'cancelled', next_attempt_at = NULL
    FROM updated u
    WHERE a.rule_id = u.id AND NOT u.enabled AND a.delivery_state = 'pending'
)
SELECT * FROM updated;
