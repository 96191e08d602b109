-- $1 rule ids never evaluated: what their first evaluation counts with (RuleAreaIndex).
SELECT id, area, event_types, window_hours / 24
FROM alert_rules
WHERE id = ANY($1);
