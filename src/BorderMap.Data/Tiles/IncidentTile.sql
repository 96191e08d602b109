-- The incidents layer of one XYZ vector tile (4096 units a side). Points go in one by one while the
-- tile holds at most $10 of them and $11 (low zoom) is false; otherwise they are aggregated into a
-- 64 × 64 grid of clusters with counts, which bounds a tile at 4,096 features whatever the density.
-- Positions are Web Mercator pixel arithmetic on lon/lat (exactly what ST_Transform + ST_AsMVTGeom
-- give for points, without building a geometry per row).
-- $1 z, $2 x, $3 y; $4 include retracted, $5 from, $6 to, $7 types, $8 country, $9 max geo precision;
-- $10 the most points drawn individually, $11 cluster whatever the count. A NULL filter is off (statements are not prepared).
WITH tile AS (
    SELECT ST_Transform(ST_TileEnvelope($1, $2, $3), 4326) AS box, (2 ^ $1) * 4096.0 AS world
),
matching AS NOT MATERIALIZED (
    SELECT i.id, i.occurred_on, i.event_type, i.fatalities, i.geo_precision,
           (ST_X(i.geom) + 180) / 360 * t.world - $2 * 4096.0 AS px,
           (1 - ln(tan(radians(ST_Y(i.geom))) + 1 / cos(radians(ST_Y(i.geom)))) / pi()) / 2 * t.world - $3 * 4096.0 AS py
    FROM incidents i, tile t
    WHERE i.geom && t.box
      AND (i.status = 'active' OR ($4 AND i.status = 'retracted'))
      AND ($5::date IS NULL OR i.occurred_on >= $5)
      AND ($6::date IS NULL OR i.occurred_on <= $6)
      AND ($7::text[] IS NULL OR i.event_type = ANY ($7))
      AND ($8::text IS NULL OR i.country = $8)
      AND ($9::smallint IS NULL OR i.geo_precision <= $9)
),
sized AS (
    SELECT count(*) AS n FROM (SELECT 1 FROM matching LIMIT $10 + 1) first_rows
),
points AS (
    SELECT id AS feature_id, id, occurred_on::text AS date, occurred_on - DATE '1970-01-01' AS day,
           event_type, fatalities, geo_precision, ST_MakePoint(round(px), round(py)) AS geom
    FROM matching
    WHERE NOT $11 AND (SELECT n FROM sized) <= $10
),
clusters AS (
    SELECT count(*)::integer AS count, sum(fatalities)::integer AS fatalities,
           min(occurred_on)::text AS first_date, max(occurred_on)::text AS last_date,
           ST_MakePoint(round(avg(px)), round(avg(py))) AS geom
    FROM matching
    WHERE $11 OR (SELECT n FROM sized) > $10
    GROUP BY floor(px / 64), floor(py / 64)
)
SELECT COALESCE((SELECT ST_AsMVT(points, 'incidents', 4096, 'geom', 'feature_id') FROM points), ''::bytea)
    || COALESCE((SELECT ST_AsMVT(clusters, 'incidents', 4096, 'geom') FROM clusters), ''::bytea);
