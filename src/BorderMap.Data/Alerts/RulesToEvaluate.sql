-- $1 the check's start. A rule cooling down after its last alert is left out: its evaluated_at stays,
-- so the windows written meanwhile are evaluated by the first check after the cooldown. The area and
-- event types come along for counting its windows (RuleAreaIndex).
SELECT id, revision, window_hours, min_count, min_fatalities, baseline_windows, rise_percent, evaluated_at,
       area, event_types
FROM alert_rules
WHERE enabled AND deleted_at IS NULL
  AND (last_alert_at IS NULL OR last_alert_at + cooldown_minutes * interval '1 minute' <= $1)
ORDER BY id;
