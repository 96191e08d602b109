-- The points a heatmap sums, transformed to UTM 42N by PostGIS, with their weights.
-- $1-$17 the shared filters (analytics_incidents); $18 weight by fatalities (an incident with none
-- adds nothing, as a zero weight does in QGIS); $19-$22 the UTM 42N box the points must lie in
-- (the grid grown by the radius), NULL for anywhere in the projection's domain (lon 51–87, lat 0–84).
SELECT ST_X(p), ST_Y(p), w
FROM (
    SELECT ST_Transform(i.geom, 32642) AS p,
           CASE WHEN $18 THEN i.fatalities ELSE 1 END::float8 AS w
    FROM analytics_incidents($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) AS i
    WHERE i.geom && ST_MakeEnvelope(51, 0, 87, 84, 4326)
      AND (NOT $18 OR i.fatalities > 0)
      AND ($19::float8 IS NULL
           OR i.geom && ST_Transform(ST_Segmentize(ST_MakeEnvelope($19, $20, $21, $22, 32642), 1000), 4326))
) AS t;
