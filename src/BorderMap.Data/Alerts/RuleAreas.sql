-- $1 rule ids: what counting their windows needs (RuleAreaIndex).
SELECT id, area, event_types, window_hours / 24
FROM alert_rules
WHERE id = ANY($1);
