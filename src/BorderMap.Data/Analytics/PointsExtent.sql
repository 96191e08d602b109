-- The extent in UTM 42N of the incidents that match the filters, within the projection's domain.
-- $1-$17 the shared filters (analytics_incidents).
SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
FROM (
    SELECT ST_Extent(ST_Transform(i.geom, 32642)) AS e
    FROM analytics_incidents($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) AS i
    WHERE i.geom && ST_MakeEnvelope(51, 0, 87, 84, 4326)
) AS t;
