-- numberMatched for an Items page: the same filters ($1-$10, see Incidents.Items.sql) without the cursor.
-- $11 stops counting after so many rows (the caller then leaves numberMatched out).
SELECT count(*)
FROM (SELECT 1
      FROM incidents
      WHERE status = 'active'
        AND ($1::float8 IS NULL OR geom && ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, $5), 4326))
        AND /* filter */ TRUE
        AND ($6::date IS NULL OR occurred_on >= $6)
        AND ($7::date IS NULL OR occurred_on <= $7)
        AND ($8::text IS NULL OR event_type = $8)
        AND ($9::text IS NULL OR country = $9)
        AND ($10::smallint IS NULL OR geo_precision = $10)
      LIMIT $11) AS matching;
