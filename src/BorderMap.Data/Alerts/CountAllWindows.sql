-- $1 rule ids never evaluated, $2 the horizon (no window starting before the one holding it is counted; NULL: none).
-- Every window holding an active incident of the rule, with the count and the fatalities.
SELECT r.id, alert_window_start(i.occurred_on, r.window_hours / 24) AS window_start,
       count(*)::integer, coalesce(sum(i.fatalities), 0)::integer
FROM alert_rules r
JOIN incidents i ON ST_Intersects(i.geom, r.area)
WHERE r.id = ANY($1)
  AND ($2::date IS NULL OR i.occurred_on >= alert_window_start($2::date, r.window_hours / 24))
  AND i.status = 'active'
  AND (cardinality(r.event_types) = 0 OR i.event_type = ANY(r.event_types))
GROUP BY 1, 2;
