-- How many incidents match, their first and last dates, and whether any is synthetic.
-- $1-$17 the shared filters (analytics_incidents).
SELECT count(*), min(i.occurred_on), max(i.occurred_on), coalesce(bool_or(i.synthetic), false)
FROM analytics_incidents($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) AS i;
