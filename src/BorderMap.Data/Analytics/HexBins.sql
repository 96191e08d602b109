-- Incidents counted in PostGIS hexagons (ST_HexagonGrid, $18 metres a side) over an area in UTM
-- 42N ($19-$22): every hexagon of the grid, empty ones too, with the period's counts and whether
-- any incident of the study-area filters lies in it at all (its "observed" flag). A point is
-- binned by asking ST_HexagonGrid for the hexagon over the point itself; (i, j) index the same
-- hexagons in both calls. The hexagons along the edge stick out of the area by up to two sides,
-- so points are read from the grid's own extent: every point inside any of its hexagons counts.
-- $1-$17 the shared filters (analytics_incidents) of the study area (for the observed area: without
-- the period and the event types); $23-$24 the period (first and last day, NULL for open) and $25
-- the event type codes (NULL for all) that select the incidents counted.
WITH grid AS MATERIALIZED (
    SELECT h.i, h.j, h.geom
    FROM ST_HexagonGrid($18, ST_MakeEnvelope($19, $20, $21, $22, 32642)) AS h
),
reach AS (
    SELECT ST_XMin(e) AS min_x, ST_YMin(e) AS min_y, ST_XMax(e) AS max_x, ST_YMax(e) AS max_y
    FROM (SELECT ST_Extent(geom) AS e FROM grid) AS t
),
-- Incidents geocoded to the same place share their point: each point is binned once.
points AS MATERIALIZED (
    SELECT ST_SetSRID(ST_MakePoint(s.x, s.y), 32642) AS p, s.incidents, s.fatalities
    FROM (
        SELECT i.utm42n_x AS x, i.utm42n_y AS y,
               count(*) FILTER (WHERE selected.yes) AS incidents,
               coalesce(sum(i.fatalities) FILTER (WHERE selected.yes), 0) AS fatalities
        FROM analytics_incidents($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) AS i
        CROSS JOIN reach
        CROSS JOIN LATERAL (
            SELECT ($23::date IS NULL OR i.occurred_on >= $23)
                   AND ($24::date IS NULL OR i.occurred_on <= $24)
                   AND ($25::text[] IS NULL OR i.event_type = ANY ($25)) AS yes
        ) AS selected
        WHERE i.utm42n_x BETWEEN reach.min_x AND reach.max_x
          AND i.utm42n_y BETWEEN reach.min_y AND reach.max_y
        GROUP BY 1, 2
    ) AS s
),
binned AS (
    SELECT h.i, h.j, sum(points.incidents) AS incidents, sum(points.fatalities) AS fatalities
    FROM points, ST_HexagonGrid($18, points.p) AS h
    WHERE ST_Intersects(h.geom, points.p)
    GROUP BY h.i, h.j
)
SELECT g.i, g.j, ST_X(ST_Centroid(g.geom)), ST_Y(ST_Centroid(g.geom)),
       coalesce(b.incidents, 0)::bigint, coalesce(b.fatalities, 0)::bigint, b.i IS NOT NULL,
       ST_Transform(g.geom, 4326)
FROM grid AS g
LEFT JOIN binned AS b ON b.i = g.i AND b.j = g.j
ORDER BY g.i, g.j;
