-- The incidents layer of one XYZ vector tile (4096 units a side), built from the points. Points go
-- in one by one while the tile holds at most $10 of them, at any zoom; otherwise they are aggregated
-- into a 64 × 64 grid of clusters with counts, which bounds a tile at 4,096 features whatever the
-- density. Positions are the integer Web Mercator units of migration V0011 (mercator_x/y, 2^34
-- across the world), so the tile holds exactly the points whose position lies
-- in it, and a cluster's position (the mean of its points, in exact integer arithmetic) is the one
-- IncidentCellTile.sql computes from the cell table: the two must give the same bytes.
-- $1 z, $2 x, $3 y; $4 include retracted, $5 from, $6 to, $7 types, $8 country, $9 max geo precision;
-- $10 the most points drawn individually. A NULL filter is off: every call is planned with its own
-- values (plan_cache_mode=force_custom_plan, even when Npgsql auto-prepares the statement).
WITH tile AS (
    -- a hair wider than the tile, for the index; the integer positions then cut exactly
    SELECT ST_Expand(ST_Transform(ST_TileEnvelope($1, $2, $3), 4326), 1e-7) AS box, 1::bigint << (22 - $1) AS unit
),
matching AS NOT MATERIALIZED (
    SELECT i.id, i.occurred_on, i.event_type, i.fatalities, i.geo_precision, i.border_segment_id,
           mercator_x(i.geom) AS mx, mercator_y(i.geom) AS my, t.unit
    FROM incidents i, tile t
    WHERE i.geom && t.box
      AND mercator_x(i.geom) >> (34 - $1) = $2
      AND mercator_y(i.geom) >> (34 - $1) = $3
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
           event_type, fatalities, geo_precision,
           -- the stretch a precision-3 incident is drawn along ("somewhere here"), not its point
           CASE WHEN geo_precision >= 3 THEN border_segment_id END AS segment_id,
           ST_MakePoint(round(mx::float8 / unit) - $2::bigint * 4096, round(my::float8 / unit) - $3::bigint * 4096) AS geom
    FROM matching
    WHERE (SELECT n FROM sized) <= $10
),
by_type AS (
    SELECT mx >> (28 - $1) AS gx, my >> (28 - $1) AS gy,
           count(*)::integer AS count, sum(fatalities)::integer AS fatalities,
           min(occurred_on)::text AS first_date, max(occurred_on)::text AS last_date,
           count(*) FILTER (WHERE event_type = 'battles') AS battles,
           count(*) FILTER (WHERE event_type = 'explosions_remote_violence') AS explosions,
           count(*) FILTER (WHERE event_type = 'violence_against_civilians') AS civilians,
           count(*) FILTER (WHERE event_type = 'protests') AS protests,
           count(*) FILTER (WHERE event_type = 'riots') AS riots,
           count(*) FILTER (WHERE event_type = 'strategic_developments') AS strategic,
           ST_MakePoint(round(sum(mx) / (count(*) * min(unit))) - $2::bigint * 4096, round(sum(my) / (count(*) * min(unit))) - $3::bigint * 4096) AS geom
    FROM matching
    WHERE (SELECT n FROM sized) > $10
    GROUP BY mx >> (28 - $1), my >> (28 - $1)
),
clusters AS (
    -- event_type is the cluster's most frequent type (ties to the first in ACLED's order), so a style
    -- by event_type colours clusters too; each type's count is its own property, absent when 0.
    SELECT count, fatalities, first_date, last_date,
           CASE greatest(battles, explosions, civilians, protests, riots, strategic)
               WHEN 0 THEN NULL
               WHEN battles THEN 'battles' WHEN explosions THEN 'explosions_remote_violence'
               WHEN civilians THEN 'violence_against_civilians' WHEN protests THEN 'protests'
               WHEN riots THEN 'riots' ELSE 'strategic_developments' END AS event_type,
           NULLIF(battles, 0)::integer AS battles, NULLIF(explosions, 0)::integer AS explosions_remote_violence,
           NULLIF(civilians, 0)::integer AS violence_against_civilians, NULLIF(protests, 0)::integer AS protests,
           NULLIF(riots, 0)::integer AS riots, NULLIF(strategic, 0)::integer AS strategic_developments,
           geom
    FROM by_type
    ORDER BY gx, gy
)
SELECT COALESCE((SELECT ST_AsMVT(points, 'incidents', 4096, 'geom', 'feature_id') FROM points), ''::bytea)
    || COALESCE((SELECT ST_AsMVT(clusters, 'incidents', 4096, 'geom') FROM clusters), ''::bytea);
