-- $1 the earliest day any new rule counts (NULL: all history), $2..$5 the envelope of their areas.
-- The active incidents a new rule's first evaluation counts, as RuleAreaIndex reads them.
SELECT occurred_on, ST_X(geom), ST_Y(geom), event_type, fatalities
FROM incidents
WHERE status = 'active'
  AND ($1::date IS NULL OR occurred_on >= $1::date)
  AND geom && ST_MakeEnvelope($2, $3, $4, $5, 4326);
