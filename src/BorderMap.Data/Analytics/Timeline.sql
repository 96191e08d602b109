-- Incidents and fatalities per date and time precision (1 day, 2 week, 3 month), split by $18:
-- 'eventType', 'side', 'segment' or 'none' (from an allow-list in Core). Core puts them in buckets,
-- because where a week or a month goes depends on the interval and on how coarse dates are counted.
-- $1-$17 the shared filters (analytics_incidents).
SELECT i.occurred_on,
       i.time_precision,
       CASE $18
           WHEN 'eventType' THEN i.event_type
           WHEN 'side' THEN i.border_side::text
           WHEN 'segment' THEN i.border_segment_id
       END AS key,
       count(*)::bigint,
       coalesce(sum(i.fatalities), 0)::bigint
FROM analytics_incidents($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) AS i
GROUP BY 1, 2, 3
ORDER BY 1, 2, 3 NULLS LAST;
