-- $1 rule ids, $2 window starts: the count and fatalities of each (rule, window), zero included.
SELECT w.rule_id, w.window_start, count(i.id)::integer, coalesce(sum(i.fatalities), 0)::integer
FROM unnest($1::bigint[], $2::date[]) AS w(rule_id, window_start)
JOIN alert_rules r ON r.id = w.rule_id
LEFT JOIN incidents i
       ON i.occurred_on >= w.window_start AND i.occurred_on < w.window_start + r.window_hours / 24
      AND ST_Intersects(i.geom, r.area)
      AND i.status = 'active'
      AND (cardinality(r.event_types) = 0 OR i.event_type = ANY(r.event_types))
GROUP BY 1, 2;
