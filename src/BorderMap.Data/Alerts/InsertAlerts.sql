-- $1 rule ids, $2 window starts, $3 baseline means (NULL without rise mode) of the windows that fire.
-- Each alert holds the ids of the window's active incidents. A window that already alerted is
-- skipped here and, should two checks race, by the UNIQUE constraint.
WITH firing AS (
    SELECT * FROM unnest($1::bigint[], $2::date[], $3::float8[]) AS f(rule_id, window_start, baseline)
), candidates AS (
    SELECT r.id AS rule_id, f.window_start, f.window_start + r.window_hours / 24 AS window_end, f.baseline,
           r.severity, r.webhook_url, found.ids, found.fatalities
    FROM firing f
    JOIN alert_rules r ON r.id = f.rule_id
    CROSS JOIN LATERAL (
        SELECT array_agg(i.id ORDER BY i.id) AS ids, coalesce(sum(i.fatalities), 0)::integer AS fatalities
        FROM incidents i
        WHERE i.occurred_on >= f.window_start AND i.occurred_on < f.window_start + r.window_hours / 24
          AND ST_Intersects(i.geom, r.area)
          AND i.status = 'active'
          AND (cardinality(r.event_types) = 0 OR i.event_type = ANY(r.event_types))
    ) found
    WHERE found.ids IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM alerts a
                      WHERE a.rule_id = r.id AND a.window_start = f.window_start AND a.window_end = f.window_start + r.window_hours / 24)
), inserted AS (
    INSERT INTO alerts (rule_id, window_start, window_end, incident_count, fatalities, incident_ids, baseline_average,
                        severity, delivery_state, next_attempt_at)
    SELECT rule_id, window_start, window_end, cardinality(ids), fatalities, ids, baseline, severity,
           CASE WHEN webhook_url IS NULL THEN 'none' ELSE 'pending' END,
           CASE WHEN webhook_url IS NULL THEN NULL ELSE now() END
    FROM candidates
    ON CONFLICT ON CONSTRAINT alerts_one_per_rule_window DO NOTHING
    RETURNING id, rule_id
), noted AS (
    UPDATE alert_rules SET last_alert_at = now() WHERE id IN (SELECT rule_id FROM inserted)
)
SELECT id FROM inserted ORDER BY id;
