-- Per border segment: incidents and fatalities in the period ($18-$19) and in the previous period
-- of the same length ($20-$21). The caller passes the filters with from = the previous period's
-- first day and to = the period's last day, so one scan reads both.
-- $1-$17 the shared filters (analytics_incidents).
SELECT s.id, s.ordinal, s.name, s.length_m, s.geom,
       count(i.id) FILTER (WHERE i.occurred_on BETWEEN $18 AND $19)::bigint,
       coalesce(sum(i.fatalities) FILTER (WHERE i.occurred_on BETWEEN $18 AND $19), 0)::bigint,
       count(i.id) FILTER (WHERE i.occurred_on BETWEEN $20 AND $21)::bigint,
       coalesce(sum(i.fatalities) FILTER (WHERE i.occurred_on BETWEEN $20 AND $21), 0)::bigint
FROM border_segments AS s
LEFT JOIN analytics_incidents($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) AS i ON i.border_segment_id = s.id
GROUP BY s.id
ORDER BY s.ordinal;
