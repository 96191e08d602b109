-- numberMatched for an Items page: the same filters as BorderSegments.Items.sql without the cursor.
-- $11 stops counting after so many rows (the caller then leaves numberMatched out).
SELECT count(*)
FROM (SELECT 1
      FROM border_segments
      WHERE ($1::float8 IS NULL OR geom && ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, $5), 4326))
        AND /* filter */ TRUE
      LIMIT $11) AS matching;
