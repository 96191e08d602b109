-- Incidents counted in PostGIS hexagons (ST_HexagonGrid, $18 metres a side) over a study area in
-- UTM 42N ($19-$22), every hexagon of the area included, empty ones too: Gi* compares each
-- hexagon's neighbourhood with the whole area. A point is binned by asking ST_HexagonGrid for
-- the hexagon over the point itself; (i, j) index the same hexagons in both calls.
-- $1-$17 the shared filters (analytics_incidents).
WITH points AS MATERIALIZED (
    SELECT ST_Transform(i.geom, 32642) AS p, coalesce(i.fatalities, 0) AS fatalities
    FROM analytics_incidents($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) AS i
    WHERE i.geom && ST_MakeEnvelope(51, 0, 87, 84, 4326)
      AND i.geom && ST_Transform(ST_Segmentize(ST_MakeEnvelope($19, $20, $21, $22, 32642), 1000), 4326)
),
binned AS (
    SELECT h.i, h.j, count(*) AS incidents, sum(points.fatalities) AS fatalities
    FROM points, ST_HexagonGrid($18, points.p) AS h
    WHERE ST_Intersects(h.geom, points.p)
    GROUP BY h.i, h.j
)
SELECT h.i, h.j, ST_X(ST_Centroid(h.geom)), ST_Y(ST_Centroid(h.geom)),
       coalesce(b.incidents, 0)::bigint, coalesce(b.fatalities, 0)::bigint,
       ST_Transform(h.geom, 4326)
FROM ST_HexagonGrid($18, ST_MakeEnvelope($19, $20, $21, $22, 32642)) AS h
LEFT JOIN binned AS b ON b.i = h.i AND b.j = h.j
ORDER BY h.i, h.j;
