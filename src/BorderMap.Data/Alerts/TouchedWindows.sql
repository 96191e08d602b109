-- $1 rule ids, $2 for each the time since which incidents count as new (its last evaluation less an
-- overlap that covers transactions still open then), $3 the earliest of those.
-- The windows of each rule that hold an incident whose date, place, type, status or fatalities
-- changed since (alert_fields_changed_at, migration V0009): only these can have changed.
WITH changed AS MATERIALIZED (
    SELECT occurred_on, geom, event_type, alert_fields_changed_at AS changed_at
    FROM incidents WHERE alert_fields_changed_at > $3
), since AS (
    SELECT * FROM unnest($1::bigint[], $2::timestamptz[]) AS s(rule_id, since)
)
SELECT DISTINCT r.id, alert_window_start(c.occurred_on, r.window_hours / 24)
FROM changed c
JOIN alert_rules r ON ST_Intersects(c.geom, r.area)
JOIN since s ON s.rule_id = r.id AND c.changed_at > s.since
WHERE cardinality(r.event_types) = 0 OR c.event_type = ANY(r.event_types);
