-- Every filter is optional: a NULL parameter switches its predicate off. Statements are not
-- prepared, so PostgreSQL plans each call with the actual values and folds the unused predicates
-- away before choosing an index.
-- $1 include retracted; $2-$5 bbox; $6 from; $7 to; $8 types; $9 country; $10 max geo precision;
-- $11-$12 near lon/lat, $13 radius m, $14-$17 the near circle's envelope; $18-$19 cursor; $20 limit.
SELECT *, ST_X(geom) AS lon, ST_Y(geom) AS lat
FROM incidents
WHERE (status = 'active' OR ($1 AND status = 'retracted'))
  AND ($2::float8 IS NULL OR geom && ST_MakeEnvelope($2, $3, $4, $5, 4326))
  AND ($6::date IS NULL OR occurred_on >= $6)
  AND ($7::date IS NULL OR occurred_on <= $7)
  AND ($8::text[] IS NULL OR event_type = ANY ($8))
  AND ($9::text IS NULL OR country = $9)
  AND ($10::smallint IS NULL OR geo_precision <= $10)
  AND ($11::float8 IS NULL OR (
        geom && ST_MakeEnvelope($14, $15, $16, $17, 4326)
        AND ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint($11, $12), 4326)::geography, $13)))
  AND ($18::date IS NULL OR (occurred_on, id) < ($18, $19))
ORDER BY occurred_on DESC, id DESC
LIMIT $20;
