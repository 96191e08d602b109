-- Incidents and fatalities per bucket ($18: 'day', 'week' from Monday, or 'month'), split by
-- $19: 'eventType', 'side', 'segment' or 'none'. Both come from allow-lists in Core.
-- $1-$17 the shared filters (analytics_incidents).
SELECT date_trunc($18, i.occurred_on::timestamp)::date AS bucket,
       CASE $19
           WHEN 'eventType' THEN i.event_type
           WHEN 'side' THEN i.border_side::text
           WHEN 'segment' THEN i.border_segment_id
       END AS key,
       count(*)::bigint,
       coalesce(sum(i.fatalities), 0)::bigint
FROM analytics_incidents($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) AS i
GROUP BY 1, 2
ORDER BY 1, 2 NULLS LAST;
