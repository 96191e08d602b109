-- $1, $2 the starts and (exclusive) ends of disjoint date ranges (a NULL end: no end), $3..$6 the
-- envelope of the rules' areas. The active incidents that alert windows count, as RuleAreaIndex reads them.
SELECT i.occurred_on, ST_X(i.geom), ST_Y(i.geom), i.event_type, i.fatalities
FROM unnest($1::date[], $2::date[]) AS r(start_on, end_on)
JOIN incidents i ON i.occurred_on >= r.start_on AND (r.end_on IS NULL OR i.occurred_on < r.end_on)
WHERE i.status = 'active'
  AND i.geom && ST_MakeEnvelope($3, $4, $5, $6, 4326);
